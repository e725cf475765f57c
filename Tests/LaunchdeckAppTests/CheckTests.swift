@testable import LaunchdeckApp
import LaunchdeckConfig
import LaunchdeckSimulator
import Testing

/// `launchdeck check` against the simulator on loopback: every service ok, then a wrong key.
@Suite struct CheckTests {
    func environment(_ simulator: Simulator, tinylyticsKey: String? = nil) -> [String: String] {
        [
            "TINYLYTICS_API_KEY": tinylyticsKey ?? simulator.tinylyticsKeys.readOnly,
            "TINYLYTICS_BASE_URL": simulator.tinylyticsBaseURL.absoluteString,
            "TAPLYTICS_API_TOKEN": simulator.taplyticsToken,
            "TAPLYTICS_BASE_URL": simulator.taplyticsBaseURL.absoluteString,
            "APTELIGENT_CLIENT_ID": simulator.apteligentLogin.clientID,
            "APTELIGENT_USERNAME": simulator.apteligentLogin.username,
            "APTELIGENT_PASSWORD": simulator.apteligentLogin.password,
            "APTELIGENT_BASE_URL": simulator.apteligentBaseURL.absoluteString,
        ]
    }

    func config(_ environment: [String: String]) throws -> Configuration {
        try ConfigLoader.load(path: nil, environment: environment.merging(["HOME": "/nonexistent"]) { a, _ in a }).config
    }

    @Test func allServicesAnswerAndAWrongKeyFailsItsRow() async throws {
        let simulator = try await Simulator.start()

        let good = try await Services.open(forceDemo: false, configuration: config(environment(simulator)), environment: [:]).get()
        let rows = await CheckRunner.check(good)
        await good.shutdown()
        #expect(rows.map(\.service) == ["Tinylytics", "Taplytics", "Apteligent"])
        #expect(rows.allSatisfy { $0.ok }, "\(rows)")
        #expect(rows[0].result == "ok, key read_only")
        #expect(rows[2].budget.hasSuffix("/20 per min"))
        #expect(await CheckRunner.run(forceDemo: false, environment: environment(simulator)) == 0)

        let badKey = "tly-ro-wrong-key-0123456789"
        let bad = try await Services.open(forceDemo: false, configuration: config(environment(simulator, tinylyticsKey: badKey)),
                                          environment: [:]).get()
        let badRows = await CheckRunner.check(bad)
        await bad.shutdown()
        #expect(!badRows[0].ok && badRows[1].ok && badRows[2].ok)
        #expect(badRows[0].result.contains("401"))
        #expect(!CheckRunner.table(badRows).contains(badKey), "the key never appears in the output")
        #expect(await CheckRunner.run(forceDemo: false, environment: environment(simulator, tinylyticsKey: badKey)) == 1)
        await simulator.stop()
    }

    @Test func nothingConfiguredIsAFailureNotADemo() async {
        #expect(await CheckRunner.run(forceDemo: false, environment: ["HOME": "/nonexistent"]) == 1)
        #expect(await CheckRunner.run(forceDemo: true, environment: ["HOME": "/nonexistent"]) == 0)
    }

    @Test func tableCellsNeverCarryControlCharacters() {
        let row = CheckRunner.Row(service: "Taplytics", baseURL: "https://api.taplytics.com", auth: "API token",
                                  result: "500: \u{1B}]0;owned\u{07}", ok: false, latency: "3 ms", budget: "599/600 per h")
        let table = CheckRunner.table([row])
        #expect(!table.contains("\u{1B}") && !table.contains("\u{07}"))
        #expect(table.contains("FAILED: 500: ?]0;owned?"))
    }
}
