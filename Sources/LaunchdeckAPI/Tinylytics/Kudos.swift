#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One kudo: a reader's "like" on a path.
public struct TinylyticsKudo: Codable, Sendable, Hashable {
    public var id: Int
    public var uid: String
    public var path: String
    public var createdAt: Date?

    public init(id: Int, uid: String, path: String, createdAt: Date?) {
        self.id = id
        self.uid = uid
        self.path = path
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, uid, path
        case createdAt = "created_at"
    }
}

/// The `filters` echoed by `GET /sites/:id/kudos`; absent filters are `null`.
public struct TinylyticsKudoFilters: Codable, Sendable, Hashable {
    public var startDate: String?
    public var endDate: String?
    public var timeZone: String?
    public var path: String?
    public var uid: String?

    public init(startDate: String?, endDate: String?, timeZone: String?, path: String?, uid: String?) {
        self.startDate = startDate
        self.endDate = endDate
        self.timeZone = timeZone
        self.path = path
        self.uid = uid
    }

    enum CodingKeys: String, CodingKey {
        case startDate = "start_date"
        case endDate = "end_date"
        case timeZone = "time_zone"
        case path, uid
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(startDate, forKey: .startDate)
        try c.encode(endDate, forKey: .endDate)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(path, forKey: .path)
        try c.encode(uid, forKey: .uid)
    }
}

/// The body of `GET /sites/:id/kudos`.
public struct TinylyticsKudosResponse: Codable, Sendable, Hashable {
    public var kudos: [TinylyticsKudo]
    public var pagination: TinylyticsPagination
    public var filters: TinylyticsKudoFilters?

    public init(kudos: [TinylyticsKudo], pagination: TinylyticsPagination, filters: TinylyticsKudoFilters?) {
        self.kudos = kudos
        self.pagination = pagination
        self.filters = filters
    }
}
