import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Synchronization
import Testing

/// The Apteligent client against the simulator on loopback: password grant, token reuse
/// and refresh, paging, and the 20-calls-a-minute limit.
@Suite struct ApteligentClientTests {
    /// Passes requests on to a real transport and counts them by path.
    final class Counting: HTTPTransport {
        let inner: AsyncHTTPTransport
        private let paths = Mutex<[String]>([])
        init(_ inner: AsyncHTTPTransport) { self.inner = inner }
        var sent: [String] { paths.withLock { $0 } }
        func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse {
            paths.withLock { $0.append(request.url.path) }
            return try await inner.send(request, for: service)
        }
    }

    func withSimulator(password: String? = nil, token: String? = nil,
                       _ body: (Simulator, ApteligentClient, Counting) async throws -> Void) async throws {
        let time = SettableTime()
        let simulator = try await Simulator.start(.init(seed: 7, now: { time.now }))
        let login = simulator.apteligentLogin
        let transport = Counting(AsyncHTTPTransport())
        let credentials: ApteligentCredentials = token.map { .accessToken(Secret($0)) }
            ?? .password(clientID: login.clientID, username: login.username, password: Secret(password ?? login.password))
        let client = ApteligentClient(baseURL: simulator.apteligentBaseURL, credentials: credentials, transport: transport)
        var failure: (any Error)?
        do { try await body(simulator, client, transport) } catch { failure = error }
        await transport.inner.shutdown()
        await simulator.stop()
        if let failure { throw failure }
    }

    @Test func passwordGrantThenDataWithOneTokenRequest() async throws {
        try await withSimulator { _, client, transport in
            let apps = try await client.apps(attributes: ["appName", "crashPercent", "appVersions"])
            #expect(apps.count == 2)
            let ios = try #require(apps["519d53101386202089000007"])
            #expect(ios.appName == "Acme iOS")
            #expect(ios.crashPercent == 0.42)
            #expect(ios.dau == nil, "only the attributes asked for")
            let live = try await client.liveStats(app: "519d53101386202089000007")
            #expect(live.crashPercentage == 0.42)
            let graph = try await client.errorGraph(app: "519d53101386202089000007", graph: "crashPercent")
            #expect(graph.series.first?.points.count == 24)
            let counts = try await client.crashCounts(app: "519d53101386202089000007")
            #expect(counts.count == 7)
            #expect(transport.sent.filter { $0.hasSuffix("/v2/token") }.count == 1, "the token is reused")
        }
    }

    @Test func crashTableWalksEveryPageAndOpensOneCrash() async throws {
        try await withSimulator { _, client, _ in
            var rows: [ApteligentCrashRow] = []
            for try await page in client.crashTablePages(app: "519d53101386202089000007") { rows += page.errors }
            #expect(rows.count == 23)
            #expect(Set(rows.map(\.hash)).count == 23)
            let first = try #require(rows.first)
            let crash = try await client.crash(app: "519d53101386202089000007", hash: first.hash)
            #expect(crash.reason == first.reason)
            #expect(crash.stacktrace?.contains { $0.suspect == true } == true)
            #expect(crash.suspectLine != nil)
        }
    }

    @Test func concurrentCallsShareOneTokenGrant() async throws {
        try await withSimulator { _, client, transport in
            async let a = client.apps(attributes: ["appName"])
            async let b = client.liveStats(app: "519d53101386202089000007")
            async let c = client.crashCounts(app: "519d53101386202089000007")
            _ = try await (a, b, c)
            #expect(transport.sent.filter { $0.hasSuffix("/v2/token") }.count == 1)
        }
    }

    @Test func aRevokedTokenIsReplacedOnceAndTheCallSucceeds() async throws {
        try await withSimulator { simulator, client, transport in
            _ = try await client.apps(attributes: ["appName"])
            await simulator.revokeApteligentTokens()
            let apps = try await client.apps(attributes: ["appName"])
            #expect(apps.count == 2)
            #expect(transport.sent.filter { $0.hasSuffix("/v2/token") }.count == 2)
            #expect(transport.sent.filter { $0.hasSuffix("/v2/apps") }.count == 3)
        }
    }

    @Test func aWrongPasswordIsATypedError() async throws {
        try await withSimulator(password: "wrong") { _, client, _ in
            await #expect(throws: ClientError(.apteligent, .badRequest, detail: "invalid_grant")) {
                try await client.apps()
            }
        }
    }

    @Test func aGivenAccessTokenIsUsedAsIsAndNeverRefreshed() async throws {
        try await withSimulator(token: "not-a-real-token") { _, client, transport in
            await #expect(throws: ClientError.self) { try await client.apps() }
            #expect(transport.sent.allSatisfy { !$0.hasSuffix("/v2/token") })
            #expect(transport.sent.count == 1)
        }
    }

    @Test func theSimulatorAnswersThe21stCallInAMinuteWith429() async throws {
        let simulator = try await Simulator.start(.init(seed: 7, now: { SettableTime().now }))
        let transport = AsyncHTTPTransport()
        let url = try #require(URL(string: simulator.apteligentBaseURL.absoluteString + "/v2/apps"))
        var last: TransportResponse?
        for _ in 0..<21 { last = try? await transport.send(TransportRequest(url: url), for: .apteligent) }
        await transport.shutdown()
        await simulator.stop()
        let response = try #require(last)
        #expect(response.status == 429)
        #expect(response.header("Rate-Limit-Limit") == "20")
        #expect(response.header("Rate-Limit-Remaining") == "0")
        #expect(response.header("Rate-Limit-Reset") == "60")
        let body = try JSONDecoder().decode(ApteligentRateLimitBody.self, from: response.body)
        #expect(body == ApteligentRateLimitBody(actual: 21, message: "API rate limit exceeded", limit: 20, reset: 60, success: 0))
    }

    @Test func theClientNeverSendsACallTheLimitWouldRefuse() async throws {
        try await withSimulator { _, client, transport in
            var refused: ClientError?
            for _ in 0..<25 {
                do { _ = try await client.liveStats(app: "519d53101386202089000007") } catch let error as ClientError {
                    refused = error
                    break
                }
            }
            #expect(refused?.kind == .rateLimited)
            #expect(transport.sent.count == 20, "the token call and 19 data calls; no 429 was ever answered")
            #expect(await client.budget.state().left == 0)
        }
    }

    @Test func aTokenReplyWithoutAccessTokenIsATypedError() async throws {
        let transport = ScriptedTransport(body: #"{"token_type": "bearer", "expires_in": 10}"#)
        let client = ApteligentClient(
            baseURL: try BaseURL.parse("https://developers.crittercism.com", for: .apteligent),
            credentials: .password(clientID: "cid", username: "u", password: Secret("pw")), transport: transport)
        await #expect(throws: ClientError(.apteligent, .decoding(path: "access_token"), detail: "missing")) {
            try await client.apps()
        }
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.headers.contains { $0.name == "Authorization" && $0.value == "Basic Y2lkOg==" })
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self) == "grant_type=password&username=u&password=pw")
    }

    /// The login body is form-encoded byte by byte: only RFC 3986's unreserved ASCII stays as
    /// it is (a non-ASCII letter is UTF-8 percent-encoded, not sent raw); header names match
    /// in any ASCII case.
    @Test func theLoginBodyEncodesEveryReservedAndNonASCIIByte() async throws {
        let transport = ScriptedTransport(body: #"{"token_type": "bearer", "expires_in": 10}"#)
        let client = ApteligentClient(
            baseURL: try BaseURL.parse("https://developers.crittercism.com", for: .apteligent),
            credentials: .password(clientID: "cid", username: "zoë+ops@acme.example",
                                   password: Secret("a b&c=d/%~_.-Z9")), transport: transport)
        _ = try? await client.apps()
        let request = try #require(transport.requests.first)
        #expect(String(decoding: request.body ?? Data(), as: UTF8.self)
            == "grant_type=password&username=zo%C3%AB%2Bops%40acme.example&password=a%20b%26c%3Dd%2F%25~_.-Z9")
        let response = TransportResponse(status: 200, headers: [(name: "rate-LIMIT-remaining", value: "7")], body: Data())
        #expect(response.header("Rate-Limit-Remaining") == "7")
        #expect(response.header("Rate-Limit-Remainin") == nil)
    }
}
