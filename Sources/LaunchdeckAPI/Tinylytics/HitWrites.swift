/// The body of `POST /sites/:id/hits` (and one row of the batch).
public struct TinylyticsNewHit: Codable, Sendable, Hashable {
    public var path: String
    public var country: String?
    public var ipAddress: String?
    public var url: String?
    public var referrer: String?
    public var userAgent: String?
    public var visitorID: String?
    public var source: String?

    public init(path: String, country: String? = nil, ipAddress: String? = nil, url: String? = nil,
                referrer: String? = nil, userAgent: String? = nil, visitorID: String? = nil, source: String? = nil) {
        self.path = path
        self.country = country
        self.ipAddress = ipAddress
        self.url = url
        self.referrer = referrer
        self.userAgent = userAgent
        self.visitorID = visitorID
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case path, country, url, referrer, source
        case ipAddress = "ip_address"
        case userAgent = "user_agent"
        case visitorID = "visitor_id"
    }
}

/// The answer to `POST /sites/:id/hits`: 201 `created` with the hit, or 202 `ignored`
/// with a reason (422 `error` comes back as a typed error).
public struct TinylyticsHitCreated: Codable, Sendable, Hashable {
    public var status: String
    public var hit: TinylyticsHit?
    public var reason: String?

    public init(status: String, hit: TinylyticsHit?, reason: String?) {
        self.status = status
        self.hit = hit
        self.reason = reason
    }
}
