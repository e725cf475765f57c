import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// The write endpoints act on the simulator's state, with the documented auth.
@Suite struct SimulatorWriteTests {
    func object(_ response: TransportResponse) throws -> [String: Any] {
        try #require(try SimulatorHarness.json(response) as? [String: Any])
    }

    func body(_ text: String) -> Data { Data(text.utf8) }

    @Test func aPostedHitCountsInHitsGroupedHitsAndTheLeaderboard() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let day = "start_date=2026-11-23&end_date=2026-11-23"
            func total(_ path: String) async throws -> Int {
                let page = try object(try await sim.send(.tinylytics, path))
                return try #require((page["pagination"] as? [String: Any])?["total_count"] as? Int)
            }
            func views(_ path: String, in list: String, key: String) async throws -> Int {
                let rows = try object(try await sim.send(.tinylytics, list))
                let all = (rows["grouped_hits"] ?? rows["leaderboard"]) as? [[String: Any]] ?? []
                return all.first { $0["path"] as? String == path }?[key] as? Int ?? 0
            }
            let raw = "/sites/456/hits?\(day)&per_page=1"
            let before = try await total(raw)
            let grouped = try await views("/brand-new", in: "/sites/456/hits?grouped=true&\(day)", key: "views")
            let created = try await sim.send(.tinylyticsFullAccess, "POST", "/sites/456/hits",
                                             body: body(#"{"path": "brand-new", "country": "PL"}"#))
            #expect(created.status == 201)
            let hit = try #require(try object(created)["hit"] as? [String: Any])
            #expect(hit["path"] as? String == "/brand-new")  // a leading slash is added
            #expect(hit["country"] as? String == "PL")
            #expect(try await total(raw) == before + 1)
            #expect(try await total("/sites/456/hits?\(day)&path=/brand-new") == 1)
            #expect(grouped == 0)
            #expect(try await views("/brand-new", in: "/sites/456/hits?grouped=true&\(day)", key: "views") == 1)
            #expect(try await views("/brand-new", in: "/sites/456/leaderboard?path=brand", key: "total_hits") == 1)
            let newest = try object(try await sim.send(.tinylytics, "/sites/456/hits?\(day)&per_page=1"))
            #expect((newest["hits"] as? [[String: Any]])?.first?["path"] as? String == "/brand-new")
        }
    }

    @Test func pathsWithQuotesControlCharactersAndUnicodeSurviveThePages() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let path = "/ünï \"quoted\" back\\slash\ttab\u{1}🚀"
            let row = try JSONSerialization.data(withJSONObject: ["path": path])
            #expect(try await sim.send(.tinylyticsFullAccess, "POST", "/sites/456/hits", body: row).status == 201)
            let client = TinylyticsClient(baseURL: sim.simulator.tinylyticsBaseURL,
                                          apiKey: Secret(sim.simulator.tinylyticsKeys.readOnly), transport: sim.transport)
            let grouped = try await client.groupedHits(site: 456, query: TinylyticsHitsQuery(
                startDate: "2026-11-23", endDate: "2026-11-23", groupBy: .path, perPage: 1000))
            #expect(grouped.groupedHits.contains { $0.key == path && $0.views == 1 })
            let board = try await client.leaderboard(site: 456, path: "quoted")
            #expect(board.leaderboard.map(\.path) == [path])
        }
    }

    @Test func writesNeedAFullAccessKey() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            for (method, path) in [("POST", "/sites/456/hits"), ("POST", "/sites/456/hits/batch"),
                                   ("POST", "/sites/456/kudos"), ("DELETE", "/sites/456/kudos/x")] {
                let answer = try await sim.send(.tinylytics, method, path, body: body(#"{"path": "/a"}"#))
                #expect(answer.status == 403, "\(method) \(path)")
                #expect((try object(answer)["error"] as? String)?.contains("full-access") == true)
            }
            let wrong = try await sim.send(.tinylyticsWrongKey, "POST", "/sites/456/hits", body: body(#"{"path": "/a"}"#))
            #expect(wrong.status == 401)
        }
    }

    @Test func premiumEndpointsNeedASubscription() async throws {
        let clock = SettableTime()
        try await withSimulator(.init(port: 0, seed: 7, now: { clock.now }, subscribed: false)) { (sim: SimulatorHarness) async throws in
            for path in ["/sites/456/insights", "/sites/456/uptime", "/sites/456/content"] {
                #expect(try await sim.send(.tinylytics, path).status == 403, "\(path)")
            }
            #expect(try await sim.send(.tinylytics, "/sites/456/leaderboard").status == 200)
            #expect(try object(try await sim.send(.tinylytics, "/me"))["is_subscribed"] as? Bool == false)
        }
    }

    @Test func aBatchSucceedsRowByRow() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let rows = #"[{"path": "/ok"}, {"path": ""}, {"path": "/admin/x"}, {"path": "/pl", "country": "pl"}, 7]"#
            let answer = try object(try await sim.send(.tinylyticsFullAccess, "POST", "/sites/456/hits/batch", body: body(rows)))
            #expect(answer["created_count"] as? Int == 1)
            #expect(answer["ignored_count"] as? Int == 1)
            #expect(answer["error_count"] as? Int == 3)
            let statuses = (answer["results"] as? [[String: Any]])?.map { $0["status"] as? String }
            #expect(statuses == ["created", "error", "ignored", "error", "error"])
            let notArray = try await sim.send(.tinylyticsFullAccess, "POST", "/sites/456/hits/batch", body: body(#"{"path": "/x"}"#))
            #expect(notArray.status == 422)
        }
    }

    @Test func kudosAreCreatedListedAndDeleted() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let kudo = #"{"path": "pricing", "custom_uid": "k-1"}"#
            #expect(try await sim.send(.tinylyticsFullAccess, "POST", "/sites/456/kudos", body: body(kudo)).status == 201)
            #expect(try await sim.send(.tinylyticsFullAccess, "POST", "/sites/456/kudos", body: body(kudo)).status == 422)
            let listed = try object(try await sim.send(.tinylytics, "/sites/456/kudos?uid=k-1"))
            #expect((listed["kudos"] as? [[String: Any]])?.first?["path"] as? String == "/pricing")
            #expect(try await sim.send(.tinylyticsFullAccess, "DELETE", "/sites/456/kudos/k-1").status == 200)
            #expect(try await sim.send(.tinylyticsFullAccess, "DELETE", "/sites/456/kudos/k-1").status == 404)
            let after = try object(try await sim.send(.tinylytics, "/sites/456/kudos?uid=k-1"))
            #expect((after["kudos"] as? [[String: Any]])?.isEmpty == true)
        }
    }

    @Test func taplyticsUsersAndExperimentsCanBeChangedAndDeleted() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let first = try object(try await sim.send(.taplytics, "/v2/usersByToken?per_page=1"))
            let id = try #require((first["users"] as? [[String: Any]])?.first?["id"] as? String)
            let updated = try object(try await sim.send(.taplytics, "POST", "/v2/users/\(id)",
                                                        body: body(#"{"first_name": "Jo", "custom_data": {"tier": "gold"}}"#)))
            #expect(updated["first_name"] as? String == "Jo")
            #expect((updated["custom_data"] as? [String: Any])?["tier"] as? String == "gold")
            #expect((updated["custom_data"] as? [String: Any])?["occupation"] != nil)  // merged, not replaced
            #expect(try object(try await sim.send(.taplytics, "/v2/users/\(id)"))["first_name"] as? String == "Jo")
            #expect(try await sim.send(.taplytics, "DELETE", "/v2/users/\(id)").status == 204)
            #expect(try await sim.send(.taplytics, "/v2/users/\(id)").status == 404)
            #expect(try await sim.send(.taplytics, "DELETE", "/v2/users/\(id)").status == 404)

            let list = try #require(try SimulatorHarness.json(try await sim.send(.taplytics, "/v2/experiments")) as? [[String: Any]])
            let experiment = try #require(list.first?["id"] as? String)
            #expect(try await sim.send(.taplytics, "DELETE", "/v2/experiments/\(experiment)").status == 200)
            #expect(try await sim.send(.taplytics, "/v2/experiments/\(experiment)").status == 404)
            let after = try #require(try SimulatorHarness.json(try await sim.send(.taplytics, "/v2/experiments")) as? [[String: Any]])
            #expect(after.count == list.count - 1)
        }
    }

    @Test func eventsNeedASessionAndAtMostAHundred() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let one = #"[{"name": "Purchase", "value": 42}]"#
            #expect(try await sim.send(.taplytics, "POST", "/v2/events?session_id=s1", body: body(one)).status == 200)
            #expect(try await sim.send(.taplytics, "POST", "/v2/events", body: body(one)).status == 400)
            let many = "[" + Array(repeating: #"{"name": "x"}"#, count: 101).joined(separator: ",") + "]"
            #expect(try await sim.send(.taplytics, "POST", "/v2/events?session_id=s1", body: body(many)).status == 400)
            #expect(try await sim.send(.taplytics, "POST", "/v2/events?session_id=s1", body: body(#"[{"value": 1}]"#)).status == 400)
        }
    }

    /// With `--push-fields-on-get` (the documented GET bodies have no status), a push's GET
    /// body follows it from scheduled to sending to sent.
    @Test func aPushAppearsAndMovesThroughItsStatuses() async throws {
        let clock = SettableTime()
        try await withSimulator(.init(port: 0, seed: 7, now: { clock.now }, pushFieldsOnGet: true)) { (sim: SimulatorHarness) async throws in
            let at = Timestamp.format(clock.now.addingTimeInterval(600))
            let push = #"{"name": "Later", "notification": {"alert": "Soon"}, "schedule": {"time": "\#(at)"}}"#
            let sent = try object(try await sim.send(.taplytics, "POST", "/v2/push", body: body(push)))
            let id = try #require(sent["id"] as? String)
            #expect(sent["status"] as? String == "scheduled")
            func status() async throws -> String? {
                try object(try await sim.send(.taplytics, "/v2/push/\(id)"))["status"] as? String
            }
            #expect(try await status() == "scheduled")
            clock.advance(by: 610)
            #expect(try await status() == "sending")
            clock.advance(by: 60)
            #expect(try await status() == "sent")
            let list = try #require(try SimulatorHarness.json(try await sim.send(.taplytics, "/v2/push")) as? [[String: Any]])
            #expect(list.last?["id"] as? String == id)
            let now1 = try object(try await sim.send(.taplytics, "POST", "/v2/push", body: body(#"{"notification": {"alert": "a"}}"#)))
            let now2 = try object(try await sim.send(.taplytics, "POST", "/v2/push", body: body(#"{"notification": {"alert": "a"}}"#)))
            #expect(now1["status"] as? String == "sending")
            #expect(now1["id"] as? String != now2["id"] as? String, "two pushes in one instant get their own ids")
            let past = #"{"notification": {"alert": "x"}, "schedule": {"time": "2020-01-01T00:00:00Z"}}"#
            #expect(try await sim.send(.taplytics, "POST", "/v2/push", body: body(past)).status == 400)
            #expect(try await sim.send(.taplytics, "POST", "/v2/push", body: body(#"{"name": "no alert"}"#)).status == 400)
            let nobody = #"{"notification": {"alert": "x"}, "filters": [{"type": "email", "comparator": "=", "values": ["nobody@example.invalid"]}]}"#
            #expect(try await sim.send(.taplytics, "POST", "/v2/push", body: body(nobody)).status == 402)
            let someone = #"{"notification": {"alert": "x"}, "filters": [{"type": "email", "comparator": "=", "values": ["user3@example.invalid"]}]}"#
            #expect(try await sim.send(.taplytics, "POST", "/v2/push", body: body(someone)).status == 200)
            let gif = #"{"notification": {"alert": "x"}, "image": {"url": "https://example.com/a.gif"}}"#
            #expect(try await sim.send(.taplytics, "POST", "/v2/push", body: body(gif)).status == 400)
        }
    }

    /// By default a push's GET body has the documented keys only, whatever the POST said.
    @Test func aPushReadsBackInTheDocumentedShape() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let push = #"{"name": "Later", "notification": {"alert": "Soon"}, "production": true}"#
            let sent = try object(try await sim.send(.taplytics, "POST", "/v2/push", body: body(push)))
            let id = try #require(sent["id"] as? String)
            #expect(sent["status"] as? String == "sending" && sent["created_at"] != nil)
            #expect(TaplyticsObjectID.createdAt(id) == Date(timeIntervalSince1970: sim.clock.now.timeIntervalSince1970.rounded(.down)))
            let read = try object(try await sim.send(.taplytics, "/v2/push/\(id)"))
            #expect(Set(read.keys) == ["id", "filters", "notification", "production"])
            let list = try #require(try SimulatorHarness.json(try await sim.send(.taplytics, "/v2/push")) as? [[String: Any]])
            #expect(list.last?["id"] as? String == id)
            #expect(list.allSatisfy { Set($0.keys) == ["id", "filters", "notification", "production"] })
        }
    }

    @Test func taplyticsTakesItsTokenInTheQueryOrThePostBody() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let token = sim.simulator.taplyticsToken
            let base = sim.simulator.taplyticsBaseURL.absoluteString
            let viaQuery = try await sim.transport.send(
                TransportRequest(url: try #require(URL(string: base + "/v2/push?api_token=\(token)"))), for: .taplytics)
            #expect(viaQuery.status == 200)
            let viaBody = try await sim.transport.send(TransportRequest(
                method: "POST", url: try #require(URL(string: base + "/v2/events?session_id=s")),
                headers: [("Content-Type", "application/json")], body: body(#"{"api_token": "\#(token)"}"#)), for: .taplytics)
            #expect(viaBody.status == 400)  // authenticated; then refused: not an array of events
            let none = try await sim.transport.send(
                TransportRequest(url: try #require(URL(string: base + "/v2/push"))), for: .taplytics)
            #expect(none.status == 401)
        }
    }
}
