#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient

/// The versions screen: for each app version its loads, daily users, crashes and crash ratio
/// (today's and about 31 daily buckets, from `GET /v2/trends/{appId}` through the Crashes
/// pane's one reader), newest version first, and the app's crashes per day of all versions
/// (`GET /v2/app/crash/counts/{appId}`, read each time the screen polls).
public struct VersionsBoard: Sendable, Equatable, Codable {
    /// One measure of one version.
    public struct Figure: Sendable, Equatable, Codable {
        /// The service's value for today (`todayTopValues`); nil when it gave none for this version.
        public var today: Double?
        /// Daily bucket values, oldest first.
        public var daily: [Double]

        public init(today: Double?, daily: [Double]) {
            self.today = today
            self.daily = daily
        }
    }

    public struct Row: Sendable, Equatable, Codable {
        public var version: String
        public var loads: Figure?
        public var users: Figure?
        public var crashes: Figure?
        public var crashRatio: Figure?
        /// This version's share (0...1) of today's loads among the versions trends lists.
        public var loadShare: Double?

        public init(version: String, loads: Figure? = nil, users: Figure? = nil, crashes: Figure? = nil,
                    crashRatio: Figure? = nil, loadShare: Double? = nil) {
            self.version = version
            self.loads = loads
            self.users = users
            self.crashes = crashes
            self.crashRatio = crashRatio
            self.loadShare = loadShare
        }
    }

    /// The trends each column reads.
    public enum Series {
        public static let loads = "appLoadsByVersion"
        public static let users = "dauByVersion"
        public static let crashes = "crashesByVersion"
        public static let crashRatio = "crashRatioByVersion"
        public static let all = [loads, users, crashes, crashRatio]
    }

    public var appName: String
    /// Newest version first (version order, `3.10.0` above `3.9.2`).
    public var rows: [Row]
    /// The first and last daily bucket's start as sent (`2026-10-24T00:00:00`, no zone).
    public var firstDay: String?
    public var lastDay: String?
    /// The trends the answer lacked, by name (their columns show `-`).
    public var missing: [String]
    /// Trends series whose `todayTopValues` was null: their "today" column is empty.
    public var noToday: [String]
    /// `units.type` of crashRatioByVersion (`percent`), as sent; nil when not given.
    public var ratioUnit: String?
    /// How old the trends answer was when the screen read it (it is read every 5 minutes).
    public var trendsAge: TimeInterval?
    /// Why the last trends read failed, while an older answer is shown.
    public var trendsError: String?
    /// The app's crashes per day, all versions, oldest first (dates as sent).
    public var dailyCrashes: [ApteligentDailyCount]
    /// Why crash/counts could not be read (the rest of the screen still shows).
    public var countsError: String?

    public init(appName: String, rows: [Row], firstDay: String? = nil, lastDay: String? = nil, missing: [String] = [],
                noToday: [String] = [], ratioUnit: String? = nil, trendsAge: TimeInterval? = nil, trendsError: String? = nil,
                dailyCrashes: [ApteligentDailyCount] = [], countsError: String? = nil) {
        self.appName = appName
        self.rows = rows
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.missing = missing
        self.noToday = noToday
        self.ratioUnit = ratioUnit
        self.trendsAge = trendsAge
        self.trendsError = trendsError
        self.dailyCrashes = dailyCrashes
        self.countsError = countsError
    }

    /// The board of `trends` and `counts`: every version any of the four series lists (each
    /// lists its top five), newest first.
    public static func make(appName: String, trends: ApteligentTrends, counts: [ApteligentDailyCount]) -> VersionsBoard {
        func figures(_ name: String) -> [String: Figure] {
            guard let trend = trends.series[name] else { return [:] }
            var out: [String: Figure] = [:]
            for (version, category) in trend.categories {
                let today = trend.todayTopValues?[version].flatMap { $0.isFinite ? $0 : nil }
                out[version] = Figure(today: today, daily: category.buckets.map { $0.value.isFinite ? $0.value : 0 })
            }
            for (version, value) in trend.todayTopValues ?? [:] where out[version] == nil && value.isFinite {
                out[version] = Figure(today: value, daily: [])
            }
            return out
        }
        let loads = figures(Series.loads), users = figures(Series.users)
        let crashes = figures(Series.crashes), ratio = figures(Series.crashRatio)
        let shares = VersionHealth.loadShares(trends)
        let versions = Set(loads.keys).union(users.keys).union(crashes.keys).union(ratio.keys)
        let rows = versions.sorted { AppVersionOrder.less($1, $0) }.map { version in
            Row(version: version, loads: loads[version], users: users[version], crashes: crashes[version],
                crashRatio: ratio[version], loadShare: shares[version])
        }
        let starts = Series.all.compactMap { trends.series[$0] }
            .flatMap { $0.categories.values.flatMap { $0.buckets.compactMap(\.start) } }
        return VersionsBoard(
            appName: appName, rows: rows, firstDay: starts.min(), lastDay: starts.max(),
            missing: Series.all.filter { trends.series[$0] == nil },
            noToday: Series.all.filter { trends.series[$0] != nil && trends.series[$0]?.todayTopValues == nil },
            ratioUnit: trends.series[Series.crashRatio]?.units?.type,
            dailyCrashes: counts.sorted { $0.date < $1.date })
    }

    /// One poll of the screen: trends through the shared reader (a request only when its
    /// answer is 5 minutes old), then crash/counts (one request). Fails only when there are
    /// no trends at all to show.
    static func read(client: ApteligentClient, app: (id: String, app: ApteligentApp),
                     adoption: VersionAdoption) async throws(ClientError) -> VersionsBoard {
        let id = app.id
        let reading = await adoption.reading(app: id) { () async throws(ClientError) -> ApteligentTrends in
            try await client.trends(app: id)
        }
        guard let trends = reading.trends else {
            throw reading.error ?? ClientError(.apteligent, .decoding(path: "data"), detail: "no trends yet")
        }
        var counts: [ApteligentDailyCount] = []
        var countsError: String?
        do {
            counts = try await client.crashCounts(app: id)
        } catch where error.kind == .cancelled {
            throw error
        } catch {
            countsError = error.description
        }
        var board = make(appName: app.app.appName ?? id, trends: trends, counts: counts)
        board.countsError = countsError
        board.trendsError = reading.error?.description
        board.trendsAge = reading.age.map { Double($0.components.seconds) }
        return board
    }
}
