/// The body of `GET /v2/usersByToken`: one page of users and the token of the next page.
/// The last page is inferred to have a missing or empty `nextPaginationToken`; a page without
/// `users` decodes as empty.
public struct TaplyticsUsersByTokenPage: Codable, Sendable, Hashable {
    public var users: [TaplyticsUser]
    public var nextPaginationToken: String?
    /// How many users this page holds, as the API counts them.
    public var numEntities: Int?

    public init(users: [TaplyticsUser], nextPaginationToken: String?, numEntities: Int? = nil) {
        self.users = users
        self.nextPaginationToken = nextPaginationToken
        self.numEntities = numEntities
    }

    /// True when a page follows this one.
    public var hasNext: Bool { !(nextPaginationToken ?? "").isEmpty }

    enum CodingKeys: String, CodingKey {
        case users, nextPaginationToken, numEntities
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        users = try c.decodeIfPresent([TaplyticsUser].self, forKey: .users) ?? []
        nextPaginationToken = try c.decodeIfPresent(String.self, forKey: .nextPaginationToken)
        numEntities = try c.decodeIfPresent(Int.self, forKey: .numEntities)
    }
}
