import Foundation
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// At --speed 20 the scenario runs fast, but rate limits pace real clients in real seconds.
@Suite struct SimulatorRealTimeLimitsTests {
    @Test func apteligentResetCountsRealSecondsWhenTheScenarioIsAccelerated() async throws {
        let clock = SettableTime()
        var options = Simulator.Options(port: 0, seed: 7, now: { clock.now })
        options.speed = 20
        try await withSimulator(options) { sim in
            let token = try await sim.apteligentToken()
            let auth = [(name: "Authorization", value: "Bearer \(token)")]
            let first = try await sim.send(.apteligent, "GET", "/v2/apps", headers: auth)
            clock.advance(by: 1)  // one real second: twenty simulated ones
            let second = try await sim.send(.apteligent, "GET", "/v2/apps", headers: auth)
            let reset1 = try #require(SimulatorHarness.header("Rate-Limit-Reset", in: first).flatMap(Int.init))
            let reset2 = try #require(SimulatorHarness.header("Rate-Limit-Reset", in: second).flatMap(Int.init))
            #expect(reset1 - reset2 <= 2, "the reset moved \(reset1 - reset2) s in one real second")
        }
    }
}
