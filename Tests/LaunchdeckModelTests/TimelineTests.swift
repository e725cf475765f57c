import Foundation
@testable import LaunchdeckModel
import LaunchdeckStore
import Testing

/// The timeline reads the history into equal slices of its range, leaving gaps as gaps.
@Suite struct TimelineTests {
    let end = Date(timeIntervalSince1970: 1_796_000_400)  // a whole minute

    func history() throws -> (History, String) {
        let directory = NSTemporaryDirectory() + "launchdeck-timeline-\(UUID().uuidString)"
        return (History(store: try SQLiteHistoryStore(path: directory + "/history.sqlite")), directory)
    }

    @Test func hitsPerMinuteComeFromLifetimeReadingsThenFromRawHitMinutes() throws {
        let (history, directory) = try history()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The last 10 minutes watched: 60 hits a minute, a reading every 30 s.
        for step in 0...20 {
            let at = end.addingTimeInterval(Double(step - 20) * 30)
            history.record(PollRecord(source: "web/7", observedAt: at,
                                      points: [Observation(series: "web/7/lifetime_hits", value: Double(10_000 + step * 30))]))
        }
        // Before that, minutes read from raw hits: 12 a minute for minutes 40–49 of the hour.
        history.record(PollRecord(source: "web/7", observedAt: end, points: (40..<50).map {
            Observation(series: "web/7/hits_per_minute", at: end.addingTimeInterval(Double($0 - 60) * 60), value: 12)
        }))
        let timeline = Timeline(history: history, site: 7, app: nil, range: .hour, end: end, buckets: 60)
        #expect(timeline.hitsPerMinute.count == 60)
        #expect(timeline.hitsPerMinute[0..<40].allSatisfy { $0 == nil }, "nothing recorded: a gap")
        #expect(timeline.hitsPerMinute[40..<50].allSatisfy { $0 == 12 })
        #expect(timeline.hitsPerMinute[50..<60].allSatisfy { $0.map { abs($0 - 60) < 0.001 } == true })

        let coarse = Timeline(history: history, site: 7, app: nil, range: .hour, end: end, buckets: 6)
        #expect(coarse.hitsPerMinute == [nil, nil, nil, nil, 12, 60], "ten minutes a bucket, averaged")
        #expect(coarse.bucketSeconds == 600)
    }

    @Test func downBandsCrashLinesAndEventsShareTheAxis() throws {
        let (history, directory) = try history()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (minutesAgo, down) in [(50.0, 0.0), (30, 1), (29, 1), (10, 0)] {
            let at = end.addingTimeInterval(-minutesAgo * 60)
            history.record(PollRecord(source: "web/7", observedAt: at, points: [Observation(series: "web/7/down", value: down)]))
        }
        history.record(PollRecord(source: "crashes/a", observedAt: end, points: [
            Observation(series: "crashes/a/rate", at: end.addingTimeInterval(-45 * 60), value: 0.5),
            Observation(series: "crashes/a/rate", at: end.addingTimeInterval(-15 * 60), value: 1.5),
            Observation(series: "crashes/a/rate_day/2.4.0", value: 4.2),
        ], events: [HistoryEvent(at: end.addingTimeInterval(-20 * 60), kind: "push_created", subject: "Launch"),
                    HistoryEvent(at: end.addingTimeInterval(-2 * 3600), kind: "push_created", subject: "Old")]))
        let timeline = Timeline(history: history, site: 7, app: "a", range: .hour, end: end.addingTimeInterval(1), buckets: 6)
        // Six ten-minute slices, the last ending a second after `end`.
        #expect(timeline.down == [false, nil, true, true, false, nil], "down at 30 and 29 minutes ago; nothing read: nil")
        #expect(timeline.crashRates.map(\.name) == ["hourly (the day's graph)", "2.4.0"])
        #expect(timeline.crashRates[0].values == [nil, 0.5, nil, nil, 1.5, nil], "each point in the slice of its own time")
        #expect(timeline.crashRates[1].values.last == 4.2)
        #expect(timeline.events.map(\.subject) == ["Launch"], "only the range's events")
    }

    @Test func historyOffGivesAnEmptyTimelineNotAnError() {
        let timeline = Timeline(history: History(off: nil), site: 7, app: "a", range: .day, end: end, buckets: 10)
        #expect(timeline.hitsPerMinute == Array(repeating: nil, count: 10))
        #expect(timeline.crashRates.isEmpty && timeline.events.isEmpty)
    }

    /// The day graph's hourly points are one line on an hour's range, not dots; a missing
    /// hour stays a gap, and the buckets keep only what was recorded (for the cursor).
    @Test func hourlySamplesAreJoinedButAMissingHourIsAGap() {
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        let points = [0, 1, 2, 4].map { SeriesPoint(at: start.addingTimeInterval(Double($0) * 3600), value: Double($0), observedAt: start) }
        #expect(Timeline.graphStep(points) == 3600)
        var values = [Double?](repeating: nil, count: 17)
        for hour in [0, 1, 2, 4] { values[hour * 4] = Double(hour) }
        let drawn = Timeline.joined(values, within: 3600, bucket: 900)
        #expect(drawn[2] == 0.5 && drawn[6] == 1.5, "between two hourly samples, the straight line")
        #expect(drawn[9...15].allSatisfy { $0 == nil }, "two hours apart: a gap")
        #expect(Timeline.joined(values, within: nil, bucket: 900) == values, "no known step, nothing joined")
    }
}
