#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The body of `GET /me`: the account and the key used.
public struct TinylyticsAccount: Codable, Sendable, Hashable {
    public struct APIKey: Codable, Sendable, Hashable {
        public var name: String?
        /// `read_only` or `full_access` (kept as sent).
        public var accessType: String?
        public var lastUsedAt: Date?

        public init(name: String?, accessType: String?, lastUsedAt: Date?) {
            self.name = name
            self.accessType = accessType
            self.lastUsedAt = lastUsedAt
        }

        enum CodingKeys: String, CodingKey {
            case name
            case accessType = "access_type"
            case lastUsedAt = "last_used_at"
        }
    }

    public var id: Int
    public var email: String?
    public var isSubscribed: Bool?
    public var createdAt: Date?
    public var apiKey: APIKey?

    public init(id: Int, email: String?, isSubscribed: Bool?, createdAt: Date?, apiKey: APIKey?) {
        self.id = id
        self.email = email
        self.isSubscribed = isSubscribed
        self.createdAt = createdAt
        self.apiKey = apiKey
    }

    enum CodingKeys: String, CodingKey {
        case id, email
        case isSubscribed = "is_subscribed"
        case createdAt = "created_at"
        case apiKey = "api_key"
    }
}

/// `GET /sites/:id`: documented as the bare site; one public client read it wrapped in
/// `{"site": {...}}`. Both decode; it encodes bare, as documented.
public struct TinylyticsSiteResponse: Codable, Sendable, Hashable {
    public var site: TinylyticsSite

    public init(site: TinylyticsSite) { self.site = site }

    enum Wrapped: String, CodingKey { case site }

    public init(from decoder: any Decoder) throws {
        if let wrapped = try? decoder.container(keyedBy: Wrapped.self), wrapped.contains(.site) {
            site = try wrapped.decode(TinylyticsSite.self, forKey: .site)
        } else {
            site = try TinylyticsSite(from: decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try site.encode(to: encoder)
    }
}
