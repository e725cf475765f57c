#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

extension TinylyticsRoutes {
    /// Visitor journeys of a range: each journey is a pure function of the site and its
    /// index, about one visitor for every three hits.
    func journeys(_ request: Request, site: SimulatedSite) -> Response {
        let query: TinylyticsQuery
        do { query = try parse(request, cap: TinylyticsEndpoints.journeysPerPageMax, defaultPerPage: 50) } catch { return error.response }
        let today = now()
        let visitors = Int(world.hitCount(site, from: query.from, to: query.to, now: today) / 3)
        let range = query.offset < visitors ? query.offset..<min(visitors, query.offset + query.perPage) : 0..<0
        let start = max(query.from, world.epoch)
        let span = max(0, min(query.to, today).timeIntervalSince(start))
        let journeys = range.map { index -> TinylyticsJourney in
            var random = SeededRandom(seed: UInt64(site.site.id) &* 7919 &+ UInt64(index) &+ world.timeline.seed)
            let count = 1 + Int(random.next() % 5)
            let paths = (0..<count).map { _ in site.base.paths[Int(random.next() % UInt64(min(8, site.base.paths.count)))].key }
            let first = start.addingTimeInterval(span * (1 - (Double(index) + 0.5) / Double(max(visitors, 1))))
            let seconds = count == 1 ? 0 : Int(random.next() % 900) + 30 * count
            let referrer = TrafficProfile.referrers[Int(random.next() % UInt64(TrafficProfile.referrers.count))].key
            let country = TrafficProfile.countries[Int(random.next() % UInt64(TrafficProfile.countries.count))].key
            let browser = TrafficProfile.browsers[Int(random.next() % UInt64(TrafficProfile.browsers.count))].key
            return TinylyticsJourney(
                visitorHash: "v" + random.hex(bytes: 5), pageCount: count, firstHit: first,
                lastHit: first.addingTimeInterval(Double(seconds)), durationMinutes: seconds / 60,
                pages: paths.map(TinylyticsJourney.Page.init), entryPage: paths.first, exitPage: paths.last,
                sessionDuration: seconds, referrer: referrer, country: country, browser: browser)
        }
        let single = Int(Double(visitors) * 0.587)
        let top = site.base.paths.prefix(3)
        return JSONResponse.make(TinylyticsJourneysResponse(
            userJourneys: journeys,
            summary: .init(totalVisitors: visitors, multiPageVisitors: visitors - single, singlePageVisitors: single,
                           bounceRate: visitors == 0 ? 0 : (Double(single) / Double(visitors) * 1000).rounded() / 10),
            insights: .init(
                topEntryPages: top.map { TinylyticsPathVisitors(path: $0.key, visitors: Int(Double(visitors) * $0.weight)) },
                topExitPages: top.reversed().map { TinylyticsPathVisitors(path: $0.key, visitors: Int(Double(visitors) * $0.weight * 0.6)) }),
            pagination: query.paging.pagination(total: visitors),
            filters: .init(startDate: query.startDate, endDate: query.endDate, timeZone: query.timeZone)))
    }
}
