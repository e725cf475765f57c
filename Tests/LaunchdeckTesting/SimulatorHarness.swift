import Foundation
import LaunchdeckClient
import LaunchdeckSimulator

/// A running simulator and a loopback HTTP transport, with the demo credentials put where
/// each API wants them. Start one with `withSimulator`.
public struct SimulatorHarness: Sendable {
    public enum API: Sendable {
        /// Tinylytics with the read-only key, or with the full-access key.
        case tinylytics, tinylyticsFullAccess, tinylyticsWrongKey
        /// Taplytics with the token in `x-access-token`.
        case taplytics
        /// Apteligent with a fresh Bearer token (one token call first), or with no auth.
        case apteligent, apteligentBare
    }

    public let simulator: Simulator
    public let transport: AsyncHTTPTransport
    public let clock: SettableTime

    /// `GET path`.
    public func send(_ api: API, _ path: String) async throws -> TransportResponse {
        try await send(api, "GET", path)
    }

    /// Sends `method path` (relative to the API's base URL) and returns the raw answer.
    public func send(_ api: API, _ method: String = "GET", _ path: String, body: Data? = nil,
                     headers extra: [(name: String, value: String)] = []) async throws -> TransportResponse {
        var headers = extra
        let base: URL
        let service: Service
        switch api {
        case .tinylytics, .tinylyticsFullAccess, .tinylyticsWrongKey:
            base = simulator.tinylyticsBaseURL
            service = .tinylytics
            let key = api == .tinylytics ? simulator.tinylyticsKeys.readOnly
                : (api == .tinylyticsFullAccess ? simulator.tinylyticsKeys.fullAccess : "tly-ro-not-a-key")
            headers.append(("Authorization", "Bearer \(key)"))
        case .taplytics:
            base = simulator.taplyticsBaseURL
            service = .taplytics
            headers.append(("x-access-token", simulator.taplyticsToken))
        case .apteligent, .apteligentBare:
            base = simulator.apteligentBaseURL
            service = .apteligent
            if api == .apteligent { headers.append(("Authorization", "Bearer \(try await apteligentToken())")) }
        }
        if body != nil, !headers.contains(where: { $0.name.lowercased() == "content-type" }) {
            headers.append(("Content-Type", "application/json"))
        }
        guard let url = URL(string: base.absoluteString + path) else { throw URLError(.badURL) }
        return try await transport.send(TransportRequest(method: method, url: url, headers: headers, body: body), for: service)
    }

    /// The demo account's password grant, as `POST /v2/token` wants it.
    public func apteligentTokenRequest() -> (headers: [(name: String, value: String)], body: Data) {
        let login = simulator.apteligentLogin
        let basic = Data((login.clientID + ":").utf8).base64EncodedString()
        let form = "grant_type=password&username=\(login.username.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            + "&password=\(login.password)"
        return ([("Authorization", "Basic \(basic)"), ("Content-Type", "application/x-www-form-urlencoded")], Data(form.utf8))
    }

    /// A fresh Apteligent access token for the demo account.
    public func apteligentToken() async throws -> String {
        let grant = apteligentTokenRequest()
        let answer = try await send(.apteligentBare, "POST", "/v2/token", body: grant.body, headers: grant.headers)
        let object = try JSONSerialization.jsonObject(with: answer.body) as? [String: Any]
        guard let token = object?["access_token"] as? String else { throw URLError(.userAuthenticationRequired) }
        return token
    }

    /// The value of header `name` in `response` (case-insensitive).
    public static func header(_ name: String, in response: TransportResponse) -> String? {
        response.headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body as a JSON object or array.
    public static func json(_ response: TransportResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed])
    }
}

/// Runs `body` against a simulator on port 0 whose clock the test moves (it starts at
/// `SettableTime()`'s fixed instant unless `options` brings its own clock), then stops it.
public func withSimulator(_ options: Simulator.Options? = nil,
                          _ body: (SimulatorHarness) async throws -> Void) async throws {
    let clock = SettableTime()
    let simulator = try await Simulator.start(options ?? Simulator.Options(port: 0, seed: 7, now: { clock.now }))
    let transport = AsyncHTTPTransport()
    let harness = SimulatorHarness(simulator: simulator, transport: transport, clock: clock)
    do {
        try await body(harness)
    } catch {
        await transport.shutdown()
        await simulator.stop()
        throw error
    }
    await transport.shutdown()
    await simulator.stop()
}
