import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
@testable import LaunchdeckScreens
import LaunchdeckTesting
import Testing
import TerminalUI

/// The crash screens on the exact body shapes: the recorded real crash group
/// (Fixtures/apteligent-crash-real.json) and the crash-table rows apteligent.md documents.
@Suite struct CrashScreensTests {
    /// Three minutes after the fixture's last occurrence (2016-12-06T21:54:48.612, UTC).
    static let now = Date(timeIntervalSince1970: 1_481_061_469)

    static func realCrash() throws -> ApteligentCrash {
        let text = try PackagePaths.text("Tests/LaunchdeckClientTests/Fixtures/apteligent-crash-real.json")
        return try JSONCoding.decoder().decode(ApteligentEnvelope<ApteligentCrash>.self, from: Data(text.utf8)).data
    }

    /// The paginatedtable row as apteligent.md lists its fields (snake_case).
    static func documentedRows() throws -> [ApteligentCrashRow] {
        let body = """
            {"data": {"errors": [
              {"hash": "8f2c1a0e", "name": "NSInvalidArgumentException",
               "reason": "-[__NSCFString objectForKey:]: unrecognized selector", "display_reason": null,
               "status": "unresolved", "total_occurrences": 284, "first_occurred_time": "2016-09-14T03:21:07",
               "last_occurred_time": "2016-12-06T21:54:48", "num_unique_sessions": 257, "daily_occurrences": [4, 8, 4, 10, 12]},
              {"hash": "77aa01", "name": "SIGSEGV", "reason": "SEGV_MAPERR at 0x10", "display_reason": "Feed image decode",
               "status": "resolved", "total_occurrences": 31, "first_occurred_time": "2016-12-01T08:00:00",
               "last_occurred_time": "2016-12-04T10:02:00", "num_unique_sessions": 30, "daily_occurrences": [0, 1]}],
             "pagination": {"pageNum": 1, "totalPages": 1}}}
            """
        return try JSONCoding.decoder().decode(ApteligentEnvelope<ApteligentCrashTable>.self, from: Data(body.utf8)).data.errors
    }

    func screen(_ route: Route, _ drill: DrillDown, width: Int = 120, height: Int = 40) -> [String] {
        var state = DashboardState()
        state.navigation.push(route)
        var data = DashboardData()
        data.drillDown = (route, Loadable(value: drill, fetchedAt: Self.now))
        var buffer = Buffer(size: Size(width: width, height: height))
        DashboardScreen(state: state, data: data).render(into: &buffer, context: PaneContext(now: Self.now, demo: false))
        return buffer.lines
    }

    @Test func theRealCrashGroupDrawsItsChartSessionsAndTrace() throws {
        let crash = try Self.realCrash()
        let detail = try #require(DetailModel.of(.crash(crash), now: Self.now))
        #expect(detail.lines.contains(.field("Exception", "NSInvalidArgumentException")))
        #expect(detail.lines.contains(.field("Last seen", "21:54 UTC \u{00B7} 3m ago")))
        #expect(detail.lines.contains(.field("Suspect line", "none given")))
        #expect(detail.lines.contains(.heading("Daily occurrences by version, 2016-11-07 to 2016-12-06 (30 days)")))
        #expect(detail.lines.contains(.axis(from: "2016-11-07", to: "2016-12-06", count: 30)))
        let sparks = detail.lines.compactMap { line -> String? in
            if case .spark(let label, let values, let note, _) = line { return "\(label) \(values.count) \(note)" }
            return nil
        }
        #expect(sparks == ["1.0.7 30 42 in 30 days", "1.0.6 30 217 in 30 days", "1.0.5 30 25 in 30 days",
                           "all versions 30 284 in 30 days"])
        #expect(detail.lines.contains(.heading("Sessions with this crash, by version")))
        #expect(detail.lines.contains(.field("1.0.7", "40 sessions \u{00B7} 37 unique sessions")))
        #expect(detail.lines.contains(.field("all versions", "285 sessions \u{00B7} 257 unique sessions")))

        let lines = screen(.crashGroup(hash: crash.hash, name: "NSInvalidArgumentException"), .crash(crash))
        let text = lines.joined(separator: "\n")
        #expect(!text.contains("unexpected shape"))
        #expect(!text.lowercased().contains("users"), "sessions are not users")
        // The newest version's chart: nothing for 23 days, then its climb, on the shared scale
        // (the busiest day of any version, 16, is a full cell).
        let chart = try #require(lines.first { $0.contains("1.0.7 ") && $0.contains("42 in 30 days") })
        #expect(chart.contains(String(repeating: " ", count: 23) + "▁▃▂▄▂▅▆ 42 in 30 days"))
        #expect(lines.contains { $0.contains("2016-11-07") && $0.contains("2016-12-06") && !$0.contains("Daily") })
        #expect(lines.contains { $0.contains("2 Acme 0x1000a3f10 -[ACMFeedController reloadWithPayload:]") })
    }

    @Test func theCrashListShowsTheExceptionUTCTimesAndWholeStatus() throws {
        let rows = try Self.documentedRows()
        let lines = screen(.crashes, .crashGroups(rows))
        let header = try #require(lines.first { $0.contains("EXCEPTION") })
        for title in ["REASON", "STATUS", "SESSIONS", "CRASHES", "LAST SEEN"] { #expect(header.contains(title), "\(title)") }
        #expect(!header.contains("USERS"))
        let first = try #require(lines.first { $0.contains("NSInvalidArgumentException") })
        #expect(first.contains("-[__NSCFString objectForKey:]"), "the reason when there is no display reason")
        #expect(first.contains("unresolved"), "the status whole, not cut")
        #expect(first.contains("257"))
        #expect(first.contains("21:54 UTC \u{00B7} 3m ago"))
        let second = try #require(lines.first { $0.contains("SIGSEGV") })
        #expect(second.contains("Feed image decode"))
        #expect(second.contains("12-04 10:02 UTC \u{00B7} 2d ago"))
        #expect(lines.contains { $0.contains("sessions that crashed (not users)") })
        let list = try #require(ListModel.of(.crashes, data: {
            var data = DashboardData()
            data.drillDown = (.crashes, Loadable(value: .crashGroups(rows), fetchedAt: Self.now))
            return data
        }(), now: Self.now))
        #expect(list.status?.column == 2)
        #expect(list.status?.roles == [.warning, .good])
    }

    @Test func thePaneRanksVersionsByRateWithTheirShareAndNamesTheException() throws {
        var data = Fixture.data()
        data.crashes = Loadable(value: CrashesSnapshot(
            appID: "519d53101386202089000007", appName: "Acme iOS", rateNow: 0.9, trend: [0.4, 0.5, 0.9],
            versions: VersionHealth.ranked(
                rates: [.init(name: "3.3.0", label: "3.3.0", value: 0.42), .init(name: "3.4.0", label: "3.4.0", value: 6.5)],
                shares: ["3.3.0": 0.95, "3.4.0": 0.05]),
            topGroups: try Self.documentedRows()), fetchedAt: Fixture.fetched)
        var state = DashboardState()
        state.focus = .crashes
        state.zoomed = true
        let lines = Fixture.render(state, data: data).lines
        let text = lines.joined(separator: "\n")
        #expect(text.contains("crash rate by version (share of top-5 versions' loads): 3.4.0 6.50% (5%) \u{00B7} 3.3.0 0.42% (95%)"))
        let header = try #require(lines.first { $0.contains("EXCEPTION") })
        #expect(header.contains("SESSIONS") && header.contains("CRASHES") && !header.contains("USERS"))
        #expect(lines.contains { $0.contains("NSInvalidArgumentException") && $0.contains("-[__NSCFString") && $0.contains("257") }, "\(text)")
    }

    @Test func versionSharesComeFromTodaysAppLoadsByVersion() {
        let day = ApteligentTrends.Trend.Bucket.self
        let trends = ApteligentTrends(series: [
            "appLoadsByVersion": .init(units: .init(of: "app_loads", type: "count"), todayTopValues: nil, categories: [
                "3.3.0": .init(buckets: [day.init(duration: "P1D", start: "2016-12-05T00:00:00", value: 900),
                                         day.init(duration: "P1D", start: "2016-12-06T00:00:00", value: 750)]),
                "3.4.0": .init(buckets: [day.init(duration: "P1D", start: "2016-12-06T00:00:00", value: 250)]),
            ]),
        ])
        #expect(VersionHealth.loadShares(trends) == ["3.3.0": 0.75, "3.4.0": 0.25])
        var today = trends
        today.series["appLoadsByVersion"]?.todayTopValues = ["3.3.0": 100, "3.4.0": 300]
        #expect(VersionHealth.loadShares(today) == ["3.3.0": 0.25, "3.4.0": 0.75])
        #expect(VersionHealth.loadShares(ApteligentTrends(series: [:])) == [:])
    }

    /// The pie and trends bodies in apteligent.md's shapes, through to the pane's line.
    @Test func theDocumentedPieAndTrendsBodiesMakeThePanesVersionLine() throws {
        let pie = try JSONCoding.decoder().decode(ApteligentEnvelope<ApteligentPie>.self, from: Data("""
            {"data": {"start": "2016-12-05T21:00:00", "end": "2016-12-06T21:00:00", "interval": 3600,
              "slices": [{"name": "1.0.6", "label": "1.0.6", "value": 0.31}, {"name": "1.0.7", "label": "1.0.7", "value": 2.7}]}}
            """.utf8)).data
        let trends = try JSONCoding.decoder().decode(ApteligentEnvelope<ApteligentTrends>.self, from: Data("""
            {"data": {"series": {"appLoadsByVersion": {"units": {"of": "app_loads", "type": "count"}, "todayTopValues": null,
              "categories": {"1.0.6": {"buckets": [{"duration": "P1D", "start": "2016-12-06T00:00:00", "value": 9400}]},
                             "1.0.7": {"buckets": [{"duration": "P1D", "start": "2016-12-06T00:00:00", "value": 600}]}}}}},
             "links": {"self": "/v2/trends/519d53101386202089000007"}}
            """.utf8)).data
        let versions = VersionHealth.ranked(rates: pie.slices, shares: VersionHealth.loadShares(trends))
        #expect(versions == [VersionHealth(version: "1.0.7", crashPercent: 2.7, loadShare: 0.06),
                             VersionHealth(version: "1.0.6", crashPercent: 0.31, loadShare: 0.94)])
        #expect(CrashesPane.versionsLine(versions, separator: "\u{00B7}")
            == "crash rate by version (share of top-5 versions' loads): 1.0.7 2.70% (6%) \u{00B7} 1.0.6 0.31% (94%)")
        #expect(CrashesPane.versionsLine(versions, separator: "\u{00B7}", width: 40)
            == "rate (top-5 share): 1.0.7 2.70% (6%)", "a narrow pane: a shorter label, whole versions only")
        #expect(CrashesPane.versionsLine(versions, separator: "\u{00B7}", width: 56)
            == "rate (top-5 share): 1.0.7 2.70% (6%) \u{00B7} 1.0.6 0.31% (94%)", "two versions rather than a longer label")
    }

    @Test func theStatusBarSaysTheServersNumberIsARate() {
        #expect(BudgetText.apteligent(.init(limit: 20, used: 4, resetsIn: .seconds(50))) == "apt  4/20/min")
        #expect(BudgetText.apteligent(.init(limit: 20, used: 4, resetsIn: .seconds(50),
                                            server: .init(perMinute: 18, resetsIn: .milliseconds(45_200))))
            == "apt  4/20/min \u{00B7} avg 18/min")
    }

    /// A count gaining a digit keeps the budget block's width: the right-aligned status bar
    /// redraws that digit, not the whole block shifted by a column.
    @Test func aBudgetKeepsItsWidthAsItsCountGrows() {
        let counts = [0, 9, 10, 99, 100, 999, 1000]
        let texts = counts.map { BudgetText.hourly("tly", .init(limit: 1000, used: $0, resetsIn: .zero)) }
        #expect(texts.first == "tly    0/1000h")
        #expect(Set(texts.map(\.count)) == [14], "\(texts)")
        let minute = (0...20).map { BudgetText.apteligent(.init(limit: 20, used: $0, resetsIn: .zero)).count }
        #expect(Set(minute) == [13])
        #expect(BudgetText.hourly("tly", .init(limit: 1000, used: 1200, resetsIn: .zero)) == "tly 1200/1000h", "over: as wide as it is")
    }
}

/// Each version's days sit under their own dates, whatever day its series starts.
@Suite struct CrashDailyAxisTests {
    @Test func aVersionThatStartsLaterIsDrawnFromItsOwnFirstDay() throws {
        let daily = ApteligentByVersion(versions: [
            "1.0.7": ApteligentDailyOccurrences(start: "2016-11-07", counts: [1, 2, 3, 4]),
            "1.0.8": ApteligentDailyOccurrences(start: "2016-11-09", counts: [5, 6]),
        ])
        let lines = DetailModel.dailyByVersion(daily)
        #expect(lines.first == .heading("Daily occurrences by version, 2016-11-07 to 2016-11-10 (4 days)"))
        guard case .spark("1.0.8", let values, _, _)? = lines.dropFirst().first else {
            Issue.record("the newest version comes first: \(lines)")
            return
        }
        #expect(values.count == 4 && values[0].isNaN && values[1].isNaN && values[2...] == [5, 6])
    }
}
