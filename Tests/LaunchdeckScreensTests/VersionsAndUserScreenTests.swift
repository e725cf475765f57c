import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
@testable import LaunchdeckScreens
import LaunchdeckTesting
import Testing
import TerminalUI

/// The versions screen and the user card drawn from the documented bodies: the user from
/// seed 002's single-user example verbatim (Tests/LaunchdeckClientTests/Fixtures), trends and
/// crash counts in apteligent.md's shapes (the seed shows no example of either), decoded the
/// lenient way the client decodes them.
@Suite struct VersionsAndUserScreenTests {
    static let now = Date(timeIntervalSince1970: 1_795_435_200)  // 2026-11-23T12:00:00Z

    /// trends in apteligent.md's shape: `series.<trend>.{units, todayTopValues, categories.<v>.buckets}`.
    static let trendsBody = """
        {"data": {"series": {
          "appLoadsByVersion": {"units": {"of": "app_loads", "type": "count"},
            "todayTopValues": {"3.9.2": 9000, "3.10.0": 1000, "3.10.0-beta.1": 40},
            "categories": {
              "3.9.2": {"buckets": [{"duration": "P1D", "start": "2026-11-22T00:00:00", "value": 12000},
                                    {"duration": "P1D", "start": "2026-11-23T00:00:00", "value": 9000}]},
              "3.10.0": {"buckets": [{"duration": "P1D", "start": "2026-11-22T00:00:00", "value": 0},
                                     {"duration": "P1D", "start": "2026-11-23T00:00:00", "value": 1000}]},
              "3.10.0-beta.1": {"buckets": [{"duration": "P1D", "start": "2026-11-22T00:00:00", "value": 60},
                                            {"duration": "P1D", "start": "2026-11-23T00:00:00", "value": 40}]}}},
          "dauByVersion": {"units": {"of": "dau", "type": "count"}, "todayTopValues": {"3.9.2": 4100, "3.10.0": 520},
            "categories": {"3.9.2": {"buckets": [{"duration": "P1D", "start": "2026-11-23T00:00:00", "value": 4100}]},
                           "3.10.0": {"buckets": [{"duration": "P1D", "start": "2026-11-23T00:00:00", "value": 520}]}}},
          "crashesByVersion": {"units": {"of": "crashes", "type": "count"}, "todayTopValues": {"3.9.2": 45, "3.10.0": 48},
            "categories": {"3.10.0": {"buckets": [{"duration": "P1D", "start": "2026-11-23T00:00:00", "value": 48}]}}},
          "crashRatioByVersion": {"units": {"of": "crashes", "type": "percent"}, "todayTopValues": {"3.9.2": 0.5, "3.10.0": 4.8},
            "categories": {}}}},
         "links": {"self": "/v2/trends/519d53101386202089000007"}}
        """
    /// crash/counts in apteligent.md's shape: an array of `{date, value}`.
    static let countsBody = #"{"data": [{"date": "2026-11-23", "value": 93}, {"date": "2026-11-22", "value": 61}]}"#

    func decode<T: Decodable>(_ body: String, as: T.Type) throws -> (T, [DecodeNote]) {
        try LenientJSON.decode(T.self, from: Data(body.utf8))
    }

    func board(_ trendsBody: String = trendsBody) throws -> VersionsBoard {
        let trends = try decode(trendsBody, as: ApteligentEnvelope<ApteligentTrends>.self).0.data
        let counts = try decode(Self.countsBody, as: ApteligentEnvelope<[ApteligentDailyCount]>.self).0.data
        return VersionsBoard.make(appName: "Acme iOS", trends: trends, counts: counts)
    }

    /// The screen of `route` showing `drill`, after `keys` pressed on it.
    func render(_ route: Route, _ drill: DrillDown, offHints: [Pane: String] = [:], width: Int = 120, height: Int = 40,
                keys: [Key] = []) -> [String] {
        var data = DashboardData()
        for pane in Pane.allCases { data.intervals[pane] = 60 }
        data.offHints = offHints
        data.drillDown = (route, Loadable(value: drill, fetchedAt: Self.now))
        var state = DashboardState()
        state.navigation.push(route)
        for key in keys {
            let list = DashboardScreen(state: state, data: data).listContext(size: Size(width: width, height: height), now: Self.now)
            _ = state.handle(key: key, keyMap: .standard, list: list)
        }
        var buffer = Buffer(size: Size(width: width, height: height))
        DashboardScreen(state: state, data: data).render(into: &buffer, context: PaneContext(now: Self.now, demo: false))
        return buffer.lines
    }

    @Test func versionsAreNewestFirstByVersionOrderNotByString() throws {
        let board = try board()
        #expect(board.rows.map(\.version) == ["3.10.0", "3.10.0-beta.1", "3.9.2"])
        let newest = try #require(board.rows.first)
        #expect(newest.loads == .init(today: 1000, daily: [0, 1000]))
        #expect(newest.users?.today == 520 && newest.crashes?.today == 48 && newest.crashRatio?.today == 4.8)
        #expect(newest.loadShare.map { ($0 * 1000).rounded() } == 100, "1,000 of the listed versions' 10,040 loads")
        #expect(board.dailyCrashes.map(\.date) == ["2026-11-22", "2026-11-23"], "oldest first, whatever order they came in")
        #expect(board.ratioUnit == "percent" && board.missing.isEmpty && board.noToday.isEmpty)
        #expect(board.firstDay == "2026-11-22T00:00:00" && board.lastDay == "2026-11-23T00:00:00")
    }

    @Test func theVersionsScreenLabelsEachNumberAndSaysWhatTheDocsLeaveOpen() throws {
        let lines = render(.versions, .versions(try board()))
        let text = lines.joined(separator: "\n")
        let header = try #require(lines.first { $0.contains("VERSION") })
        for label in ["LOADS TODAY", "LOAD SHARE", "DAILY USERS", "CRASHES TODAY", "CRASH RATIO", "LOADS PER DAY"] {
            #expect(header.contains(label), "\(label) in \(header)")
        }
        let rows = lines.filter { $0.hasPrefix("│ 3.") }
        #expect(rows.map { $0.split(separator: " ")[1] } == ["3.10.0", "3.10.0-beta.1", "3.9.2"])
        #expect(rows[0].contains("1,000") && rows[0].contains("520") && rows[0].contains("4.80%") && rows[0].contains("48"))
        #expect(rows[1].contains("40") && rows[1].contains(" - "), "a version some trends leave out shows - there")
        #expect(text.contains("App crashes per day, all versions: "), "\(text)")
        #expect(text.contains("93 on 2026-11-23"))
        #expect(text.contains("the docs do not say which time zone that day is counted in"))
        #expect(text.contains("time zone not documented"))
        #expect(text.contains("2026-11-22 to 2026-11-23"))
    }

    /// Twelve versions at 80x16: more rows than fit under the header, and the notes below
    /// them. The keys scroll the rows and notes (the header stays) to the last version and the
    /// last note, and the blank row under the summary says where more is.
    @Test func theVersionsScreenScrollsToItsLastRowAndItsNotesAtASmallHeight() throws {
        let loads = (0..<12).map { #""3.\#($0).0": \#(1000 + $0)"# }.joined(separator: ", ")
        let body = #"{"data": {"series": {"appLoadsByVersion": {"units": {"of": "app_loads", "type": "count"}, "todayTopValues": {"#
            + loads + #"}, "categories": {}}}}}"#
        let board = try board(body)
        #expect(board.rows.count == 12 && board.rows.last?.version == "3.0.0")
        func screen(_ keys: [Key]) -> [String] { render(.versions, .versions(board), width: 80, height: 16, keys: keys) }
        func shows(_ lines: [String], version: String) -> Bool { lines.contains { $0.hasPrefix("│ \(version) ") } }
        let lastNote = "App crashes per day: crash/counts, all versions"

        let top = screen([])
        #expect(shows(top, version: "3.11.0") && !shows(top, version: "3.0.0"), "\(top.joined(separator: "\n"))")
        #expect(top[3].hasSuffix("more ↓ │") && top[4].contains("VERSION"))
        let paged = screen([.pageDown])
        #expect(shows(paged, version: "3.0.0"), "PgDn reaches the last version:\n\(paged.joined(separator: "\n"))")
        #expect(paged[4].contains("VERSION"), "the header stays")
        #expect(paged[3].hasSuffix("more ↑↓ │"))
        let down = screen(Array(repeating: .down, count: 30))
        #expect(down.contains { $0.contains(lastNote) } && down[3].hasSuffix("more ↑ │"),
                "Down reaches the last note and stops there:\n\(down.joined(separator: "\n"))")
        #expect(down[13].contains("(shown as -)"), "the last line on the bottom row:\n\(down.joined(separator: "\n"))")
        #expect(screen([.end]) == down)
        #expect(screen([.end, .home]) == top)
    }

    @Test func aBadFieldCostsThatFieldNotTheScreen() throws {
        // todayTopValues with a value that is not a number: that map is lost, the buckets stay.
        let broken = Self.trendsBody.replacingOccurrences(of: #"{"3.9.2": 4100, "3.10.0": 520}"#,
                                                          with: #"{"3.9.2": "many", "3.10.0": 520}"#)
            .replacingOccurrences(of: #""crashesByVersion": {"units""#, with: #""crashesByVersion": {"units": 7, "x""#)
        let (decoded, notes) = try decode(broken, as: ApteligentEnvelope<ApteligentTrends>.self)
        #expect(!notes.isEmpty, "what was lost is noted")
        let board = VersionsBoard.make(appName: "Acme iOS", trends: decoded.data, counts: [])
        let newest = try #require(board.rows.first)
        #expect(newest.loads?.today == 1000, "the other series are whole")
        #expect(newest.users?.daily == [520], "the buckets of the series with the bad value stay")
        let lines = render(.versions, .versions(board)).joined(separator: "\n")
        #expect(lines.contains("3.10.0"))
        #expect(lines.contains("App crashes per day, all versions: none listed"))
    }

    @Test func theUserCardShowsWhatTheDocsSingleUserBodyHolds() throws {
        let text = try PackagePaths.text("Tests/LaunchdeckClientTests/Fixtures/taplytics-user.json")
        let user = try decode(text, as: TaplyticsUser.self).0
        let result = UserLookupResult(answer: .found(user), kind: .email, readAt: Self.now.addingTimeInterval(-20))
        let lines = render(.user(.init(kind: .email, value: "jonathan@taplytics.com")), .user(result))
        let card = lines.joined(separator: "\n")
        #expect(lines.first?.contains("› User ") == true, "the breadcrumb never carries the query")
        for expected in ["Jonathan Norris", "jonathan@taplytics.com", "548223f2c7036020742ff21c",
                         "16 (sessions this user has been a part of)", "2015-01-06", "the API gives no last-seen time",
                         "123.123.123.123", "San Francisco, United States (NA)", "Europe/San Francisco", "male",
                         "favourite movie", "You Don't Mess With The Zohan", "by email", "at most once a minute"] {
            #expect(card.contains(expected), "\(expected) on the card:\n\(card)")
        }
    }

    @Test func notFoundAndNoCredentialsSayWhatToDoInPlace() throws {
        let route = Route.user(.init(kind: .userID, value: "42"))
        let missing = render(route, .user(UserLookupResult(answer: .notFound, kind: .userID, readAt: Self.now)))
            .joined(separator: "\n")
        #expect(missing.contains("No Taplytics user has this user_id"))
        #expect(missing.contains(":user email:ADDR"))
        let off = render(route, .user(UserLookupResult(answer: .notFound, kind: .userID, readAt: Self.now)),
                         offHints: [.experiments: "Taplytics is off: set TAPLYTICS_API_TOKEN."]).joined(separator: "\n")
        #expect(off.contains("Taplytics is off: set TAPLYTICS_API_TOKEN."))
        #expect(!off.contains("No Taplytics user"))
    }

    @Test func commandsReachTheCardAndExplainThemselves() throws {
        let catalog = CommandCatalog()
        #expect(try catalog.parse("user jonathan@taplytics.com").get() == .user(.init(kind: .email, value: "jonathan@taplytics.com")))
        guard case .failure(let open) = catalog.parse("open user"), case .failure(let empty) = catalog.parse("user") else {
            Issue.record("a user screen without a query was taken")
            return
        }
        #expect(open.message.contains(":user ID"))
        #expect(empty.message.contains(":user needs a query"))
        #expect(try catalog.parse("open versions").get() == .open(.versions))
        var state = DashboardState()
        let lookup = TaplyticsUserLookup(kind: .email, value: "ada@example.com")
        #expect(state.run(.user(lookup)) == [.opened(.user(lookup))])
        #expect(state.route == .user(lookup) && state.route.title == "User" && state.route.pane == .experiments)
        #expect(Route.versions.pane == .crashes)
        #expect(CommandCatalog.names.contains("user"))
    }

    @Test func versionOrderIsSemverAware() {
        let sorted = ["3.9.2", "3.10.0", "3.10.0-beta.2", "3.10.0-beta.10", "3.10.0+45", "3.1.0 (45)", "3.1.1", "10.0", "3.10"]
            .sorted(by: AppVersionOrder.less)
        #expect(sorted == ["3.1.0 (45)", "3.1.1", "3.9.2", "3.10", "3.10.0-beta.2", "3.10.0-beta.10", "3.10.0", "3.10.0+45", "10.0"])
    }
}
