import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// The simulator answers with the shapes the vendors document: for each example body in
/// the seeds, the simulator's answer to the same request has the same keys at every level
/// and the same JSON types (one recursive comparison, `JSONShape`), and the documented status.
@Suite struct SimulatorContractTests {
    /// One documented example: the request that gets it, and what must come back.
    struct Case: Sendable, CustomStringConvertible {
        var fixture: String
        var api: SimulatorHarness.API
        var method = "GET"
        /// Relative to the API's base URL; `{experiment}`, `{push}` and `{user}` stand for
        /// the first id the simulator lists.
        var path: String
        var body: String?
        var status = 200
        /// Requests sent first (e.g. the kudo a delete removes).
        var before: [(method: String, path: String, body: String?)] = []
        /// Keys the answer may add to the example: a single experiment's `name`
        /// (`SimulatedExperiment.singleForm`). GET push bodies add none by default (issue 13).
        var extraKeys: Set<String> = []
        var description: String { fixture }
    }

    static let hit = #"{"path": "/pricing", "ip_address": "8.8.8.8", "visitor_id": "user-123"}"#
    static let batch = #"[{"path": "/valid", "country": "PL"}, {"path": "/from-ip", "ip_address": "8.8.8.8"}, {"path": "/fallback-xx", "ip_address": "999.999.999.999"}]"#
    static let kudo = #"{"path": "/pricing", "custom_uid": "pricing-kudo-1"}"#
    static let user = #"{"gender": "male", "first_name": "Jonathan", "last_name": "Norris", "user_id": "42", "custom_data": {"occupation": "Bug Fixer"}, "email": "jonathan@taplytics.com"}"#
    /// The seed's push request, without its number-valued `custom_data` filter: `JSONShape`
    /// compares every array element with the example's first one (an `an_version` filter).
    static let push = #"{"name": "Test", "filters": [{"type": "an_version", "comparator": ">=", "values": ["5.0.0"]}, {"type": "ios_version", "comparator": "!=", "values": ["8.0.1"]}, {"type": "country", "comparator": "=", "values": ["Canada", "US"]}], "notification": {"alert": "Congratulations, you've won a new VCR!"}, "image": {"url": "https://example.com/a.jpg", "tl_cdn": true}, "filter_duplicate_content": true, "production": false, "is_silent": false}"#

    static let cases: [Case] = [
        Case(fixture: "tinylytics-sites", api: .tinylytics, path: "/sites"),
        Case(fixture: "tinylytics-site", api: .tinylytics, path: "/sites/456"),
        Case(fixture: "tinylytics-me", api: .tinylytics, path: "/me"),
        Case(fixture: "tinylytics-hits-grouped-path", api: .tinylytics, path: "/sites/456/hits?grouped=true&group_by=path"),
        Case(fixture: "tinylytics-hits", api: .tinylytics, path: "/sites/456/hits?start_date=2026-11-23&end_date=2026-11-23&time_zone=user"),
        Case(fixture: "tinylytics-kudos", api: .tinylytics, path: "/sites/456/kudos"),
        Case(fixture: "tinylytics-leaderboard", api: .tinylytics, path: "/sites/456/leaderboard?path=blog"),
        Case(fixture: "tinylytics-user-journeys", api: .tinylytics,
             path: "/sites/456/user_journeys?start_date=2026-11-01&end_date=2026-11-23&time_zone=user"),
        Case(fixture: "tinylytics-insights", api: .tinylytics, path: "/sites/456/insights"),
        Case(fixture: "tinylytics-uptime", api: .tinylytics, path: "/sites/456/uptime"),
        Case(fixture: "tinylytics-content", api: .tinylytics, path: "/sites/456/content"),
        Case(fixture: "tinylytics-content-disabled-403", api: .tinylytics, path: "/sites/457/content", status: 403),
        Case(fixture: "tinylytics-error-401", api: .tinylyticsWrongKey, path: "/sites", status: 401),
        Case(fixture: "tinylytics-hit-created", api: .tinylyticsFullAccess, method: "POST", path: "/sites/456/hits",
             body: hit, status: 201),
        Case(fixture: "tinylytics-hit-ignored", api: .tinylyticsFullAccess, method: "POST", path: "/sites/456/hits",
             body: #"{"path": "/admin/login"}"#, status: 202),
        Case(fixture: "tinylytics-hit-error-422", api: .tinylyticsFullAccess, method: "POST", path: "/sites/456/hits",
             body: #"{"path": ""}"#, status: 422),
        Case(fixture: "tinylytics-hits-batch", api: .tinylyticsFullAccess, method: "POST", path: "/sites/456/hits/batch",
             body: batch),
        Case(fixture: "tinylytics-kudo-created", api: .tinylyticsFullAccess, method: "POST", path: "/sites/456/kudos",
             body: kudo, status: 201),
        Case(fixture: "tinylytics-kudo-deleted", api: .tinylyticsFullAccess, method: "DELETE",
             path: "/sites/456/kudos/pricing-kudo-1", before: [("POST", "/sites/456/kudos", kudo)]),
        Case(fixture: "tinylytics-kudo-not-found-404", api: .tinylyticsFullAccess, method: "DELETE",
             path: "/sites/456/kudos/no-such-kudo", status: 404),
        Case(fixture: "taplytics-experiments", api: .taplytics, path: "/v2/experiments"),
        Case(fixture: "taplytics-experiment", api: .taplytics, path: "/v2/experiments/{experiment}", extraKeys: ["name"]),
        Case(fixture: "taplytics-experiment-deleted", api: .taplytics, method: "DELETE", path: "/v2/experiments/{experiment}"),
        Case(fixture: "taplytics-push-list", api: .taplytics, path: "/v2/push"),
        Case(fixture: "taplytics-push", api: .taplytics, path: "/v2/push/{push}"),
        Case(fixture: "taplytics-push-created", api: .taplytics, method: "POST", path: "/v2/push", body: push),
        Case(fixture: "taplytics-user", api: .taplytics, path: "/v2/users/{user}"),
        Case(fixture: "taplytics-user", api: .taplytics, method: "POST", path: "/v2/users/{user}", body: user),
        Case(fixture: "taplytics-users-by-token", api: .taplytics, path: "/v2/usersByToken?per_page=5"),
        Case(fixture: "apteligent-rate-limit-429", api: .apteligentBare, method: "GET", path: "/v2/apps", status: 429,
             before: Array(repeating: ("GET", "/v2/apps", nil), count: 20)),
    ]

    @Test(arguments: cases.indices)
    func answerHasTheDocumentedShape(index: Int) async throws {
        let entry = Self.cases[index]
        try await withSimulator { (sim: SimulatorHarness) async throws in
            for step in entry.before {
                _ = try await sim.send(entry.api, step.method, step.path, body: step.body.map { Data($0.utf8) })
            }
            let path = try await resolve(entry.path, sim)
            let answer = try await sim.send(entry.api, entry.method, path, body: entry.body.map { Data($0.utf8) })
            #expect(answer.status == entry.status, "\(entry.fixture): status \(answer.status)")
            let differences = try JSONShape.differences(actual: answer.body, expected: try Fixture.data(entry.fixture))
                .filter { line in !entry.extraKeys.contains { line.hasSuffix(".\($0): not in the example") } }
            #expect(differences.isEmpty, "\(entry.fixture) \(entry.method) \(entry.path):\n\(differences.joined(separator: "\n"))")
        }
    }

    @Test func apteligentTokenReplyHasTheSeedShape() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let grant = sim.apteligentTokenRequest()
            for path in ["/v2/token", "/v1.0/token"] {
                let answer = try await sim.send(.apteligentBare, "POST", path, body: grant.body, headers: grant.headers)
                #expect(answer.status == 200)
                #expect(try JSONShape.differences(actual: answer.body, expected: try Fixture.data("apteligent-token")).isEmpty)
            }
        }
    }

    /// `--push-fields-on-get` adds exactly the POST answer's `name`, `status`, `created_at`
    /// and `schedule` to the GET push bodies, of the POST answer's types; nothing else changes.
    @Test func pushFieldsOnGetAddsOnlyThePostAnswersFields() async throws {
        let clock = SettableTime()
        try await withSimulator(.init(port: 0, seed: 7, now: { clock.now }, pushFieldsOnGet: true)) { (sim: SimulatorHarness) async throws in
            for (fixture, path) in [("taplytics-push-list", "/v2/push?per_page=1"), ("taplytics-push", "/v2/push/{push}")] {
                let answer = try await sim.send(.taplytics, try await resolve(path, sim))
                let extra = try JSONShape.differences(actual: answer.body, expected: try Fixture.data(fixture))
                let keys = Set(extra.compactMap { line in
                    line.hasSuffix(": not in the example") ? line.split(separator: ":")[0].split(separator: ".").last.map(String.init) : nil
                })
                #expect(keys == ["name", "status", "created_at", "schedule"], "\(fixture): \(extra)")
                #expect(extra.allSatisfy { $0.hasSuffix(": not in the example") }, "\(fixture): \(extra)")
                let post = try Fixture.data("taplytics-push-created")
                let created = try JSONShape.differences(
                    actual: answer.body, expected: fixture.hasSuffix("-list") ? Data("[".utf8) + post + Data("]".utf8) : post)
                #expect(created.allSatisfy { $0.hasSuffix(": missing") }, "\(fixture) against the POST answer: \(created)")
            }
        }
    }

    /// Ids are object ids whose first 8 hex digits are the creation time, and lists are
    /// oldest first, with the documented `Link` header.
    @Test func taplyticsListsAreOldestFirstByTheTimeInTheirIDs() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            for path in ["/v2/push", "/v2/experiments"] {
                let answer = try await sim.send(.taplytics, path + "?per_page=3")
                let items = try #require(try SimulatorHarness.json(answer) as? [[String: Any]])
                let times = items.compactMap { ($0["id"] as? String).flatMap(TaplyticsObjectID.createdAt) }
                #expect(times.count == 3 && times == times.sorted(), "\(path): \(items.map { $0["id"] ?? "" })")
                let link = try #require(answer.header("Link"))
                #expect(link.contains("rel='last'") && link.contains("rel='next'") && link.contains("rel='first'"))
            }
        }
    }

    /// `{experiment}`, `{push}` and `{user}` become the first id the simulator lists.
    func resolve(_ path: String, _ sim: SimulatorHarness) async throws -> String {
        var out = path
        let lists: [(name: String, list: String, key: String)] = [
            ("{experiment}", "/v2/experiments", ""), ("{push}", "/v2/push", ""), ("{user}", "/v2/usersByToken?per_page=1", "users"),
        ]
        for entry in lists where out.contains(entry.name) {
            let json = try SimulatorHarness.json(try await sim.send(.taplytics, entry.list))
            let items: [[String: Any]]? = entry.key.isEmpty
                ? json as? [[String: Any]] : (json as? [String: Any])?[entry.key] as? [[String: Any]]
            let id = try #require(items?.first?["id"] as? String)
            out = out.replacingOccurrences(of: entry.name, with: id)
        }
        return out
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
