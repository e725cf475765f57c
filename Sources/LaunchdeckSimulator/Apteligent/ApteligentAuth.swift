#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI
import NIOCore

/// Apteligent's OAuth2 password grant and its per-client rate limit (20 calls a minute),
/// with the `Rate-Limit-*` headers on every answer.
actor ApteligentAuthority {
    struct Demo: Sendable {
        var clientID: String
        var username: String
        var password: String
    }

    let demo: Demo
    let now: @Sendable () -> Date
    let limit: Int
    private var tokens: [String: Date] = [:]
    /// The current one-minute bucket of each client: when it started and calls in it.
    private var buckets: [String: (start: Date, calls: Int)] = [:]
    private var random: SeededRandom

    init(demo: Demo, seed: UInt64, limit: Int = ApteligentEndpoints.defaultCallsPerMinute,
         now: @escaping @Sendable () -> Date) {
        self.demo = demo
        self.now = now
        self.limit = limit
        self.random = SeededRandom(seed: seed ^ 0x70CE)
    }

    /// Checks `Authorization: Basic base64(clientId:)` and the form body; a token or nil.
    func grant(basic: String?, form: [String: String]) -> (token: String, expiresIn: Int)? {
        guard let basic, basic.hasPrefix("Basic "),
              let decoded = Data(base64Encoded: String(basic.dropFirst(6))).map({ String(decoding: $0, as: UTF8.self) }),
              decoded == demo.clientID + ":" || decoded == demo.clientID,
              form["grant_type"] == "password", form["username"] == demo.username, form["password"] == demo.password
        else { return nil }
        let seconds = min(max(Int(form["duration"] ?? "") ?? ApteligentEndpoints.defaultTokenSeconds, 1), 31_536_000)
        let token = random.hex(bytes: 16)
        tokens[token] = now().addingTimeInterval(Double(seconds))
        return (token, seconds)
    }

    func isValid(bearer: String?) -> Bool {
        guard let bearer, bearer.hasPrefix("Bearer "), let expiry = tokens[String(bearer.dropFirst(7))] else { return false }
        return now() < expiry
    }

    /// Revokes every token (tests: a 401 mid-session).
    func revokeAll() { tokens.removeAll() }

    /// Counts a call; returns the headers, and whether it is over the limit.
    func count(client: String) -> (headers: [(String, String)], over: Bool, body: ApteligentRateLimitBody?) {
        let t = now()
        var bucket = buckets[client] ?? (t, 0)
        if t.timeIntervalSince(bucket.start) >= 60 { bucket = (t, 0) }
        bucket.calls += 1
        buckets[client] = bucket
        let reset = max(0, Int((60 - t.timeIntervalSince(bucket.start)).rounded(.up)))
        // As the seed documents it: the average calls a minute the client could still make
        // until the reset without being limited (the calls left spread over the time left),
        // not a count of calls left.
        let left = max(0, limit - bucket.calls)
        let remaining = reset > 0 ? left * 60 / reset : left
        let headers = [("Rate-Limit-Limit", String(limit)), ("Rate-Limit-Remaining", String(remaining)),
                       ("Rate-Limit-Reset", String(reset))]
        guard bucket.calls > limit else { return (headers, false, nil) }
        return (headers, true, ApteligentRateLimitBody(actual: bucket.calls, message: "API rate limit exceeded",
                                                         limit: limit, reset: reset, success: 0))
    }
}

/// Puts the rate limit in front of every Apteligent route, then the Bearer check on data routes.
struct ApteligentMiddleware<Context: RequestContext>: RouterMiddleware {
    let authority: ApteligentAuthority

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let isToken = path.hasSuffix(ApteligentEndpoints.token) || path.hasSuffix(ApteligentEndpoints.legacyToken)
        // One simulated OAuth2 client: its token calls and data calls share one bucket.
        let counted = await authority.count(client: "demo")
        var response: Response
        if counted.over, let body = counted.body {
            response = JSONResponse.make(body, status: .tooManyRequests)
        } else if !isToken, await !authority.isValid(bearer: request.headers[.authorization]) {
            response = JSONResponse.make(ApteligentErrorBody(message: "invalid or expired access token", success: 0),
                                         status: .unauthorized)
        } else {
            response = try await next(request, context)
        }
        for (name, value) in counted.headers {
            if let field = FieldName(name) { response.headers[field] = value }
        }
        return response
    }
}

/// The error body the simulator sends where the docs show none.
struct ApteligentErrorBody: Codable {
    var message: String
    var success: Int
}
