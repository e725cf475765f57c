#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient

/// The overview's Crashes pane: the crash rate now against its trend, the app versions by
/// crash rate with their share of use, and the top crash groups of one app.
public struct CrashesSnapshot: Sendable, Equatable, Codable {
    public var appID: String
    public var appName: String
    /// Crashes per 100 app loads over the last minutes (liveStats), if known.
    public var rateNow: Double?
    /// Crash rate over the last day, oldest first (errorMonitoring graph, crashPercent).
    public var trend: [Double]
    /// The moment of `trend`'s first point and the seconds between points, when the graph gave them.
    public var trendStart: Date?
    public var trendInterval: TimeInterval?
    /// App loads by version and day (`trends` appLoadsByVersion, its own daily buckets), on
    /// the poll that read trends (every five minutes); empty on the others. The history's
    /// backfill of adoption.
    public var versionDays: [VersionDay] = []
    /// App versions by crash rate over the last day, highest first, with their share of loads.
    public var versions: [VersionHealth]
    /// The first crash-table page: `num_unique_sessions` in each row counts sessions, not users.
    public var topGroups: [ApteligentCrashRow]

    public init(appID: String, appName: String, rateNow: Double?, trend: [Double],
                versions: [VersionHealth], topGroups: [ApteligentCrashRow],
                trendStart: Date? = nil, trendInterval: TimeInterval? = nil) {
        self.trendStart = trendStart
        self.trendInterval = trendInterval
        self.appID = appID
        self.appName = appName
        self.rateNow = rateNow
        self.trend = trend
        self.versions = versions
        self.topGroups = topGroups
    }

    /// The day's average rate, the baseline the rate now is compared with.
    public var trendAverage: Double? { trend.isEmpty ? nil : trend.reduce(0, +) / Double(trend.count) }
}

/// Four Apteligent calls a poll (of its 20 a minute): live stats, the day's crash-rate graph,
/// the crash rate by app version, and the first crash-table page; and `trends` (version
/// adoption) once every five minutes on top. At the demo's 30 s polls that is 8.2 calls a
/// minute (8 before), at the default 60 s 4.2 (4 before). While the versions screen is open it
/// adds its `crash/counts`, one call a poll at this interval (trends come from this reader):
/// 10.2 a minute in the demo, 5.2 at 60 s (VersionsAndUserBudgetTests).
public struct CrashesSource: Sendable {
    public let client: ApteligentClient
    public let apps: AppChoice
    /// The one `trends` reader, shared with the versions screen (`DrillDownSource`).
    public let adoption: VersionAdoption

    /// How often version adoption (`GET /v2/trends/{appId}`) is read.
    public static let adoptionEvery: Duration = .seconds(300)

    /// - Parameter now: a monotonic time for the adoption's age (a manual one in tests).
    public init(client: ApteligentClient, apps: AppChoice, adoptionEvery: Duration = CrashesSource.adoptionEvery,
                now: (@Sendable () -> Duration)? = nil) {
        self.client = client
        self.apps = apps
        let start = ContinuousClock.now
        self.adoption = VersionAdoption(every: adoptionEvery, now: now ?? { ContinuousClock.now - start })
    }

    public func fetch() async throws(ClientError) -> CrashesSnapshot {
        let (id, app) = try await apps.resolve()
        do {
            let live = try await client.liveStats(app: id)
            let graph = try await client.errorGraph(app: id, graph: "crashPercent", duration: 1440)
            let rates = try await client.errorPie(app: id, graph: "crashPercent", groupBy: "appVersion", duration: 1440)
            let table = try await client.crashTable(app: id, page: 1, period: 7, sortBy: "usersAffected")
            let client = self.client
            let adopted = await adoption.reading(app: id) { () async throws(ClientError) -> ApteligentTrends in
                try await client.trends(app: id)
            }
            let shares = adopted.trends.map(VersionHealth.loadShares) ?? [:]
            let rateNow = live.crashPercentage ?? Self.rate(live.periodicData)
            var snapshot = CrashesSnapshot(
                appID: id, appName: app.appName ?? id, rateNow: rateNow,
                trend: graph.series.first?.points ?? [],
                versions: VersionHealth.ranked(rates: rates.slices, shares: shares),
                topGroups: Array(table.errors.prefix(10)),
                trendStart: graph.start.flatMap(Timestamp.parse), trendInterval: graph.interval.map(TimeInterval.init))
            // Read this poll (not an answer kept from an earlier one): its days go to the history once.
            if let trends = adopted.trends, let age = adopted.age, age < .seconds(1) { snapshot.versionDays = VersionDay.loads(trends) }
            return snapshot
        } catch where error.kind == .notFound {
            await apps.forget()
            throw error
        }
    }
    /// Crashes per 100 loads over the periods, when liveStats gives no percentage.
    static func rate(_ periods: [ApteligentLiveStats.Period]) -> Double? {
        let loads = periods.reduce(0) { $0 + $1.appLoads }
        guard loads > 0 else { return nil }
        return Double(periods.reduce(0) { $0 + $1.crashes }) * 100 / Double(loads)
    }
}
