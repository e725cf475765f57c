#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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

    /// Only the id is required: a site whose uid, URL or label cannot be read is still the
    /// site (named "site ID", with no URL), and the note says which field was not read.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        uid = try c.decodeIfPresent(String.self, forKey: .uid) ?? ""
        url = try c.decodeIfPresent(String.self, forKey: .url) ?? ""
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? "site \(id)"
        lifetimeHits = try c.decodeIfPresent(Int.self, forKey: .lifetimeHits)
        lifetimeUniqueHits = try c.decodeIfPresent(Int.self, forKey: .lifetimeUniqueHits)
        lifetimeKudos = try c.decodeIfPresent(Int.self, forKey: .lifetimeKudos)
        active = try c.decodeIfPresent(Bool.self, forKey: .active)
        isPublic = try c.decodeIfPresent(Bool.self, forKey: .isPublic)
        createdAt = try c.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt)
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
