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
}
