import Foundation
import LaunchdeckAPI
import LaunchdeckClient

/// The overview's Crashes pane: the crash rate now against its trend, the worst app versions
/// and the top crash groups of one app.
public struct CrashesSnapshot: Sendable, Equatable {
    public var appID: String
    public var appName: String
    /// Crashes per 100 app loads over the last minutes (liveStats), if known.
    public var rateNow: Double?
    /// Crash rate over the last day, oldest first (errorMonitoring graph, crashPercent).
    public var trend: [Double]
    /// App versions by crashes over the last day, worst first.
    public var worstVersions: [(version: String, crashes: Double)]
    public var topGroups: [ApteligentCrashRow]

    public init(appID: String, appName: String, rateNow: Double?, trend: [Double],
                worstVersions: [(version: String, crashes: Double)], topGroups: [ApteligentCrashRow]) {
        self.appID = appID
        self.appName = appName
        self.rateNow = rateNow
        self.trend = trend
        self.worstVersions = worstVersions
        self.topGroups = topGroups
    }

    /// The day's average rate, the baseline the rate now is compared with.
    public var trendAverage: Double? { trend.isEmpty ? nil : trend.reduce(0, +) / Double(trend.count) }

    public static func == (a: CrashesSnapshot, b: CrashesSnapshot) -> Bool {
        a.appID == b.appID && a.appName == b.appName && a.rateNow == b.rateNow && a.trend == b.trend
            && a.worstVersions.map(\.version) == b.worstVersions.map(\.version)
            && a.worstVersions.map(\.crashes) == b.worstVersions.map(\.crashes) && a.topGroups == b.topGroups
    }
}

/// Four Apteligent calls a poll (of its 20 a minute): live stats, the day's crash-rate graph,
/// crashes by app version, and the first crash-table page.
public struct CrashesSource: Sendable {
    public let client: ApteligentClient
    public let apps: AppChoice

    public init(client: ApteligentClient, apps: AppChoice) {
        self.client = client
        self.apps = apps
    }

    public func fetch() async throws(ClientError) -> CrashesSnapshot {
        let (id, app) = try await apps.resolve()
        do {
            let live = try await client.liveStats(app: id)
            let graph = try await client.errorGraph(app: id, graph: "crashPercent", duration: 1440)
            let pie = try await client.errorPie(app: id, graph: "crashes", groupBy: "appVersion", duration: 1440)
            let table = try await client.crashTable(app: id, page: 1, period: 7, sortBy: "usersAffected")
            let rateNow = live.crashPercentage ?? Self.rate(live.periodicData)
            return CrashesSnapshot(
                appID: id, appName: app.appName ?? id, rateNow: rateNow,
                trend: graph.series.first?.points ?? [],
                worstVersions: pie.slices.sorted { $0.value > $1.value }.map { ($0.label ?? $0.name, $0.value) },
                topGroups: Array(table.errors.prefix(10)))
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
