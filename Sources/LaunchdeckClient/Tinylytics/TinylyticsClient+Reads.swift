#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// The read endpoints of Tinylytics API v1 beyond sites and grouped hits.
extension TinylyticsClient {
    /// `GET /me`: the account and key; the cheapest call that proves a key works.
    public func me() async throws(ClientError) -> TinylyticsAccount {
        try await get(TinylyticsEndpoints.me, as: TinylyticsAccount.self)
    }

    /// `GET /sites/:id`, bare or wrapped in `site`.
    public func site(_ id: Int) async throws(ClientError) -> TinylyticsSite {
        try await get(TinylyticsEndpoints.site(id), as: TinylyticsSiteResponse.self).site
    }

    /// `GET /sites/:id/hits` without grouping: raw hits, one page.
    public func hits(site: Int, query: TinylyticsHitsQuery) async throws(ClientError) -> TinylyticsHitsResponse {
        var query = query
        query.groupBy = nil
        return try await get(TinylyticsEndpoints.hits(site: site), query: query.items, as: TinylyticsHitsResponse.self)
    }

    /// `GET /sites/:id/kudos`, one page.
    public func kudos(site: Int, startDate: String? = nil, endDate: String? = nil, timeZone: String? = nil,
                      path: String? = nil, uid: String? = nil, page: Int? = nil,
                      perPage: Int? = nil) async throws(ClientError) -> TinylyticsKudosResponse {
        try await get(TinylyticsEndpoints.kudos(site: site),
                      query: items(("start_date", startDate), ("end_date", endDate), ("time_zone", timeZone),
                                   ("path", path), ("uid", uid),
                                   ("page", page.map(String.init)), ("per_page", perPage.map(String.init))),
                      as: TinylyticsKudosResponse.self)
    }

    /// `GET /sites/:id/leaderboard`, one page; `path` is a case-insensitive partial match.
    public func leaderboard(site: Int, path: String? = nil, page: Int? = nil,
                            perPage: Int? = nil) async throws(ClientError) -> TinylyticsLeaderboardResponse {
        try await get(TinylyticsEndpoints.leaderboard(site: site),
                      query: items(("path", path), ("page", page.map(String.init)),
                                   ("per_page", perPage.map(String.init))),
                      as: TinylyticsLeaderboardResponse.self)
    }

    /// Every leaderboard page, fetched lazily, at most `maxPages`.
    public func leaderboardPages(site: Int, path: String? = nil, perPage: Int = TinylyticsEndpoints.hitsPerPageMax,
                                 maxPages: Int = 100) -> PagedSequence<TinylyticsLeaderboardResponse> {
        PagedSequence(maxPages: maxPages) { number in
            let page = try await leaderboard(site: site, path: path, page: number, perPage: perPage)
            return (page, page.pagination.hasNext)
        }
    }

    /// `GET /sites/:id/user_journeys` (summary and insights ride along), one page.
    public func userJourneys(site: Int, startDate: String? = nil, endDate: String? = nil, timeZone: String? = nil,
                             page: Int? = nil, perPage: Int? = nil) async throws(ClientError) -> TinylyticsJourneysResponse {
        try await get(TinylyticsEndpoints.userJourneys(site: site),
                      query: items(("start_date", startDate), ("end_date", endDate), ("time_zone", timeZone),
                                   ("page", page.map(String.init)), ("per_page", perPage.map(String.init))),
                      as: TinylyticsJourneysResponse.self)
    }

    /// The `summary` of `GET /sites/:id/user_journeys` for a date range (one journey a page:
    /// the summary covers the whole range whatever the page size).
    public func journeysSummary(site: Int, startDate: String, endDate: String,
                                timeZone: String? = nil) async throws(ClientError) -> TinylyticsJourneysSummaryBody {
        try await get(TinylyticsEndpoints.userJourneys(site: site),
                      query: items(("start_date", startDate), ("end_date", endDate), ("time_zone", timeZone),
                                   ("per_page", "1")),
                      as: TinylyticsJourneysSummaryBody.self)
    }

    /// `GET /sites/:id/insights`: AI insight reports; 403 without a subscription.
    public func insights(site: Int, page: Int? = nil, perPage: Int? = nil) async throws(ClientError) -> TinylyticsInsightsResponse {
        try await get(TinylyticsEndpoints.insights(site: site),
                      query: items(("page", page.map(String.init)), ("per_page", perPage.map(String.init))),
                      as: TinylyticsInsightsResponse.self)
    }

    /// `GET /sites/:id/uptime`: 403 without a subscription, 404 when uptime is off.
    public func uptime(site: Int, page: Int? = nil, perPage: Int? = nil) async throws(ClientError) -> TinylyticsUptimeResponse {
        try await get(TinylyticsEndpoints.uptime(site: site),
                      query: items(("page", page.map(String.init)), ("per_page", perPage.map(String.init))),
                      as: TinylyticsUptimeResponse.self)
    }

    /// `GET /sites/:id/content`: 403 without a subscription or with monitoring off.
    public func content(site: Int) async throws(ClientError) -> TinylyticsContentResponse {
        try await get(TinylyticsEndpoints.content(site: site), as: TinylyticsContentResponse.self)
    }

    private func items(_ pairs: (String, String?)...) -> [(name: String, value: String)] {
        pairs.compactMap { pair in pair.1.map { (name: pair.0, value: $0) } }
    }
}
