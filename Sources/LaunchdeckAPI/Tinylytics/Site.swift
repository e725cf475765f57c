import Foundation

/// A Tinylytics site, as `GET /sites` lists it and `GET /sites/:id` returns it.
public struct TinylyticsSite: Codable, Sendable, Hashable {
    public var id: Int
    public var uid: String
    public var url: String
    public var label: String
    public var lifetimeHits: Int?
    public var lifetimeUniqueHits: Int?
    public var lifetimeKudos: Int?
    public var active: Bool?
    public var isPublic: Bool?
    public var createdAt: Date?
    public var updatedAt: Date?

    public init(id: Int, uid: String, url: String, label: String, lifetimeHits: Int? = nil,
                lifetimeUniqueHits: Int? = nil, lifetimeKudos: Int? = nil, active: Bool? = nil,
                isPublic: Bool? = nil, createdAt: Date? = nil, updatedAt: Date? = nil) {
        self.id = id
        self.uid = uid
        self.url = url
        self.label = label
        self.lifetimeHits = lifetimeHits
        self.lifetimeUniqueHits = lifetimeUniqueHits
        self.lifetimeKudos = lifetimeKudos
        self.active = active
        self.isPublic = isPublic
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, uid, url, label, active
        case lifetimeHits = "lifetime_hits"
        case lifetimeUniqueHits = "lifetime_unique_hits"
        case lifetimeKudos = "lifetime_kudos"
        case isPublic = "public"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// The body of `GET /sites`.
public struct TinylyticsSitesResponse: Codable, Sendable, Hashable {
    public var sites: [TinylyticsSite]
    public init(sites: [TinylyticsSite]) { self.sites = sites }
}
