/// What `GET /sites/:id/hits?grouped=true` can group by.
public enum TinylyticsGroupBy: String, Codable, Sendable, CaseIterable {
    case path, country, referrer
    case browserName = "browser_name"
    case platformName = "platform_name"
}

/// One row of grouped hits. Grouped by path a row has `views` (and `unique_views` when the
/// site tracks unique hits); other groupings have `hit_count`.
public struct TinylyticsGroupedHit: Codable, Sendable, Hashable {
    public var groupBy: TinylyticsGroupBy
    /// The path, country code, referrer, browser or platform this row counts.
    public var key: String?
    public var views: Int?
    public var uniqueViews: Int?
    public var hitCount: Int?

    public init(groupBy: TinylyticsGroupBy, key: String?, views: Int? = nil, uniqueViews: Int? = nil,
                hitCount: Int? = nil) {
        self.groupBy = groupBy
        self.key = key
        self.views = views
        self.uniqueViews = uniqueViews
        self.hitCount = hitCount
    }

    /// Views when grouped by path, the hit count otherwise.
    public var count: Int { views ?? hitCount ?? 0 }

    struct Keys: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static let views = Keys(stringValue: "views")
        static let uniqueViews = Keys(stringValue: "unique_views")
        static let hitCount = Keys(stringValue: "hit_count")
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        guard let dimension = TinylyticsGroupBy.allCases.first(where: {
            container.contains(Keys(stringValue: $0.rawValue))
        }) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "a grouped hit needs one of: "
                    + TinylyticsGroupBy.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        groupBy = dimension
        key = try container.decodeIfPresent(String.self, forKey: Keys(stringValue: dimension.rawValue))
        views = try container.decodeIfPresent(Int.self, forKey: .views)
        uniqueViews = try container.decodeIfPresent(Int.self, forKey: .uniqueViews)
        hitCount = try container.decodeIfPresent(Int.self, forKey: .hitCount)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(key, forKey: Keys(stringValue: groupBy.rawValue))
        try container.encodeIfPresent(views, forKey: .views)
        try container.encodeIfPresent(uniqueViews, forKey: .uniqueViews)
        try container.encodeIfPresent(hitCount, forKey: .hitCount)
    }
}

/// The `filters` object echoed by the hits endpoint; absent filters are `null`, as documented.
/// Not `TinylyticsHitsQuery`: this is the JSON the server answers (`grouped`, `group_by` as it
/// says it), that is the query string the client sends (typed `group_by`, paging).
public struct TinylyticsHitFilters: Codable, Sendable, Hashable {
    public var startDate: String?
    public var endDate: String?
    public var timeZone: String?
    public var country: String?
    public var path: String?
    public var referrer: String?
    public var grouped: Bool?
    public var groupBy: String?

    public init(startDate: String?, endDate: String?, timeZone: String?, country: String? = nil,
                path: String? = nil, referrer: String? = nil, grouped: Bool?, groupBy: String? = nil) {
        self.startDate = startDate
        self.endDate = endDate
        self.timeZone = timeZone
        self.country = country
        self.path = path
        self.referrer = referrer
        self.grouped = grouped
        self.groupBy = groupBy
    }

    enum CodingKeys: String, CodingKey {
        case startDate = "start_date"
        case endDate = "end_date"
        case timeZone = "time_zone"
        case country, path, referrer, grouped
        case groupBy = "group_by"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(startDate, forKey: .startDate)
        try c.encode(endDate, forKey: .endDate)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(country, forKey: .country)
        try c.encode(path, forKey: .path)
        try c.encode(referrer, forKey: .referrer)
        try c.encode(grouped, forKey: .grouped)
        // The doc shows group_by only on grouped answers.
        if grouped == true { try c.encode(groupBy, forKey: .groupBy) }
    }
}

/// The body of `GET /sites/:id/hits?grouped=true`.
public struct TinylyticsGroupedHitsResponse: Codable, Sendable, Hashable {
    public var groupedHits: [TinylyticsGroupedHit]
    public var pagination: TinylyticsPagination
    public var filters: TinylyticsHitFilters?

    public init(groupedHits: [TinylyticsGroupedHit], pagination: TinylyticsPagination, filters: TinylyticsHitFilters?) {
        self.groupedHits = groupedHits
        self.pagination = pagination
        self.filters = filters
    }

    enum CodingKeys: String, CodingKey {
        case groupedHits = "grouped_hits"
        case pagination, filters
    }
}
