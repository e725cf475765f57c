/// Paths and query parameters of the Taplytics REST API v2 (read side), relative to its
/// base URL (`https://api.taplytics.com`). The client builds requests from these and the
/// simulator routes and parses with them, so the two cannot drift apart.
///
/// Ids go into the path as given: Taplytics ids are hex strings. To find a user by your own
/// id or email, use `user(_:)` with `TaplyticsUserQuery`.
public enum TaplyticsEndpoints {
    public static let defaultBaseURL = "https://api.taplytics.com"

    /// `GET`: a page of experiments (a bare JSON array of `TaplyticsExperiment`).
    public static let experiments = "/v2/experiments"
    /// `GET`: one experiment.
    public static func experiment(_ id: String) -> String { "/v2/experiments/\(id)" }
    /// `GET`: a page of push notifications (a bare JSON array of `TaplyticsPush`).
    public static let pushes = "/v2/push"
    /// `GET`: one push notification.
    public static func push(_ id: String) -> String { "/v2/push/\(id)" }
    /// `GET`: one user, by Taplytics id.
    public static func user(_ id: String) -> String { "/v2/users/\(id)" }
    /// `GET`: a page of users (`TaplyticsUsersByTokenPage`), paged by token.
    public static let usersByToken = "/v2/usersByToken"

    /// The header that carries the REST API key; preferred over the `api_token` query
    /// parameter so the key never lands in a URL.
    public static let tokenHeader = "x-access-token"
    /// The header of paginated answers with the `first`, `prev`, `next` and `last` pages.
    public static let linkHeader = "Link"
    /// Accounts get at most this many items per page by default.
    public static let perPageMax = 100

    /// The documented query parameter names.
    public enum Parameter {
        /// The REST API key as a query parameter (documented; launchdeck sends the header).
        public static let apiToken = "api_token"
        public static let page = "page"
        public static let perPage = "per_page"
        /// The usersByToken page token.
        public static let paginationToken = "paginationToken"
        /// Your own user id, on `GET /v2/users/{id}`.
        public static let userID = "user_id"
        /// The user's email, on `GET /v2/users/{id}`.
        public static let email = "email"
    }
}

/// The query of the page-numbered lists, `GET /v2/experiments` and `GET /v2/push`.
public struct TaplyticsPageQuery: Sendable, Hashable {
    /// 1-based.
    public var page: Int?
    public var perPage: Int?

    public init(page: Int? = nil, perPage: Int? = nil) {
        self.page = page
        self.perPage = perPage
    }

    /// The query items in the order the docs write them (`{?per_page}{&page}`).
    public var items: [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        if let perPage { items.append((name: TaplyticsEndpoints.Parameter.perPage, value: String(perPage))) }
        if let page { items.append((name: TaplyticsEndpoints.Parameter.page, value: String(page))) }
        return items
    }
}

/// The query of `GET /v2/usersByToken`; no token asks for the first page.
public struct TaplyticsUsersByTokenQuery: Sendable, Hashable {
    public var paginationToken: String?
    public var perPage: Int?

    public init(paginationToken: String? = nil, perPage: Int? = nil) {
        self.paginationToken = paginationToken
        self.perPage = perPage
    }

    /// The query items in the order the docs write them (`{?per_page}{?paginationToken}`).
    public var items: [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        if let perPage { items.append((name: TaplyticsEndpoints.Parameter.perPage, value: String(perPage))) }
        if let paginationToken, !paginationToken.isEmpty {
            items.append((name: TaplyticsEndpoints.Parameter.paginationToken, value: paginationToken))
        }
        return items
    }
}

/// The optional query of `GET /v2/users/{id}`: find the user by your own id or email.
public struct TaplyticsUserQuery: Sendable, Hashable {
    public var userID: String?
    public var email: String?

    public init(userID: String? = nil, email: String? = nil) {
        self.userID = userID
        self.email = email
    }

    public var items: [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        if let userID { items.append((name: TaplyticsEndpoints.Parameter.userID, value: userID)) }
        if let email { items.append((name: TaplyticsEndpoints.Parameter.email, value: email)) }
        return items
    }
}
