#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// The Tinylytics API v1 routes, mounted under the simulator's `/tinylytics/api/v1`.
/// Handlers read the pure world and the written state; one file per group of endpoints.
struct TinylyticsRoutes: Sendable {
    let world: TinylyticsWorld
    let state: TinylyticsState
    let keys: TinylyticsKeys
    let now: @Sendable () -> Date

    func register<Context: RequestContext>(on group: RouterGroup<Context>) {
        group.get(RouterPath(TinylyticsEndpoints.me)) { request, _ in me(request) }
        group.get(RouterPath(TinylyticsEndpoints.sites)) { _, _ in
            var sites: [TinylyticsSite] = []
            for simulated in world.sites { sites.append(await snapshot(simulated)) }
            return JSONResponse.make(TinylyticsSitesResponse(sites: sites))
        }
        group.get("/sites/:id") { _, context in
            guard let site = site(context) else { return Self.siteNotFound }
            return JSONResponse.make(await snapshot(site))
        }
        group.get("/sites/:id/hits") { request, context in
            guard let site = site(context) else { return Self.siteNotFound }
            return await hits(request, site: site)
        }
        group.get("/sites/:id/kudos") { request, context in
            guard let site = site(context) else { return Self.siteNotFound }
            return await kudos(request, site: site)
        }
        group.get("/sites/:id/leaderboard") { request, context in
            guard let site = site(context) else { return Self.siteNotFound }
            return await leaderboard(request, site: site)
        }
        group.get("/sites/:id/user_journeys") { request, context in
            guard let site = site(context) else { return Self.siteNotFound }
            return journeys(request, site: site)
        }
        registerPremium(on: group)
        registerWrites(on: group)
        // Behind the key check like every route: a bad key gets 401 even on a wrong path.
        group.get("**") { _, _ in Self.notFound }
        group.post("**") { _, _ in Self.notFound }
        group.delete("**") { _, _ in Self.notFound }
    }

    static var notFound: Response { JSONResponse.error("Not found", status: .notFound) }
    static var siteNotFound: Response { JSONResponse.error("Site not found", status: .notFound) }

    /// The site named by the `:id` path parameter (a numeric id; the public uid is not one).
    func site<Context: RequestContext>(_ context: Context) -> TinylyticsWorld.SimulatedSite? {
        context.parameters.get("id").flatMap(Int.init).flatMap(world.site(id:))
    }

    /// The site with its lifetime counters, posted hits and kudos included.
    func snapshot(_ site: TinylyticsWorld.SimulatedSite) async -> TinylyticsSite {
        let posted = await state.postedHits(site: site.site.id).count
        let kudos = await state.kudos(site: site.site.id).count
        return world.siteSnapshot(site, now: now(), posted: posted, kudos: kudos)
    }

    func me(_ request: Request) -> Response {
        let key = bearer(request)
        let account = TinylyticsAccount(
            id: 123, email: "demo@launchdeck.invalid", isSubscribed: world.subscribed, createdAt: world.epoch,
            apiKey: .init(name: "launchdeck demo", accessType: key == keys.fullAccess ? "full_access" : "read_only",
                          lastUsedAt: now()))
        return JSONResponse.make(account)
    }

    func bearer(_ request: Request) -> String {
        request.headers[.authorization].map { String($0.dropFirst("Bearer ".count)) } ?? ""
    }

    /// Parses the query, or throws the 400 with the documented error body.
    func parse(_ request: Request, cap: Int = TinylyticsEndpoints.hitsPerPageMax,
               defaultPerPage: Int = 100) throws(Refusal) -> TinylyticsQuery {
        let query = request.uri.queryParameters
        switch TinylyticsQuery.parse({ query.get($0) }, now: now(), perPageCap: cap, defaultPerPage: defaultPerPage) {
        case .success(let parsed): return parsed
        case .failure(let failure): throw Refusal(response: JSONResponse.error(failure.message, status: .badRequest))
        }
    }

    /// `page` and `per_page` alone (endpoints without dates), or the 400.
    func paging(_ request: Request, cap: Int, defaultPerPage: Int = 100) throws(Refusal) -> Paging {
        let query = request.uri.queryParameters
        switch TinylyticsQuery.paging({ query.get($0) }, cap: cap, defaultPerPage: defaultPerPage) {
        case .success(let paging): return paging
        case .failure(let failure): throw Refusal(response: JSONResponse.error(failure.message, status: .badRequest))
        }
    }
}

/// An answer that ends a request early (a 400 for a bad query).
struct Refusal: Error {
    let response: Response
}
