#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient

/// The data of a drill-down screen, fetched when it opens and on refresh.
public enum DrillDown: Sendable, Equatable, Codable {
    case hits(rows: [TinylyticsGroupedHit], total: Int, title: String)
    /// The pages loaded so far, where they start, and what the total counts.
    case leaderboard(LeaderboardSlice)
    /// The monitor and its downtimes, or its 403 (a subscription endpoint) said in place.
    case uptime(PremiumRead<TinylyticsUptimeResponse>)
    case experiment(TaplyticsExperiment)
    case push(TaplyticsPush)
    case crashGroups([ApteligentCrashRow])
    case crash(ApteligentCrash)
    case journeys(TinylyticsJourneysResponse)
    case appHealth(AppHealth)
    case insights(PremiumRead<TinylyticsInsightsResponse>)
    case kudos(KudosTally)
    case versions(VersionsBoard)
    case user(UserLookupResult)
}

/// The app health screen: the app's own numbers and its service calls from performance
/// management (latency and errors by service over the last hour).
public struct AppHealth: Sendable, Equatable, Codable {
    public var appName: String
    public var app: ApteligentApp
    public var latencyByService: [ApteligentPie.Slice]
    public var errorsByService: [ApteligentPie.Slice]

    public init(appName: String, app: ApteligentApp, latencyByService: [ApteligentPie.Slice],
                errorsByService: [ApteligentPie.Slice]) {
        self.appName = appName
        self.app = app
        self.latencyByService = latencyByService
        self.errorsByService = errorsByService
    }
}

/// What a drill-down reads depends on a few choices made with commands.
public struct DrillDownQuery: Sendable, Equatable {
    public var range: HitsRange
    public var grouping: HitsGrouping
    public var zone: HitsZone
    /// The leaderboard's server-side path filter (the `/` filter once Enter commits it).
    public var pathFilter: String?
    /// Leaderboard pages to show (more load as the selection nears the end).
    public var pages: Int
    /// True: the leaderboard pages shown end at the last page (after `G`).
    public var fromEnd: Bool
    /// The account's time zone from the config (`[tinylytics] account_time_zone`): the API
    /// does not tell it, and `:zone account` names its days by it when set.
    public var accountZone: ZoneRules?

    public init(range: HitsRange = .today, grouping: HitsGrouping = .path, zone: HitsZone = .utc,
                pathFilter: String? = nil, pages: Int = 1, fromEnd: Bool = false, accountZone: ZoneRules? = nil) {
        self.range = range
        self.grouping = grouping
        self.zone = zone
        self.accountZone = accountZone
        self.pathFilter = pathFilter
        self.pages = pages
        self.fromEnd = fromEnd
    }

    /// The first and last day of the range, `YYYY-MM-DD`, ending today: today in the
    /// account's zone when it is counted and configured, else today as UTC names it.
    public func days(now: Date) -> (start: String, end: String) {
        let offset = zone == .account ? accountZone.map { Double($0.secondsFromGMT(for: now)) } ?? 0 : 0
        let today = now.addingTimeInterval(offset)
        return (Timestamp.day(today.addingTimeInterval(-Double(range.daysBefore) * 86_400)), Timestamp.day(today))
    }

    /// The `time_zone` sent: `user` is the account's day boundaries.
    public var timeZone: String { zone == .account ? "user" : "utc" }

    /// What the hits screen counts, dates included: with the account's zone the dates are
    /// UTC's, so near midnight they can name the account's yesterday or tomorrow.
    public func title(now: Date) -> String {
        let (start, end) = days(now: now)
        let dates = start == end ? start : "\(start) to \(end)"
        let zone = switch (zone, accountZone) {
        case (.utc, _): "UTC days"
        case (.account, let known?): "the account's days, \(known.identifier)"
        case (.account, nil):
            "the account's days; dates named in UTC, may be a day off near midnight: set [tinylytics] account_time_zone"
        }
        return "by \(grouping.rawValue), \(range.title) (\(dates), \(zone))"
    }
}

/// Fetches drill-downs with the clients the dashboard has (a service without credentials
/// has none, and its screens say so).
public struct DrillDownSource: Sendable {
    public var tinylytics: (client: TinylyticsClient, sites: SiteChoice)?
    public var taplytics: TaplyticsClient?
    public var apteligent: (client: ApteligentClient, apps: AppChoice)?
    /// The Crashes pane's `trends` reader, which the versions screen reads through too.
    public var adoption: VersionAdoption?
    private let wallClock: @Sendable () -> Date
    private let leaderboardPages = LeaderboardPages()
    private let userReads = UserReads()

    public init(tinylytics: (client: TinylyticsClient, sites: SiteChoice)?, taplytics: TaplyticsClient?,
                apteligent: (client: ApteligentClient, apps: AppChoice)?, adoption: VersionAdoption? = nil,
                wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.adoption = adoption
        self.tinylytics = tinylytics
        self.taplytics = taplytics
        self.apteligent = apteligent
        self.wallClock = wallClock
    }

    /// False for screens that show what the overview already has (or nothing fetched).
    public static func hasOwnData(_ route: Route) -> Bool {
        switch route {
        case .overview, .experiments, .pushes, .alerts, .dataNotes, .figures, .timeline: false
        case .content: false  // the Web pane's own read
        default: true
        }
    }

    /// The route's data (only for routes where `hasOwnData` is true).
    public func fetch(_ route: Route, query: DrillDownQuery) async throws(ClientError) -> DrillDown {
        switch route {
        case .overview, .experiments, .pushes, .alerts, .dataNotes, .figures, .timeline, .content:
            throw ClientError(.tinylytics, .notFound, detail: "\(route.title) has no data of its own")
        case .hits:
            let (client, sites) = try need(tinylytics, .tinylytics)
            let site = try await sites.resolve()
            let now = wallClock()
            let (start, end) = query.days(now: now)
            let page = try await client.groupedHits(site: site.id, query: TinylyticsHitsQuery(
                startDate: start, endDate: end, timeZone: query.timeZone,
                groupBy: Self.groupBy(query.grouping), perPage: TinylyticsEndpoints.hitsPerPageMax))
            let rows = page.groupedHits.sorted { $0.count > $1.count }
            return .hits(rows: rows, total: page.pagination.totalCount, title: query.title(now: now))
        case .leaderboard:
            let (client, sites) = try need(tinylytics, .tinylytics)
            let site = try await sites.resolve()
            return .leaderboard(try await leaderboardPages.read(client: client, site: site.id, filter: query.pathFilter,
                                                                fromEnd: query.fromEnd, count: query.pages))
        case .uptime:
            let (client, sites) = try need(tinylytics, .tinylytics)
            let site = try await sites.resolve()
            return .uptime(try await Self.premium("uptime monitoring") { () async throws(ClientError) in
                try await client.uptime(site: site.id, perPage: 100)
            })
        case .journeys:
            let (client, sites) = try need(tinylytics, .tinylytics)
            let site = try await sites.resolve()
            let (start, end) = query.days(now: wallClock())
            return .journeys(try await client.userJourneys(site: site.id, startDate: start, endDate: end,
                                                           timeZone: query.timeZone, perPage: 50))
        case .insights:
            let (client, sites) = try need(tinylytics, .tinylytics)
            let site = try await sites.resolve()
            return .insights(try await Self.premium("insights") { () async throws(ClientError) in
                try await client.insights(site: site.id, perPage: 7)
            })
        case .kudos:
            let (client, sites) = try need(tinylytics, .tinylytics)
            let site = try await sites.resolve()
            let now = wallClock()
            let (start, end) = (Timestamp.day(now.addingTimeInterval(-Double(KudosTally.days - 1) * 86_400)), Timestamp.day(now))
            let page = try await client.kudos(site: site.id, startDate: start, endDate: end, timeZone: "utc",
                                              perPage: TinylyticsEndpoints.hitsPerPageMax)
            return .kudos(KudosTally(page, startDay: start, endDay: end, today: end))
        case .appHealth:
            let (client, apps) = try need(apteligent, .apteligent)
            let app = try await apps.resolve()
            let fresh = try await client.apps(attributes: ["appName", "dau", "mau", "rating", "latency", "crashPercent",
                                                           "latestVersionString", "appVersions"])
            let latency = try await client.performancePie(app: app.id, graph: "latency", groupBy: "service", duration: 60)
            let errors = try await client.performancePie(app: app.id, graph: "errors", groupBy: "service", duration: 60)
            return .appHealth(AppHealth(appName: app.app.appName ?? app.id, app: fresh[app.id] ?? app.app,
                                        latencyByService: latency.slices.sorted { $0.value > $1.value },
                                        errorsByService: errors.slices.sorted { $0.value > $1.value }))
        case .experiment(let id, _):
            return .experiment(try await need(taplytics, .taplytics).experiment(id))
        case .push(let id, _):
            return .push(try await need(taplytics, .taplytics).push(id))
        case .crashes:
            let (client, apps) = try need(apteligent, .apteligent)
            let app = try await apps.resolve()
            return .crashGroups(try await client.crashTable(app: app.id, page: 1, period: 7, sortBy: "usersAffected").errors)
        case .versions:
            let (client, apps) = try need(apteligent, .apteligent)
            let reader = try need(adoption, .apteligent)
            return .versions(try await VersionsBoard.read(client: client, app: try await apps.resolve(), adoption: reader))
        case .user(let lookup):
            return .user(try await userReads.read(lookup, client: try need(taplytics, .taplytics), wallClock: wallClock))
        case .crashGroup(let hash, _):
            let (client, apps) = try need(apteligent, .apteligent)
            let app = try await apps.resolve()
            return .crash(try await client.crash(app: app.id, hash: hash))
        }
    }

    static func groupBy(_ grouping: HitsGrouping) -> TinylyticsGroupBy {
        switch grouping {
        case .path: .path
        case .country: .country
        case .referrer: .referrer
        case .browser: .browserName
        case .platform: .platformName
        }
    }

    /// A subscription endpoint's answer, or its 403 said in place (`PremiumRead`).
    static func premium<V: Sendable & Equatable>(_ feature: String, _ read: () async throws(ClientError) -> V) async throws(ClientError) -> PremiumRead<V> {
        do {
            return .read(try await read())
        } catch {
            guard let reason = error.subscriptionReason(feature: feature) else { throw error }
            return .unavailable(reason)
        }
    }

    private func need<T>(_ value: T?, _ service: Service) throws(ClientError) -> T {
        guard let value else { throw ClientError(service, .unauthorized, detail: "not configured") }
        return value
    }
}
