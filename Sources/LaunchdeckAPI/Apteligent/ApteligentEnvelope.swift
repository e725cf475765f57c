/// Every Apteligent v2 body: an object whose `data` member holds the answer.
public struct ApteligentEnvelope<Payload: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    public var data: Payload
    public init(data: Payload) { self.data = data }
}

/// The reply of `POST /v2/token` (OAuth2 password grant).
public struct ApteligentToken: Codable, Sendable, Hashable {
    public var accessToken: String
    public var tokenType: String?
    /// Seconds until the token expires (30 days by default).
    public var expiresIn: Int?

    public init(accessToken: String, tokenType: String?, expiresIn: Int?) {
        self.accessToken = accessToken
        self.tokenType = tokenType
        self.expiresIn = expiresIn
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
    }
}

/// The 429 body: `{"actual": 25, "message": "API rate limit exceeded", "limit": 20, "reset": 42, "success": 0}`.
public struct ApteligentRateLimitBody: Codable, Sendable, Hashable {
    public var actual: Int
    public var message: String
    public var limit: Int
    public var reset: Int
    public var success: Int

    public init(actual: Int, message: String, limit: Int, reset: Int, success: Int) {
        self.actual = actual
        self.message = message
        self.limit = limit
        self.reset = reset
        self.success = success
    }
}
