import Foundation
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
            return JSONResponse.make(TinylyticsHitsResponse(
                hits: hits, pagination: query.paging.pagination(total: total),
                filters: filters), nulls: ["referrer", "browser_name", "platform_name", "source"].map { "hits[]." + $0 })
        }
        var counts = world.counts(site, groupBy: groupBy, from: query.from, to: query.to, now: today, filter: filter)
        var extra: [String: Int] = [:]
        for hit in posted { extra[Self.key(of: hit, groupBy) ?? "", default: 0] += 1 }
        for key in extra.keys where counts[key] == nil { counts[key] = 0 }
        let rows = counts.compactMap { key, count -> TinylyticsGroupedHit? in
            let total = Int(count) + extra[key, default: 0]
            guard total > 0 else { return nil }
            guard groupBy == .path else { return TinylyticsGroupedHit(groupBy: groupBy, key: key, hitCount: total) }
            return TinylyticsGroupedHit(groupBy: .path, key: key, views: total,
                                        uniqueViews: Int(Double(Int(count)) * site.uniqueRatio(key)) + extra[key, default: 0])
        }.sorted { ($0.count, $1.key ?? "") > ($1.count, $0.key ?? "") }
        return JSONResponse.make(TinylyticsGroupedHitsResponse(
            groupedHits: query.slice(rows),
            pagination: query.paging.pagination(total: rows.count),
            filters: filters))
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
        let needle = params.get("path")?.lowercased()
        var counts = world.counts(site, groupBy: .path, from: world.epoch, to: today, now: today)
        var extra: [String: Int] = [:]
        for hit in await state.postedHits(site: site.site.id) { extra[hit.path, default: 0] += 1 }
        for key in extra.keys where counts[key] == nil { counts[key] = 0 }
        let all = counts.reduce(0.0) { $0 + $1.value } + Double(extra.values.reduce(0, +))
        let rows = counts.compactMap { path, count -> TinylyticsLeaderboardEntry? in
            if let needle, !path.lowercased().contains(needle) { return nil }
            let total = Int(count) + extra[path, default: 0]
            guard total > 0 else { return nil }
            return TinylyticsLeaderboardEntry(
                path: path, totalHits: total, uniqueHits: Int(Double(Int(count)) * site.uniqueRatio(path)) + extra[path, default: 0],
                percentage: (Double(total) / max(all, 1) * 1000).rounded() / 10)
        }.sorted { ($0.totalHits, $1.path) > ($1.totalHits, $0.path) }
        let slice = paging.slice(rows)
        let s = site.site
        return JSONResponse.make(TinylyticsLeaderboardResponse(
            leaderboard: slice, site: TinylyticsSiteSummary(id: s.id, uid: s.uid, url: s.url, label: s.label),
            pagination: paging.pagination(total: rows.count),
            cacheInfo: TinylyticsCacheInfo(cachedAt: today, expiresAt: today.addingTimeInterval(3600)),
            filters: .init(path: params.get("path"))))
    }
}
