#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Reads the Apteligent REST API v2 with a Bearer token from a password grant (fetched
/// once, kept for its lifetime, fetched again once on a 401) or a given access token.
///
/// Its budget starts at 20 calls a minute and then follows the `Rate-Limit-*` headers.
public struct ApteligentClient: Sendable {
    public let baseURL: URL
    private let credentials: ApteligentCredentials
    private let executor: RequestExecutor
    private let tokens: ApteligentTokenStore
    public var budget: RateBudget { executor.budget }

    /// - Parameter now: the budget's clock (default: time since it was made).
    public static func defaultBudget(now: (@Sendable () -> Duration)? = nil) -> RateBudget {
        RateBudget(limit: ApteligentEndpoints.defaultCallsPerMinute, window: .seconds(60), now: now)
    }

    public init(baseURL: URL, credentials: ApteligentCredentials, transport: any HTTPTransport,
                budget: RateBudget = ApteligentClient.defaultBudget(), retry: RetryPolicy = RetryPolicy()) {
        self.init(baseURL: baseURL, credentials: credentials,
                  executor: RequestExecutor(service: .apteligent, transport: transport, budget: budget, retry: retry))
    }

    /// - Parameter now: a monotonic clock for the token's lifetime (a manual one in tests).
    public init(baseURL: URL, credentials: ApteligentCredentials, executor: RequestExecutor,
                now: (@Sendable () -> Duration)? = nil) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.executor = executor
        let start = ContinuousClock.now
        self.tokens = ApteligentTokenStore(now: now ?? { ContinuousClock.now - start })
    }

    // MARK: - Endpoints

    /// `GET /v2/apps?attributes=…`: app id → app with those attributes.
    public func apps(attributes: [String] = ApteligentApp.attributeNames) async throws(ClientError) -> ApteligentApps {
        try await get(ApteligentEndpoints.apps, [("attributes", attributes.joined(separator: ","))], as: ApteligentApps.self)
    }

    /// `GET /v2/errorMonitoring/graph`: `graph` is dau, mau, rating, crashes, crashPercent,
    /// appLoads, affectedUsers or affectedUserPercent; `duration` in minutes.
    public func errorGraph(app: String, graph: String, duration: Int = 1440) async throws(ClientError) -> ApteligentGraph {
        try await get(ApteligentEndpoints.errorGraph,
                      [("appId", app), ("graph", graph), ("duration", String(duration))], as: ApteligentGraph.self)
    }

    /// `GET /v2/errorMonitoring/pie`, grouped by appVersion, os, carrier, device or appId.
    public func errorPie(app: String, graph: String, groupBy: String,
                         duration: Int = 1440) async throws(ClientError) -> ApteligentPie {
        try await get(ApteligentEndpoints.errorPie, [("appId", app), ("graph", graph), ("duration", String(duration)),
                                                     ("groupBy", groupBy)], as: ApteligentPie.self)
    }

    /// `GET /v2/performanceManagement/pie`: latency, dataIn, dataOut, volume or errors.
    public func performancePie(app: String, graph: String, groupBy: String,
                               duration: Int = 60) async throws(ClientError) -> ApteligentPie {
        try await get(ApteligentEndpoints.performancePie, [("appId", app), ("graph", graph),
                                                           ("duration", String(duration)), ("groupBy", groupBy)],
                      as: ApteligentPie.self)
    }

    /// `GET /v2/crash/paginatedtable/{appId}`, one page.
    public func crashTable(app: String, page: Int = 1, appVersion: String = "all", period: Int = 7,
                           sortBy: String = "usersAffected") async throws(ClientError) -> ApteligentCrashTable {
        try await get(ApteligentEndpoints.crashTable(app: try segment(app)),
                      [("appVersion", appVersion), ("period", String(period)), ("sortBy", sortBy),
                       ("pageNum", String(page))], as: ApteligentCrashTable.self)
    }

    /// Every crash-table page, lazily, at most `maxPages`.
    public func crashTablePages(app: String, appVersion: String = "all", period: Int = 7,
                                sortBy: String = "usersAffected", maxPages: Int = 50) -> PagedSequence<ApteligentCrashTable> {
        PagedSequence(maxPages: maxPages) { number in
            let page = try await crashTable(app: app, page: number, appVersion: appVersion, period: period, sortBy: sortBy)
            return (page, page.hasNext)
        }
    }

    /// `GET /v2/crash/{appId}/{hash}`: one crash group with its stack trace.
    public func crash(app: String, hash: String) async throws(ClientError) -> ApteligentCrash {
        try await get(ApteligentEndpoints.crash(app: try segment(app), hash: try segment(hash)), as: ApteligentCrash.self)
    }

    /// `GET /v2/app/crash/counts/{appId}`: crashes per day.
    public func crashCounts(app: String) async throws(ClientError) -> [ApteligentDailyCount] {
        try await get(ApteligentEndpoints.crashCounts(app: try segment(app)), as: [ApteligentDailyCount].self)
    }

    /// `GET /v2/trends/{appId}`: about 31 daily buckets of each trend's top five categories.
    public func trends(app: String) async throws(ClientError) -> ApteligentTrends {
        try await get(ApteligentEndpoints.trends(app: try segment(app)), as: ApteligentTrends.self)
    }

    /// `GET /v2/liveStats/{appId}/{period}`, `period` an ISO 8601 duration (`PT5M`, `P1D`).
    public func liveStats(app: String, period: String = "PT5M") async throws(ClientError) -> ApteligentLiveStats {
        try await get(ApteligentEndpoints.liveStats(app: try segment(app), period: try segment(period)),
                      as: ApteligentLiveStats.self)
    }

    // MARK: - Requests

    private func get<T: Codable & Sendable & Hashable>(_ path: String, _ query: [(name: String, value: String)] = [],
                                                       as type: T.Type) async throws(ClientError) -> T {
        let url = try url(path, query)
        let token = try await currentToken()
        do {
            return try await send(url, token: token, as: T.self)
        } catch where error.kind == .unauthorized {
            // A revoked or expired token: fetch a new one once, and try once more.
            guard case .password = credentials else { throw error }
            await tokens.invalidate(token)
            return try await send(url, token: try await currentToken(), as: T.self)
        }
    }

    private func send<T: Codable & Sendable & Hashable>(_ url: URL, token: Secret,
                                                        as type: T.Type) async throws(ClientError) -> T {
        let request = TransportRequest(url: url, headers: [
            ("Authorization", "Bearer \(token.reveal())"),
            ("Accept", "application/json"),
            ("User-Agent", "launchdeck"),
        ])
        return try await executor.get(request, as: ApteligentEnvelope<T>.self, secrets: credentials.secrets + [token]).data
    }

    private func currentToken() async throws(ClientError) -> Secret {
        switch credentials {
        case .accessToken(let token):
            return token
        case .password(let clientID, let username, let password):
            let tokenURL = try url(ApteligentEndpoints.token)
            let executor = self.executor
            let secrets = credentials.secrets
            return try await tokens.token { () async throws(ClientError) -> (Secret, Duration) in
                let basic = Data((clientID + ":").utf8).base64EncodedString()
                let body = FormEncoding.encode([("grant_type", "password"), ("username", username),
                                                ("password", password.reveal())])
                let request = TransportRequest(method: "POST", url: tokenURL, headers: [
                    ("Authorization", "Basic \(basic)"),
                    ("Content-Type", "application/x-www-form-urlencoded"),
                    ("Accept", "application/json"),
                ], body: Data(body.utf8))
                let reply = try await executor.get(request, as: ApteligentToken.self, secrets: secrets)
                guard !reply.accessToken.isEmpty else {
                    throw ClientError(.apteligent, .decoding(path: "access_token"), detail: "empty")
                }
                let lifetime = Duration.seconds(reply.expiresIn ?? ApteligentEndpoints.defaultTokenSeconds)
                return (Secret(reply.accessToken), lifetime)
            }
        }
    }

    private func url(_ path: String, _ query: [(name: String, value: String)] = []) throws(ClientError) -> URL {
        try BaseURL.endpoint(baseURL, path: path, query: query, for: .apteligent)
    }

    private func segment(_ id: String) throws(ClientError) -> String {
        try BaseURL.segment(id, for: .apteligent)
    }
}

/// `application/x-www-form-urlencoded` bodies.
/// `application/x-www-form-urlencoded`: every byte of the UTF-8 but RFC 3986's unreserved
/// ASCII (`A-Z a-z 0-9 - . _ ~`) as `%XX`. By hand: Foundation's `alphanumerics` also lets
/// non-ASCII letters through unencoded, and its character sets load CoreFoundation's
/// Unicode tables (about 0.3 MB resident) for one login body.
enum FormEncoding {
    static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }

    static func escape(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
