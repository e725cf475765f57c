import Foundation
import LaunchdeckModel
@testable import LaunchdeckScreens
import LaunchdeckStore
import TerminalUI
import Testing

/// The timeline screen: lines over one time axis, the down band, event marks, T0, the list.
@Suite struct TimelineScreenTests {
    let now = Fixture.now

    /// A history with an hour of steady 60 hits a minute, the site down 20–15 minutes ago,
    /// a crash rate rising, and a push.
    func timeline() throws -> (Timeline, String) {
        let directory = NSTemporaryDirectory() + "launchdeck-timeline-screen-\(UUID().uuidString)"
        let history = History(store: try SQLiteHistoryStore(path: directory + "/history.sqlite"))
        for minute in 0...60 {
            let at = now.addingTimeInterval(Double(minute - 60) * 60)
            var points = [Observation(series: "web/1/lifetime_hits", value: Double(minute * 60)),
                          Observation(series: "crashes/a/rate_now", value: Double(minute) / 20)]
            points.append(Observation(series: "web/1/down", value: (40...45).contains(minute) ? 1 : 0))
            history.record(PollRecord(source: "all", observedAt: at, points: points))
        }
        history.record(PollRecord(source: "pushes", observedAt: now, events: [
            HistoryEvent(at: now.addingTimeInterval(-30 * 60), kind: "push_created", subject: "We're live!")]))
        return (Timeline(history: history, site: 1, app: "a", range: .hour, end: now, buckets: Timeline.buckets), directory)
    }

    @Test func drawsTheLaunchOnOneAxis() throws {
        let (timeline, directory) = try timeline()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var state = DashboardState()
        state.navigation.push(.timeline)
        var data = Fixture.data()
        data.timeline = timeline
        data.t0 = now.addingTimeInterval(-30 * 60)
        let lines = Fixture.render(state, data: data).lines
        #expect(lines[1].hasPrefix("┌ Timeline · last 1h · UTC ─"))
        #expect(lines[2].contains("Hits per minute (Tinylytics)"))
        #expect(lines[3].hasPrefix("│     60 "), "the top of the hits axis: 60 a minute")
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Crash rate % (Apteligent)  ● now (last minutes)"))
        let band = try #require(lines.first { $0.hasPrefix("│site") })
        #expect(band.contains("█") && band.contains("─"), "down and up on the band")
        let marks = try #require(lines.first { $0.hasPrefix("│events") })
        #expect(marks.filter { $0 == "▲" }.count == 1)
        let axis = try #require(lines.firstIndex { $0.contains("T0") })
        #expect(lines[axis].contains("T0"))
        #expect(text.contains("push created  We're live!"))
        // The T0 line and the push mark share the column of 30 minutes ago.
        let t0Column = try #require(lines[axis].firstRange(of: "T0")).lowerBound
        let markColumn = try #require(marks.firstIndex(of: "▲"))
        #expect(lines[axis].distance(from: lines[axis].startIndex, to: t0Column) == marks.distance(from: marks.startIndex, to: markColumn))
        #expect(lines.last?.contains("PgUp shorter  PgDn longer") == true)
    }

    @Test func withoutHistoryItSaysWhy() {
        var state = DashboardState()
        state.navigation.push(.timeline)
        var data = Fixture.data()
        data.historyProblem = "history is off: its database is damaged; move it aside and restart"
        let text = Fixture.render(state, data: data).lines.joined(separator: "\n")
        #expect(text.contains("history is off: its database is damaged"))
        data.historyProblem = nil
        let empty = Fixture.render(state, data: data).lines.joined(separator: "\n")
        #expect(empty.contains("Nothing recorded in the last 1h yet"))
    }
}

/// The overview's panes draw their line charts in the rows their tables leave.
@Suite struct OverviewChartTests {
    @Test func theWebPaneChartsTheLastHourWhereThereIsRoom() {
        var data = Fixture.data()
        if var web = data.web.value {
            web.perMinute = (0..<60).map { Double($0) }
            web.topPaths = Array(web.topPaths.prefix(2))
            data.web = Loadable(value: web, fetchedAt: Fixture.now)
        }
        let lines = Fixture.render(data: data).lines
        let label = lines.firstIndex { $0.contains("hits per minute, last 60 min (UTC)") }
        #expect(label != nil, "\(lines.joined(separator: "\n"))")
        if let label {
            #expect(lines[label + 1].hasPrefix("│    59 "), "the scale's top: the hour's peak")
            #expect(lines.contains { $0.hasPrefix("│     0 ") })
            #expect(lines.contains { $0.contains("11:00") && $0.contains("12:00") }, "the hour's times")
        }
        // Too little room: no chart, nothing cut.
        let small = Fixture.render(data: data, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(!small.contains("hits per minute, last"))
    }
}
