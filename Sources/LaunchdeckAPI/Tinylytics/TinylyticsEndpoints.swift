/// Paths and query parameters of the Tinylytics API v1, relative to its base URL
/// (`https://tinylytics.app/api/v1`). The client builds requests from these and the
/// simulator routes and parses with them, so the two cannot drift apart.
public enum TinylyticsEndpoints {
    public static let sites = "/sites"
    public static func site(_ id: Int) -> String { "/sites/\(id)" }
    public static func hits(site id: Int) -> String { "/sites/\(id)/hits" }

    /// Documented `per_page` cap of the hits, kudos and leaderboard endpoints.
    public static let hitsPerPageMax = 1000
    /// Longest date range the analytics endpoints accept, in days.
    public static let maxRangeDays = 730
    /// Authenticated requests allowed per hour per API key.
    public static let requestsPerHour = 1000
}

/// The query of `GET /sites/:id/hits`, as the client sends it. The answer's echo of it is
/// `TinylyticsHitFilters`: another side of the wire (JSON, no paging, `group_by` unchecked).
public struct TinylyticsHitsQuery: Sendable, Hashable {
    public var startDate: String?
    public var endDate: String?
    public var timeZone: String?
    public var country: String?
    public var path: String?
    public var referrer: String?
    public var groupBy: TinylyticsGroupBy?
    public var page: Int?
    public var perPage: Int?

    public init(startDate: String? = nil, endDate: String? = nil, timeZone: String? = nil, country: String? = nil,
                path: String? = nil, referrer: String? = nil, groupBy: TinylyticsGroupBy? = nil,
                page: Int? = nil, perPage: Int? = nil) {
        self.startDate = startDate
        self.endDate = endDate
        self.timeZone = timeZone
        self.country = country
        self.path = path
        self.referrer = referrer
        self.groupBy = groupBy
        self.page = page
        self.perPage = perPage
    }

    /// The query items in the order the docs write them.
    public var items: [(name: String, value: String)] {
        var items: [(String, String)] = []
        if let groupBy {
            items.append(("grouped", "true"))
            items.append(("group_by", groupBy.rawValue))
        }
        if let startDate { items.append(("start_date", startDate)) }
        if let endDate { items.append(("end_date", endDate)) }
        if let timeZone { items.append(("time_zone", timeZone)) }
        if let country { items.append(("country", country)) }
        if let path { items.append(("path", path)) }
        if let referrer { items.append(("referrer", referrer)) }
        if let page { items.append(("page", String(page))) }
        if let perPage { items.append(("per_page", String(perPage))) }
        return items.map { (name: $0.0, value: $0.1) }
    }
}

extension TinylyticsEndpoints {
    public static let me = "/me"
    public static func kudos(site id: Int) -> String { "/sites/\(id)/kudos" }
    public static func leaderboard(site id: Int) -> String { "/sites/\(id)/leaderboard" }
    public static func userJourneys(site id: Int) -> String { "/sites/\(id)/user_journeys" }
    public static func insights(site id: Int) -> String { "/sites/\(id)/insights" }
    public static func uptime(site id: Int) -> String { "/sites/\(id)/uptime" }
    public static func content(site id: Int) -> String { "/sites/\(id)/content" }

    /// Documented `per_page` caps of the other paged endpoints.
    public static let journeysPerPageMax = 50
    public static let insightsPerPageMax = 50
    public static let uptimePerPageMax = 100
}
