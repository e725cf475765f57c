#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

extension TinylyticsRoutes {
    typealias SimulatedSite = TinylyticsWorld.SimulatedSite

    func hits(_ request: Request, site: SimulatedSite) async -> Response {
        let query: TinylyticsQuery
        do { query = try parse(request) } catch { return error.response }
        let params = request.uri.queryParameters
        let filter = HitFilter(country: params.get("country"), path: params.get("path"), referrer: params.get("referrer"))
        let today = now()
        // Posted hits in the range that pass the filter, newest first.
        let posted = await state.postedHits(site: site.site.id).filter { hit in
            guard let at = hit.createdAt else { return false }
            return at >= query.from && at < query.to && at <= today && filter.matches(hit)
        }.reversed().map { hit in
            var listed = hit  // lists carry no hashes
            listed.uniqueHash = nil
            listed.visitorHash = nil
            return listed
        }
        let filters = TinylyticsHitFilters(
            startDate: query.startDate, endDate: query.endDate, timeZone: query.timeZone, country: filter.country,
            path: filter.path, referrer: filter.referrer, grouped: query.groupBy != nil, groupBy: query.groupBy?.rawValue)
        guard let groupBy = query.groupBy else {
            let generated = Int(world.hitCount(site, from: query.from, to: query.to, now: today, filter: filter))
            let total = posted.count + generated
            let range = query.offset < total ? query.offset..<min(total, query.offset + query.perPage) : 0..<0
            let hits = range.map { rank in
                // Newest first: the posted hits (made at "now"), then the generated ones.
                rank < posted.count ? posted[rank] : world.rawHit(
                    site, index: total - 1 - rank, from: query.from, to: query.to, now: today, filter: filter)
            }
            let body = TinylyticsHitsResponse(hits: hits, pagination: query.paging.pagination(total: total), filters: filters)
            // Only posted hits can lack a referrer, browser, platform or source (sent as null).
            guard !posted.isEmpty else { return JSONResponse.make(body) }
            return JSONResponse.make(body, nulls: ["referrer", "browser_name", "platform_name", "source"].map { "hits[]." + $0 })
        }
        var extra: [String: Int] = [:]
        for hit in posted { extra[Self.key(of: hit, groupBy) ?? "", default: 0] += 1 }
        var page = FlatRows()
        let total: Int
        if groupBy == .path {
            let ranked = world.rankedPaths(site, from: query.from, to: query.to, now: today, filter: filter, posted: extra)
            total = ranked.count
            for row in query.slice(ranked) {
                page.append([("path", .string(row.path)), ("views", .int(row.views)), ("unique_views", .int(row.unique))])
            }
        } else {
            var counts = world.counts(site, groupBy: groupBy, from: query.from, to: query.to, now: today, filter: filter)
            for (key, n) in extra { counts[key, default: 0] += Double(n) }
            let rows = counts.map { (key: $0.key, count: Int($0.value)) }.filter { $0.count > 0 }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
            total = rows.count
            for row in query.slice(rows) { page.append([(groupBy.rawValue, .string(row.key)), ("hit_count", .int(row.count))]) }
        }
        return JSONResponse.make(TinylyticsGroupedHitsResponse(
            groupedHits: [], pagination: query.paging.pagination(total: total), filters: filters),
            rows: page, at: "grouped_hits")
    }

    static func key(of hit: TinylyticsHit, _ groupBy: TinylyticsGroupBy) -> String? {
        switch groupBy {
        case .path: return hit.path
        case .country: return hit.country
        case .referrer: return hit.referrer
        case .browserName: return hit.browserName
        case .platformName: return hit.platformName
        }
    }

    func kudos(_ request: Request, site: SimulatedSite) async -> Response {
        let query: TinylyticsQuery
        do { query = try parse(request) } catch { return error.response }
        let params = request.uri.queryParameters
        let path = params.get("path"), uid = params.get("uid")
        let kudos = await state.kudos(site: site.site.id).filter { kudo in
            guard let at = kudo.createdAt, at >= query.from, at < query.to else { return false }
            return (path.map { $0 == kudo.path } ?? true) && (uid.map { $0 == kudo.uid } ?? true)
        }.reversed()
        return JSONResponse.make(TinylyticsKudosResponse(
            kudos: query.slice(Array(kudos)),
            pagination: query.paging.pagination(total: kudos.count),
            filters: TinylyticsKudoFilters(startDate: query.startDate, endDate: query.endDate, timeZone: query.timeZone,
                                           path: path, uid: uid)))
    }

    /// All-time path ranking. `path` is a case-insensitive partial match here (exact on hits).
    /// The real one is cached about an hour; the simulator computes it on each call (so a
    /// posted hit counts at once) and reports a cache window that starts now.
    func leaderboard(_ request: Request, site: SimulatedSite) async -> Response {
        let params = request.uri.queryParameters
        let paging: Paging
        do { paging = try self.paging(request, cap: TinylyticsEndpoints.hitsPerPageMax, defaultPerPage: 100) } catch { return error.response }
        let today = now()
        var extra: [String: Int] = [:]
        for hit in await state.postedHits(site: site.site.id) { extra[hit.path, default: 0] += 1 }
        let all = world.rankedPaths(site, from: world.epoch, to: today, now: today, posted: extra)
        let total = max(1, all.reduce(0) { $0 + $1.views })
        let rows = params.get("path").map { needle in
            world.rankedPaths(site, from: world.epoch, to: today, now: today, contains: needle, posted: extra)
        } ?? all
        var page = FlatRows()
        for row in paging.slice(rows) {
            page.append([("path", .string(row.path)), ("total_hits", .int(row.views)), ("unique_hits", .int(row.unique)),
                         ("percentage", .double((Double(row.views) / Double(total) * 1000).rounded() / 10))])
        }
        let s = site.site
        return JSONResponse.make(TinylyticsLeaderboardResponse(
            leaderboard: [], site: TinylyticsSiteSummary(id: s.id, uid: s.uid, url: s.url, label: s.label),
            pagination: paging.pagination(total: rows.count),
            cacheInfo: TinylyticsCacheInfo(cachedAt: today, expiresAt: today.addingTimeInterval(3600)),
            filters: .init(path: params.get("path"))), rows: page, at: "leaderboard")
    }
}
