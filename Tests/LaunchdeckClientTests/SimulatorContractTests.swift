import Foundation
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// The simulator answers with the shapes the vendors document: for each example body in
/// the seeds, the simulator's answer to the same request has the same keys at every level
/// and the same JSON types (one recursive comparison, `JSONShape`).
@Suite struct SimulatorContractTests {
    enum API { case tinylytics, taplytics }

    /// (fixture, API, path and query relative to the API's base URL)
    static let cases: [(fixture: String, api: API, path: String)] = [
        ("tinylytics-sites", .tinylytics, "/sites"),
        ("tinylytics-site", .tinylytics, "/sites/456"),
        ("tinylytics-me", .tinylytics, "/me"),
        ("tinylytics-hits-grouped-path", .tinylytics, "/sites/456/hits?grouped=true&group_by=path"),
        ("tinylytics-hits", .tinylytics, "/sites/456/hits?start_date=2026-11-23&end_date=2026-11-23&time_zone=user"),
        // Taplytics is not listed yet: its simulated experiments, pushes and users still
        // differ from the examples (issue 4 widens them; this test then takes them in).
    ]

    @Test(arguments: cases.map(\.fixture))
    func answerHasTheDocumentedShape(fixture: String) async throws {
        let entry = try #require(Self.cases.first { $0.fixture == fixture })
        let simulator = try await Simulator.start(.init(seed: 7, now: { SettableTime().now }))
        let transport = AsyncHTTPTransport()
        let base: URL
        let headers: [(name: String, value: String)]
        switch entry.api {
        case .tinylytics:
            base = simulator.tinylyticsBaseURL
            headers = [("Authorization", "Bearer \(simulator.tinylyticsKeys.readOnly)")]
        case .taplytics:
            base = simulator.taplyticsBaseURL
            headers = [("x-access-token", simulator.taplyticsToken)]
        }
        let url = try #require(URL(string: base.absoluteString + entry.path))
        let response = try? await transport.send(TransportRequest(url: url, headers: headers), for: .tinylytics)
        await transport.shutdown()
        await simulator.stop()
        let answer = try #require(response)
        #expect(answer.status == 200)
        let differences = try JSONShape.differences(actual: answer.body, expected: try Fixture.data(fixture))
        let report = differences.joined(separator: "\n")
        #expect(differences.isEmpty, "\(fixture):\n\(report)")
    }
}

@Suite struct JSONShapeTests {
    func diff(_ actual: String, _ expected: String) throws -> [String] {
        try JSONShape.differences(actual: Data(actual.utf8), expected: Data(expected.utf8))
    }

    @Test func sameShapeDifferentValuesMatch() throws {
        #expect(try diff(#"{"a": 1, "b": [{"c": "x"}, {"c": "y"}], "d": true}"#,
                         #"{"a": 9, "b": [{"c": "z"}], "d": false}"#).isEmpty)
    }

    @Test func missingExtraAndRetypedKeysAreNamed() throws {
        #expect(try diff(#"{"a": "1", "e": 0, "d": 1, "b": [{"c": 1}]}"#, #"{"a": 1, "d": true, "b": [{"c": "x"}], "f": {}}"#) == [
            "$.a: string, expected number",
            "$.b[0].c: number, expected string",
            "$.d: number, expected bool",
            "$.f: missing",
            "$.e: not in the example",
        ])
    }

    @Test func nullInTheExampleMatchesAnything() throws {
        #expect(try diff(#"{"referrer": "https://x"}"#, #"{"referrer": null}"#).isEmpty)
    }
}
