import LaunchdeckClient
import Synchronization
import Testing

@Suite struct RateBudgetTests {
    @Test func neverGrantsMoreThanTheLimitInOneWindow() async throws {
        let now = Mutex(Duration.zero)
        let budget = RateBudget(limit: 3, window: .seconds(3600), now: { now.withLock { $0 } })
        for _ in 0..<3 { try await budget.acquire(service: .tinylytics) }
        await #expect(throws: ClientError(.tinylytics, .rateLimited,
                                          detail: "launchdeck's budget of 3 is used; next in 3600 s")) {
            try await budget.acquire(service: .tinylytics)
        }
        #expect(await budget.state() == .init(limit: 3, used: 3, resetsIn: .seconds(3600)))
        now.withLock { $0 = .seconds(3600) }
        try await budget.acquire(service: .tinylytics)
        #expect(await budget.state().used == 1)
    }

    @Test func aLateReplyOfTheSameWindowNeverRaisesWhatIsLeft() async throws {
        let now = Mutex(Duration.zero)
        let budget = RateBudget(limit: 20, window: .seconds(60), now: { now.withLock { $0 } })
        await budget.observe(limit: 20, averagePerMinute: 3, resetIn: .seconds(40))  // 2 calls
        now.withLock { $0 = .seconds(1) }
        // Counted by the server before two calls still in flight: 5 calls (7.5 a minute for
        // 40 s), same reset (rounded).
        await budget.observe(limit: 20, averagePerMinute: 8, resetIn: .seconds(40))
        try await budget.acquire(service: .apteligent)
        try await budget.acquire(service: .apteligent)
        await #expect(throws: ClientError.self) { try await budget.acquire(service: .apteligent) }
    }

    @Test func aReplyFromTheServersNextWindowStartsIt() async throws {
        let now = Mutex(Duration.zero)
        let budget = RateBudget(limit: 20, window: .seconds(60), now: { now.withLock { $0 } })
        // The server's window ends at 60; our copy of it a little later (reset rounded up).
        await budget.observe(limit: 20, averagePerMinute: 0, resetIn: .seconds(61))
        await #expect(throws: ClientError.self) { try await budget.acquire(service: .apteligent) }
        // At 60.1 the server has opened its next window: 19 left until 120.1.
        now.withLock { $0 = .milliseconds(60_100) }
        await budget.observe(limit: 20, averagePerMinute: 19, resetIn: .seconds(60))
        try await budget.acquire(service: .apteligent)
        #expect(await budget.state().used < 20, "the old window's count is not carried into the new one")
    }

    @Test func theStateTellsTheServersRateAndItsResetCountingDown() async throws {
        let now = Mutex(Duration.zero)
        let budget = RateBudget(limit: 20, window: .seconds(60), now: { now.withLock { $0 } })
        #expect(await budget.state().server == nil)
        await budget.observe(limit: 20, averagePerMinute: 18, resetIn: .seconds(46))
        try await budget.acquire(service: .apteligent)
        now.withLock { $0 = .seconds(6) }
        let state = await budget.state()
        #expect(state.server == .init(perMinute: 18, resetsIn: .seconds(40)))
        #expect(state.used == 1, "calls launchdeck sent in its window, not a count derived from the rate")
        now.withLock { $0 = .seconds(46) }
        #expect(await budget.state().server == nil, "the server's bucket has reset")
    }

    @Test func aRateConvertsToTheCallsItAllowsUntilTheReset() {
        #expect(RateBudget.ServerRate(perMinute: 18, resetsIn: .seconds(46)).calls == 13)
        #expect(RateBudget.ServerRate(perMinute: 20, resetsIn: .seconds(60)).calls == 20)
        #expect(RateBudget.ServerRate(perMinute: 120, resetsIn: .seconds(5)).calls == 10)
        #expect(RateBudget.ServerRate(perMinute: 0, resetsIn: .seconds(60)).calls == 0)
        #expect(RateBudget.ServerRate(perMinute: Int.max, resetsIn: .seconds(3600)).calls == Int.max / 2)
    }
}
