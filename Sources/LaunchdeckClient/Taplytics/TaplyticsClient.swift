#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Reads the Taplytics REST API v2. The key travels in the `x-access-token` header only.
///
/// Lists follow the `Link` header's `rel=next` and never build page URLs themselves; a next
/// link to another host is not followed (it would carry the key there), and an `api_token`
/// the server put in a link is dropped (the header already carries it).
public struct TaplyticsClient: Sendable {
    public let baseURL: URL
    private let apiToken: Secret
    private let executor: RequestExecutor
    public var budget: RateBudget { executor.budget }

    /// Taplytics documents no rate limit; this budget keeps launchdeck polite all the same.
    public static func defaultBudget(now: (@Sendable () -> Duration)? = nil) -> RateBudget {
        RateBudget(limit: 600, window: .seconds(3600), now: now)
    }

    public init(baseURL: URL, apiToken: Secret, transport: any HTTPTransport,
                budget: RateBudget = TaplyticsClient.defaultBudget(), retry: RetryPolicy = RetryPolicy()) {
        self.init(baseURL: baseURL, apiToken: apiToken,
                  executor: RequestExecutor(service: .taplytics, transport: transport, budget: budget, retry: retry))
    }

    public init(baseURL: URL, apiToken: Secret, executor: RequestExecutor) {
        self.baseURL = baseURL
        self.apiToken = apiToken
        self.executor = executor
    }

    /// One page of a Link-paginated list and the links the server gave with it: `next` and
    /// `prev` ready to follow (same host, no key in them), `last` as the server wrote it
    /// (`followable(_:)` makes it safe to follow).
    public struct Page<Item: Sendable>: Sendable {
        public var items: [Item]
        public var next: URL?
        public var last: URL?
        public var prev: URL?

        public init(items: [Item], next: URL? = nil, last: URL? = nil, prev: URL? = nil) {
            self.items = items
            self.next = next
            self.last = last
            self.prev = prev
        }
    }

    /// `GET /v2/experiments`, one page.
    public func experiments(_ query: TaplyticsPageQuery = .init()) async throws(ClientError) -> Page<TaplyticsExperiment> {
        try await listPage(try url(TaplyticsEndpoints.experiments, query.items))
    }

    /// Every experiment, page by page through `Link: rel=next`, at most `maxPages`.
    public func experimentPages(perPage: Int = 100, maxPages: Int = 50) -> CursorSequence<URL, Page<TaplyticsExperiment>> {
        linkPages(TaplyticsEndpoints.experiments, perPage: perPage, maxPages: maxPages)
    }

    /// A page of experiments at a link the server gave (`rel='last'`, `'prev'`), made safe
    /// to follow first.
    public func experiments(at link: URL) async throws(ClientError) -> Page<TaplyticsExperiment> {
        try await listPage(try followable(link))
    }

    /// `GET /v2/experiments/{id}`.
    public func experiment(_ id: String) async throws(ClientError) -> TaplyticsExperiment {
        try await get(try url(TaplyticsEndpoints.experiment(try pathID(id))), as: TaplyticsExperiment.self)
    }

    /// `GET /v2/push`, one page.
    public func pushes(_ query: TaplyticsPageQuery = .init()) async throws(ClientError) -> Page<TaplyticsPush> {
        try await listPage(try url(TaplyticsEndpoints.pushes, query.items))
    }

    /// Every push, page by page through `Link: rel=next`, at most `maxPages`.
    public func pushPages(perPage: Int = 100, maxPages: Int = 50) -> CursorSequence<URL, Page<TaplyticsPush>> {
        linkPages(TaplyticsEndpoints.pushes, perPage: perPage, maxPages: maxPages)
    }

    /// A page of pushes at a link the server gave (`rel='last'`, `'prev'`), made safe to
    /// follow first.
    public func pushes(at link: URL) async throws(ClientError) -> Page<TaplyticsPush> {
        try await listPage(try followable(link))
    }

    /// `GET /v2/push/{id}`.
    public func push(_ id: String) async throws(ClientError) -> TaplyticsPush {
        try await get(try url(TaplyticsEndpoints.push(try pathID(id))), as: TaplyticsPush.self)
    }

    /// `GET /v2/users/{id}`, or by your own `user_id` or `email` with the query.
    public func user(_ id: String, _ query: TaplyticsUserQuery = .init()) async throws(ClientError) -> TaplyticsUser {
        try await get(try url(TaplyticsEndpoints.user(try pathID(id)), query.items), as: TaplyticsUser.self)
    }

    /// `GET /v2/users/{id}` for `:user`: one request. The user_id or email goes in the query,
    /// every byte but RFC 3986's unreserved ones percent-encoded (an email's `+` too, which a
    /// plain query item leaves for a server to read as a space). The value is cut out of any
    /// error, and decode notes name the endpoint `/v2/users/{id}`, never the id or query.
    public func lookUp(_ lookup: TaplyticsUserLookup) async throws(ClientError) -> TaplyticsUser {
        let path = lookup.kind == .id ? TaplyticsEndpoints.user(try pathID(lookup.value)) : lookup.path
        var url = try url(path)
        if let parameter = lookup.parameter,
           var components = URLComponents(url: url, resolvingAgainstBaseURL: false) {
            components.percentEncodedQuery = FormEncoding.encode([(parameter.name, parameter.value)])
            guard let encoded = components.url else {
                throw ClientError(.taplytics, .badRequest, detail: "the query cannot go in a URL")
            }
            url = encoded
        }
        let secrets = [apiToken, Secret(lookup.value)]
        let response = try await executor.send(request(url), secrets: secrets)
        do {
            return try ResponseDecoder.decode(TaplyticsUser.self, from: response, service: .taplytics,
                                              endpoint: TaplyticsEndpoints.user("{id}"))
        } catch {
            throw secrets.reduce(error) { $0.redacting($1) }
        }
    }

    /// `GET /v2/usersByToken`, one page.
    public func usersByToken(_ query: TaplyticsUsersByTokenQuery = .init()) async throws(ClientError) -> TaplyticsUsersByTokenPage {
        try await get(try url(TaplyticsEndpoints.usersByToken, query.items), as: TaplyticsUsersByTokenPage.self)
    }

    /// Every user, following `nextPaginationToken` until it is missing or empty (or
    /// `maxPages`): one page in memory at a time.
    public func userPages(perPage: Int = 100, maxPages: Int = 10_000) -> CursorSequence<String, TaplyticsUsersByTokenPage> {
        CursorSequence(first: "", maxPages: maxPages) { token in
            let page = try await usersByToken(.init(paginationToken: token.isEmpty ? nil : token, perPage: perPage))
            return (page, page.hasNext ? page.nextPaginationToken : nil)
        }
    }

    // MARK: - Requests

    private func linkPages<Item: Decodable & Sendable>(_ path: String, perPage: Int,
                                                       maxPages: Int) -> CursorSequence<URL, Page<Item>> {
        let first = BaseURL.join(baseURL, path: path, query: TaplyticsPageQuery(perPage: perPage).items)
            ?? baseURL.appendingPathComponent(path)
        return CursorSequence(first: first, maxPages: maxPages) { url in
            let page: Page<Item> = try await listPage(url)
            return (page, page.next)
        }
    }

    private func listPage<Item: Decodable & Sendable>(_ url: URL) async throws(ClientError) -> Page<Item> {
        let response = try await executor.send(request(url), secrets: [apiToken])
        let items = try ResponseDecoder.decode([Item].self, from: response, service: .taplytics, endpoint: url.path)
        let links = response.header(TaplyticsEndpoints.linkHeader).map(LinkHeader.parse) ?? [:]
        // `last` is kept made safe too (no key in it), so no caller can follow it raw.
        return Page(items: items, next: try links["next"].map(followable), last: links["last"].flatMap { try? followable($0) },
                    prev: links["prev"].flatMap { try? followable($0) })
    }

    private func get<T: Decodable>(_ url: URL, as type: T.Type) async throws(ClientError) -> T {
        try await executor.get(request(url), as: T.self, secrets: [apiToken])
    }

    private func request(_ url: URL) -> TransportRequest {
        TransportRequest(url: url, headers: [
            (TaplyticsEndpoints.tokenHeader, apiToken.reveal()),
            ("Accept", "application/json"),
            ("User-Agent", "launchdeck"),
        ])
    }

    private func url(_ path: String, _ query: [(name: String, value: String)] = []) throws(ClientError) -> URL {
        try BaseURL.endpoint(baseURL, path: path, query: query, for: .taplytics)
    }

    private func pathID(_ id: String) throws(ClientError) -> String {
        try BaseURL.segment(id, for: .taplytics)
    }

    /// A link resolved against the base, kept only on the same scheme, host and port, without
    /// any `api_token` in its query.
    public func followable(_ link: URL) throws(ClientError) -> URL {
        guard let absolute = URL(string: link.absoluteString, relativeTo: baseURL)?.absoluteURL,
              absolute.scheme == baseURL.scheme, absolute.host == baseURL.host, absolute.port == baseURL.port,
              var components = URLComponents(url: absolute, resolvingAgainstBaseURL: false)
        else {
            throw ClientError(.taplytics, .decoding(path: "Link"), detail: "the next page is on another host; not followed")
        }
        components.queryItems = components.queryItems?.filter { $0.name != TaplyticsEndpoints.Parameter.apiToken }
        if components.queryItems?.isEmpty == true { components.queryItems = nil }
        return components.url ?? absolute
    }
}
