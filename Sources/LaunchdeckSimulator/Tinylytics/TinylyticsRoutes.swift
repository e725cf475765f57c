import Foundation
import Hummingbird
import LaunchdeckAPI

/// The Tinylytics API v1 routes, mounted under the simulator's `/tinylytics/api/v1`.
struct TinylyticsRoutes: Sendable {
    let world: TinylyticsWorld
    let keys: TinylyticsKeys
    let now: @Sendable () -> Date

    func register<Context: RequestContext>(on group: RouterGroup<Context>) {
        group.get(RouterPath(TinylyticsEndpoints.me)) { request, _ in
            me(request)
        }
        group.get(RouterPath(TinylyticsEndpoints.sites)) { _, _ in
            let sites = world.sites.map { world.siteSnapshot($0, now: now()) }
            return JSONResponse.make(TinylyticsSitesResponse(sites: sites))
        }
        group.get("/sites/:id") { _, context in
            guard let site = context.parameters.get("id").flatMap(Int.init).flatMap(world.site(id:)) else {
                return JSONResponse.error("Site not found", status: .notFound)
            }
            return JSONResponse.make(TinylyticsSiteResponse(site: world.siteSnapshot(site, now: now())))
        }
        group.get("/sites/:id/hits") { request, context in
            hits(request, siteID: context.parameters.get("id"))
        }
        // Behind the key check like every route: a bad key gets 401 even on a wrong path.
        group.get("**") { _, _ in JSONResponse.error("Not found", status: .notFound) }
    }

    func me(_ request: Request) -> Response {
        let key = request.headers[.authorization].map { String($0.dropFirst("Bearer ".count)) } ?? ""
        let account = TinylyticsAccount(
            id: 123, email: "demo@launchdeck.invalid", isSubscribed: true, createdAt: world.epoch,
            apiKey: .init(name: "launchdeck demo", accessType: key == keys.fullAccess ? "full_access" : "read_only",
                          lastUsedAt: now()))
        return JSONResponse.make(account)
    }

    func hits(_ request: Request, siteID: String?) -> Response {
        guard let siteID = siteID.flatMap(Int.init), let site = world.site(id: siteID) else {
            return JSONResponse.error("Site not found", status: .notFound)
        }
        let query = request.uri.queryParameters
        let today = now()
        let query_: ParsedHitsQuery
        switch ParsedHitsQuery.parse({ query.get($0) }, now: today) {
        case .success(let parsed): query_ = parsed
        case .failure(let failure): return JSONResponse.error(failure.message, status: .badRequest)
        }
        let filter = TinylyticsWorld.HitFilter(country: query.get("country"), path: query.get("path"),
                                               referrer: query.get("referrer"))
        guard let groupBy = query_.groupBy else {
            return rawHits(site, query_, filter: filter, now: today)
        }
        let all = world.groupedHits(site, groupBy: groupBy, from: query_.from, to: query_.to, now: today, filter: filter)
        let start = (query_.page - 1) * query_.perPage
        let rows = start < all.count ? Array(all[start..<min(all.count, start + query_.perPage)]) : []
        let body = TinylyticsGroupedHitsResponse(
            groupedHits: rows,
            pagination: TinylyticsPagination(page: query_.page, perPage: query_.perPage, totalCount: all.count),
            filters: TinylyticsHitFilters(
                startDate: query_.startDate, endDate: query_.endDate, timeZone: query_.timeZone,
                country: query.get("country"), path: query.get("path"), referrer: query.get("referrer"),
                grouped: true, groupBy: groupBy.rawValue))
        return JSONResponse.make(body)
    }
}

extension TinylyticsRoutes {
    /// Ungrouped hits, newest first, one page.
    func rawHits(_ site: TinylyticsWorld.SimulatedSite, _ query: ParsedHitsQuery, filter: TinylyticsWorld.HitFilter,
                 now: Date) -> Response {
        let total = world.rawHitCount(site, from: query.from, to: query.to, now: now, filter: filter)
        let start = (query.page - 1) * query.perPage
        let ranks = start < total ? start..<min(total, start + query.perPage) : 0..<0
        let hits = ranks.map { world.rawHit(site, rank: $0, total: total, from: query.from, now: now, filter: filter) }
        let body = TinylyticsHitsResponse(
            hits: hits,
            pagination: TinylyticsPagination(page: query.page, perPage: query.perPage, totalCount: total),
            filters: TinylyticsHitFilters(startDate: query.startDate, endDate: query.endDate, timeZone: query.timeZone,
                                          country: filter.country, path: filter.path, referrer: filter.referrer,
                                          grouped: false))
        return JSONResponse.make(body)
    }
}

/// The hits query as the simulator validates it, with the documented defaults.
struct ParsedHitsQuery {
    struct Failure: Error { var message: String }

    var startDate: String
    var endDate: String
    var timeZone: String
    var groupBy: TinylyticsGroupBy?
    var page: Int
    var perPage: Int
    /// UTC day boundaries: [start 00:00, end + 1 day 00:00).
    var from: Date
    var to: Date

    static func parse(_ value: (String) -> String?, now: Date) -> Result<ParsedHitsQuery, Failure> {
        let timeZone = value("time_zone") ?? "utc"
        guard timeZone == "utc" || timeZone == "user" else {
            return .failure(Failure(message: "time_zone must be utc or user"))
        }
        let endDate = value("end_date") ?? Timestamp.day(now)
        let startDate = value("start_date") ?? Timestamp.day(now.addingTimeInterval(-30 * 86_400))
        guard let to = day(endDate).map({ $0.addingTimeInterval(86_400) }) else {
            return .failure(Failure(message: "end_date must be YYYY-MM-DD"))
        }
        guard let from = day(startDate) else { return .failure(Failure(message: "start_date must be YYYY-MM-DD")) }
        guard from < to else { return .failure(Failure(message: "start_date must not be after end_date")) }
        guard to.timeIntervalSince(from) <= Double(TinylyticsEndpoints.maxRangeDays) * 86_400 else {
            return .failure(Failure(message: "Date range cannot exceed \(TinylyticsEndpoints.maxRangeDays) days"))
        }
        var groupBy: TinylyticsGroupBy?
        if value("grouped") == "true" {
            let raw = value("group_by") ?? "path"
            guard let parsed = TinylyticsGroupBy(rawValue: raw) else {
                let allowed = TinylyticsGroupBy.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(Failure(message: "group_by must be one of \(allowed)"))
            }
            groupBy = parsed
        }
        // Bounded so (page - 1) * per_page can never overflow.
        guard let page = Int(value("page") ?? "1"), (1...1_000_000).contains(page) else {
            return .failure(Failure(message: "page must be an integer from 1 to 1000000"))
        }
        let cap = TinylyticsEndpoints.hitsPerPageMax
        guard let perPage = Int(value("per_page") ?? "100"), (1...cap).contains(perPage) else {
            return .failure(Failure(message: "per_page must be between 1 and \(cap)"))
        }
        return .success(ParsedHitsQuery(startDate: startDate, endDate: endDate, timeZone: timeZone,
                                        groupBy: groupBy, page: page, perPage: perPage, from: from, to: to))
    }

    private static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard text.count == 10, parts.count == 3, parts[0].count == 4 else { return nil }
        return Timestamp.parse(text + "T00:00:00Z")
    }
}
