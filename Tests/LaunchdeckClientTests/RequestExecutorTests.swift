import Foundation
@testable import LaunchdeckClient
import LaunchdeckTesting
import Synchronization
import Testing

/// Retries, backoff, rate-limit headers and 429s, with a scripted transport and a
/// recorded sleep: nothing here waits in real time.
@Suite struct RequestExecutorTests {
    final class Sleeps: Sendable {
        private let values = Mutex<[Duration]>([])
        func record(_ d: Duration) { values.withLock { $0.append(d) } }
        var all: [Duration] { values.withLock { $0 } }
    }

    /// A transport that answers with `statuses` in turn (then 200), with optional headers.
    func scripted(_ answers: [(status: Int, headers: [(name: String, value: String)], body: String)]) -> ScriptedTransport {
        let queue = Mutex(answers)
        return ScriptedTransport { _ throws(ClientError) in
            let next = queue.withLock { $0.isEmpty ? nil : $0.removeFirst() }
            let answer = next ?? (200, [], #"{"ok": true}"#)
            return TransportResponse(status: answer.status, headers: answer.headers, body: Data(answer.body.utf8))
        }
    }

    struct OK: Decodable, Equatable { var ok: Bool }


    func executor(_ transport: ScriptedTransport, sleeps: Sleeps, budget: RateBudget = RateBudget(limit: 100, window: .seconds(60)),
                  service: Service = .apteligent) -> RequestExecutor {
        RequestExecutor(service: service, transport: transport, budget: budget, retry: RetryPolicy(),
                        sleep: { sleeps.record($0) }, jitter: { 1.0 })
    }

    func request(_ method: String = "GET") throws -> TransportRequest {
        TransportRequest(method: method, url: try #require(URL(string: "https://api.example/v2/apps")))
    }

    @Test func serverErrorsAreRetriedWithGrowingBackoff() async throws {
        let transport = scripted([(503, [], "{}"), (502, [], "<html>bad gateway</html>")])
        let sleeps = Sleeps()
        let value = try await executor(transport, sleeps: sleeps).get(try request(), as: OK.self, secrets: [])
        #expect(value == OK(ok: true))
        #expect(transport.requests.count == 3)
        #expect(sleeps.all == [.milliseconds(500), .seconds(1)])
    }

    @Test func retriesStopAfterTheLastAttempt() async throws {
        let transport = scripted([(500, [], #"{"error": "boom"}"#), (500, [], "{}"), (500, [], "{}"), (500, [], "{}")])
        let sleeps = Sleeps()
        await #expect(throws: ClientError(.apteligent, .server(status: 500))) {
            try await executor(transport, sleeps: sleeps).send(try request(), secrets: [])
        }
        #expect(transport.requests.count == 3)
    }

    /// An error's body is read as JSON by the one rule (`ResponseDecoder.looksLikeJSON`): after
    /// a byte-order mark and whitespace, `{` or `[`; anything else gives no message.
    @Test(arguments: [("\u{FEFF} {\"error\": \"Invalid token\"}", "Invalid token"), ("[\"Invalid token\"]", nil),
                      ("<html>Invalid token</html>", nil)] as [(String, String?)])
    func errorBodiesAreSniffedByTheOneRule(body: String, detail: String?) async throws {
        let transport = scripted([(401, [], body)])
        let request = try request()
        do throws(ClientError) {
            _ = try await executor(transport, sleeps: Sleeps()).send(request, secrets: [])
            Issue.record("a 401 must throw")
        } catch {
            #expect(error.kind == .unauthorized)
            #expect(error.detail == detail)
        }
    }

    @Test func writesAndClientErrorsAreNeverRetried() async throws {
        let sleeps = Sleeps()
        let post = scripted([(503, [], "{}")])
        await #expect(throws: ClientError.self) { try await executor(post, sleeps: sleeps).send(try request("POST"), secrets: []) }
        #expect(post.requests.count == 1)
        let unauthorized = scripted([(401, [], #"{"error": "Invalid API key"}"#)])
        await #expect(throws: ClientError(.apteligent, .unauthorized, detail: "Invalid API key")) {
            try await executor(unauthorized, sleeps: sleeps).send(try request(), secrets: [])
        }
        #expect(unauthorized.requests.count == 1)
        #expect(sleeps.all.isEmpty)
    }

    @Test func a429PausesTheBudgetUntilTheResetItGave() async throws {
        let clock = Mutex(Duration.zero)
        let budget = RateBudget(limit: 20, window: .seconds(60), now: { clock.withLock { $0 } })
        let body = #"{"actual": 25, "message": "API rate limit exceeded", "limit": 20, "reset": 42, "success": 0}"#
        let transport = scripted([(429, [("Rate-Limit-Limit", "20"), ("Rate-Limit-Remaining", "0"), ("Rate-Limit-Reset", "42")], body)])
        let run = executor(transport, sleeps: Sleeps(), budget: budget)
        await #expect(throws: ClientError(.apteligent, .rateLimited, detail: "API rate limit exceeded")) {
            try await run.send(try request(), secrets: [])
        }
        // Nothing more is sent until the reset, and the UI can read how long that is.
        await #expect(throws: ClientError(.apteligent, .rateLimited, detail: "the server asked to wait; next in 42 s")) {
            try await run.send(try request(), secrets: [])
        }
        #expect(transport.requests.count == 1)
        #expect(await budget.state() == RateBudget.State(limit: 20, used: 20, resetsIn: .seconds(42),
                                                         server: .init(perMinute: 0, resetsIn: .seconds(42))))
        clock.withLock { $0 = .seconds(42) }
        _ = try await run.send(try request(), secrets: [])
        #expect(transport.requests.count == 2)
    }

    @Test func a429WithOnlyABodyUsesTheBodysReset() async throws {
        let clock = Mutex(Duration.zero)
        let budget = RateBudget(limit: 20, window: .seconds(60), now: { clock.withLock { $0 } })
        let body = #"{"actual": 25, "message": "API rate limit exceeded", "limit": 20, "reset": 7, "success": 0}"#
        let run = executor(scripted([(429, [], body)]), sleeps: Sleeps(), budget: budget)
        _ = try? await run.send(try request(), secrets: [])
        #expect(await budget.state().resetsIn == .seconds(7))
    }

    /// The seed's example: 20 calls a minute; `Rate-Limit-Remaining: 18` is an average of 18
    /// calls a minute that may still be kept up for the 46 s until the reset: 13 calls, not 18.
    @Test func rateLimitRemainingIsARateUntilTheResetNotACount() async throws {
        let clock = Mutex(Duration.zero)
        let budget = RateBudget(limit: 20, window: .seconds(60), now: { clock.withLock { $0 } })
        let headers = [("Rate-Limit-Limit", "30"), ("Rate-Limit-Remaining", "18"), ("Rate-Limit-Reset", "46")]
        let transport = ScriptedTransport { _ throws(ClientError) in
            TransportResponse(status: 200, headers: headers, body: Data(#"{"ok": true}"#.utf8))
        }
        let run = executor(transport, sleeps: Sleeps(), budget: budget)
        _ = try await run.send(try request(), secrets: [])
        #expect(await budget.limit == 30)
        #expect(await budget.state().server == .init(perMinute: 18, resetsIn: .seconds(46)))
        // Each reply says the same (a conservative server); each fresh count is 13, then the
        // ones sent since are taken off it: 13 calls in all after the first.
        for _ in 0..<13 { _ = try await run.send(try request(), secrets: []) }
        await #expect(throws: ClientError(.apteligent, .rateLimited, detail: "the server's budget is used; next in 46 s")) {
            try await run.send(try request(), secrets: [])
        }
        #expect(transport.requests.count == 14)
    }

    /// A rate of 1 a minute for 46 s allows no call before the reset (0.77 of one).
    @Test func aRateTooLowForOneCallBeforeTheResetWaitsForIt() async throws {
        let clock = Mutex(Duration.zero)
        let budget = RateBudget(limit: 20, window: .seconds(60), now: { clock.withLock { $0 } })
        let headers = [("Rate-Limit-Limit", "20"), ("Rate-Limit-Remaining", "1"), ("Rate-Limit-Reset", "46")]
        let run = executor(scripted([(200, headers, #"{"ok": true}"#)]), sleeps: Sleeps(), budget: budget)
        _ = try await run.send(try request(), secrets: [])
        await #expect(throws: ClientError(.apteligent, .rateLimited, detail: "the server's budget is used; next in 46 s")) {
            try await run.send(try request(), secrets: [])
        }
        clock.withLock { $0 = .seconds(46) }
        _ = try await run.send(try request(), secrets: [])
    }

    @Test func neverRetriesPastTheBudget() async throws {
        let budget = RateBudget(limit: 2, window: .seconds(3600), now: { .zero })
        let transport = scripted([(500, [], "{}"), (500, [], "{}"), (500, [], "{}")])
        let sleeps = Sleeps()
        await #expect(throws: ClientError(.apteligent, .rateLimited, detail: "launchdeck's budget of 2 is used; next in 3600 s")) {
            try await executor(transport, sleeps: sleeps, budget: budget).send(try request(), secrets: [])
        }
        #expect(transport.requests.count == 2)
    }

    @Test func policyDecisions() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .seconds(1), maxDelay: .seconds(5))
        let timeout = ClientError(.taplytics, .timeout)
        #expect(policy.decide(after: timeout, attempt: 1, method: "GET", jitter: 0) == .retry(after: .milliseconds(500)))
        #expect(policy.decide(after: timeout, attempt: 3, method: "GET", jitter: 1) == .retry(after: .seconds(4)))
        #expect(policy.decide(after: timeout, attempt: 4, method: "GET", jitter: 1) == .retry(after: .seconds(5)))
        #expect(policy.decide(after: timeout, attempt: 5, method: "GET", jitter: 1) == .fail)
        #expect(policy.decide(after: ClientError(.taplytics, .notJSON(status: 200)), attempt: 1, method: "GET", jitter: 1) == .fail)
    }
}

@Suite struct RateLimitHeadersTests {
    @Test func anAverageWithAFractionIsReadRoundedDown() {
        let response = TransportResponse(status: 200, headers: [("Rate-Limit-Remaining", "17.5"), ("Rate-Limit-Reset", "30")],
                                         body: Data())
        #expect(RateLimitHeaders(response).remaining == 17)
        #expect(RateLimitHeaders(TransportResponse(status: 200, headers: [("Rate-Limit-Remaining", "-3")], body: Data())).remaining == nil)
    }
}
