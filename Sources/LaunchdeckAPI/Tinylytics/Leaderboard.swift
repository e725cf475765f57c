#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One path of the all-time leaderboard.
public struct TinylyticsLeaderboardEntry: Codable, Sendable, Hashable {
    public var path: String
    public var totalHits: Int
    public var uniqueHits: Int?
    public var percentage: Double?

    public init(path: String, totalHits: Int, uniqueHits: Int?, percentage: Double?) {
        self.path = path
        self.totalHits = totalHits
        self.uniqueHits = uniqueHits
        self.percentage = percentage
    }

    enum CodingKeys: String, CodingKey {
        case path, percentage
        case totalHits = "total_hits"
        case uniqueHits = "unique_hits"
    }
}

/// The short form of a site that several endpoints embed.
public struct TinylyticsSiteSummary: Codable, Sendable, Hashable {
    public var id: Int
    public var uid: String?
    public var url: String?
    public var label: String?

    public init(id: Int, uid: String?, url: String?, label: String?) {
        self.id = id
        self.uid = uid
        self.url = url
        self.label = label
    }
}

/// When the (about hourly) leaderboard cache was filled and when it expires.
public struct TinylyticsCacheInfo: Codable, Sendable, Hashable {
    public var cachedAt: Date?
    public var expiresAt: Date?

    public init(cachedAt: Date?, expiresAt: Date?) {
        self.cachedAt = cachedAt
        self.expiresAt = expiresAt
    }

    enum CodingKeys: String, CodingKey {
        case cachedAt = "cached_at"
        case expiresAt = "expires_at"
    }
}

/// The body of `GET /sites/:id/leaderboard`.
public struct TinylyticsLeaderboardResponse: Codable, Sendable, Hashable {
    public struct Filters: Codable, Sendable, Hashable {
        public var path: String?
        public init(path: String?) { self.path = path }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
        }
        enum CodingKeys: String, CodingKey { case path }
    }

    public var leaderboard: [TinylyticsLeaderboardEntry]
    public var site: TinylyticsSiteSummary?
    public var pagination: TinylyticsPagination
    public var cacheInfo: TinylyticsCacheInfo?
    public var filters: Filters?

    public init(leaderboard: [TinylyticsLeaderboardEntry], site: TinylyticsSiteSummary?,
                pagination: TinylyticsPagination, cacheInfo: TinylyticsCacheInfo?, filters: Filters?) {
        self.leaderboard = leaderboard
        self.site = site
        self.pagination = pagination
        self.cacheInfo = cacheInfo
        self.filters = filters
    }

    enum CodingKeys: String, CodingKey {
        case leaderboard, site, pagination, filters
        case cacheInfo = "cache_info"
    }
}
