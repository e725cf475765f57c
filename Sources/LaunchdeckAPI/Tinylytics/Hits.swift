#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One raw hit of `GET /sites/:id/hits` (ungrouped), or the `hit` of `POST /sites/:id/hits`.
public struct TinylyticsHit: Codable, Sendable, Hashable {
    public var id: Int
    public var url: String?
    public var path: String
    public var referrer: String?
    public var country: String?
    public var browserName: String?
    public var platformName: String?
    public var isMobile: Bool?
    public var source: String?
    public var uniqueHash: String?
    public var visitorHash: String?
    public var createdAt: Date?

    public init(id: Int, url: String? = nil, path: String, referrer: String? = nil, country: String? = nil,
                browserName: String? = nil, platformName: String? = nil, isMobile: Bool? = nil, source: String? = nil,
                uniqueHash: String? = nil, visitorHash: String? = nil, createdAt: Date? = nil) {
        self.id = id
        self.url = url
        self.path = path
        self.referrer = referrer
        self.country = country
        self.browserName = browserName
        self.platformName = platformName
        self.isMobile = isMobile
        self.source = source
        self.uniqueHash = uniqueHash
        self.visitorHash = visitorHash
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, url, path, referrer, country, source
        case browserName = "browser_name"
        case platformName = "platform_name"
        case isMobile = "is_mobile"
        case uniqueHash = "unique_hash"
        case visitorHash = "visitor_hash"
        case createdAt = "created_at"
    }
}

/// The body of `GET /sites/:id/hits` without `grouped=true`.
public struct TinylyticsHitsResponse: Codable, Sendable, Hashable {
    public var hits: [TinylyticsHit]
    public var pagination: TinylyticsPagination
    public var filters: TinylyticsHitFilters?

    public init(hits: [TinylyticsHit], pagination: TinylyticsPagination, filters: TinylyticsHitFilters?) {
        self.hits = hits
        self.pagination = pagination
        self.filters = filters
    }
}
