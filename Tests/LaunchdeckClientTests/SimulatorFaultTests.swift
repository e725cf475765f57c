import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Synchronization
import Testing

/// Each fault over real loopback HTTP, as the real client sees it: its typed error.
@Suite struct SimulatorFaultTests {
    /// A Tinylytics client that does not retry, with short timeouts (for the stall).
    func client(_ sim: SimulatorHarness, timeouts: AsyncHTTPTransport.Timeouts? = nil) -> (TinylyticsClient, AsyncHTTPTransport) {
        let transport = timeouts.map { AsyncHTTPTransport(timeouts: $0) } ?? sim.transport
        let executor = RequestExecutor(service: .tinylytics, transport: transport,
                                       budget: RateBudget(limit: 1000, window: .seconds(3600)), retry: .never)
        return (TinylyticsClient(baseURL: sim.simulator.tinylyticsBaseURL,
                                 apiKey: Secret(sim.simulator.tinylyticsKeys.readOnly), executor: executor), transport)
    }

    func kind(_ body: () async throws -> Void) async -> ClientError.Kind? {
        do {
            try await body()
            return nil
        } catch let error as ClientError {
            return error.kind
        } catch {
            return .unexpectedStatus(-1)
        }
    }

    @Test(arguments: [
        ("tinylytics:503", ClientError.Kind.server(status: 503)),
        ("tinylytics:5xx", .server(status: 500)),
        ("all:429", .rateLimited),
        ("tinylytics:reset", .transport),
        ("tinylytics:truncated", .decoding(path: "")),
        ("tinylytics:malformed", .decoding(path: "")),
        ("tinylytics:html", .notJSON(status: 200)),
    ])
    func eachFaultIsTheClientsTypedError(spec: String, expected: ClientError.Kind) async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let (client, _) = client(sim)
            #expect(await kind { _ = try await client.sites() } == nil)
            try sim.simulator.faults.set(spec: spec)
            #expect(await kind { _ = try await client.sites() } == expected, "\(spec)")
            sim.simulator.faults.clear()
            // The 429 pauses the client's budget for its Retry-After (1 s): reads fail locally until
            // then, and succeed after; the other faults clear at once.
            #expect(await eventually { await kind { _ = try await client.sites() } == nil })
        }
    }

    /// A connection cut mid-answer and one never made read differently, so the pane says
    /// what happened: the first retries by itself, the second points at the base URL.
    @Test func aResetAndARefusedConnectionSayWhatHappened() async throws {
        func message(_ body: () async throws -> Void) async -> String {
            do {
                try await body()
                return "no error"
            } catch {
                return String(describing: error)
            }
        }
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let (client, _) = client(sim)
            try sim.simulator.faults.set(spec: "tinylytics:reset")
            let reset = await message { _ = try await client.sites() }
            #expect(reset.hasPrefix("Tinylytics: the connection closed before the answer ended"), "\(reset)")
            #expect(reset.hasSuffix("will retry"), "\(reset)")

            // Port 1 on loopback: nothing listens, the connection is refused.
            let executor = RequestExecutor(service: .tinylytics, transport: sim.transport,
                                           budget: RateBudget(limit: 1000, window: .seconds(3600)), retry: .never)
            let nowhere = TinylyticsClient(baseURL: URL(string: "http://127.0.0.1:1/api/v1")!,
                                           apiKey: Secret("tly-ro-secret"), executor: executor)
            let refused = await message { _ = try await nowhere.sites() }
            #expect(refused.hasPrefix("Tinylytics: could not connect (connection refused)"), "\(refused)")
            #expect(refused.contains("check the base URL"), "\(refused)")
            #expect(!refused.contains("tly-ro-secret"))

            // .invalid never resolves (RFC 2606).
            let unnamed = TinylyticsClient(baseURL: URL(string: "https://nonexistent.invalid/api/v1")!,
                                           apiKey: Secret("tly-ro-secret"), executor: executor)
            let unresolved = await message { _ = try await unnamed.sites() }
            #expect(unresolved.hasPrefix("Tinylytics: could not connect (the host name did not resolve)"), "\(unresolved)")
        }
    }

    @Test func aStallIsATimeoutAndEndsWhenSwitchedOff() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let (client, transport) = client(sim, timeouts: .init(connect: .seconds(2), read: .milliseconds(400),
                                                                  total: .milliseconds(600)))
            sim.simulator.faults.set([FaultRule(service: .tinylytics, kind: .stall)])
            #expect(await kind { _ = try await client.sites() } == .timeout)
            sim.simulator.faults.clear()
            await transport.shutdown()
            // Off again: a client with the usual timeouts gets its answer.
            let (patient, _) = self.client(sim)
            #expect(await kind { _ = try await patient.sites() } == nil)
        }
    }

    @Test func latencyDelaysButAnswers() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let (client, _) = client(sim)
            try sim.simulator.faults.set(spec: "tinylytics:latency=300")
            let elapsed = try await ContinuousClock().measure { _ = try await client.sites() }
            #expect(elapsed >= .milliseconds(300))
        }
    }

    @Test func aRateHitsExactlyThatShareAndOnlyItsService() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let (client, _) = client(sim)
            try sim.simulator.faults.set(spec: "tinylytics:503@50%")
            var failures = 0
            for _ in 0..<6 where await kind({ _ = try await client.sites() }) != nil { failures += 1 }
            #expect(failures == 3)
            #expect(try await sim.send(.taplytics, "/v2/push").status == 200)
        }
    }

    @Test func faultsSwitchOnAndOffWhileAClientRuns() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let (client, _) = client(sim)
            let log = OutcomeLog()
            let poller = Task {
                while !Task.isCancelled {
                    log.append(await kind { _ = try await client.sites() } == nil)
                    try? await Task.sleep(for: .milliseconds(5))
                }
            }
            // Each switch waits for the client to see the state before: no timing guesses.
            #expect(await eventually { log.count(true) >= 3 })
            try sim.simulator.faults.set(spec: "tinylytics:500")
            #expect(await eventually { log.count(false) >= 3 })
            sim.simulator.faults.clear()
            let okBefore = log.count(true)
            #expect(await eventually { log.count(true) >= okBefore + 3 })
            poller.cancel()
            await poller.value
            let outcomes = log.all
            #expect(outcomes.first == true)
            #expect(outcomes.last == true)
            // One run of failures between the successes: on, then off.
            #expect(zip(outcomes, outcomes.dropFirst()).filter { $0 != $1 }.count == 2)
        }
    }

    @Test func theAdminEndpointSetsReadsAndClearsFaults() async throws {
        let clock = SettableTime()
        try await withSimulator(.init(port: 0, seed: 7, now: { clock.now }, admin: true)) { (sim: SimulatorHarness) async throws in
            let url = sim.simulator.adminFaultsURL
            func admin(_ method: String, _ body: String? = nil) async throws -> TransportResponse {
                try await sim.transport.send(TransportRequest(method: method, url: url, body: body.map { Data($0.utf8) }),
                                             for: .tinylytics)
            }
            let set = try await admin("POST", "apteligent:html@0.5, tinylytics:503")
            #expect(set.status == 200)
            #expect(String(decoding: set.body, as: UTF8.self) == #"{"faults":"apteligent:html@0.5,tinylytics:503"}"#)
            #expect(try await sim.send(.tinylytics, "/sites").status == 503)
            #expect(try await admin("POST", #"{"faults": "nonsense"}"#).status == 400)
            #expect(try await admin("DELETE").status == 200)
            #expect(String(decoding: try await admin("GET").body, as: UTF8.self) == #"{"faults":"off"}"#)
            #expect(try await sim.send(.tinylytics, "/sites").status == 200)
        }
    }

    @Test func theAdminEndpointIsOffByDefault() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let answer = try await sim.transport.send(
                TransportRequest(method: "POST", url: sim.simulator.adminFaultsURL, body: Data("all:500".utf8)), for: .tinylytics)
            #expect(answer.status == 404)
            #expect(sim.simulator.faults.spec == "off")
        }
    }

    @Test func theSpecGrammar() throws {
        #expect(try FaultRule.parse("") == [])
        #expect(try FaultRule.parse("off") == [])
        #expect(try FaultRule.parse("Tinylytics:503@0.2, all:latency=300@50%") == [
            FaultRule(service: .tinylytics, kind: .serverError(status: 503), rate: 0.2),
            FaultRule(service: .all, kind: .latency(milliseconds: 300), rate: 0.5),
        ])
        for bad in ["tinylytics", "x:503", "all:teapot", "all:503@2", "all:latency=-1", "all:503,"] {
            #expect(throws: FaultRule.ParseError.self, "\(bad)") { try FaultRule.parse(bad) }
        }
    }

    @Test func aBadSpecStopsTheStart() async {
        await #expect(throws: Simulator.StartError.self) {
            let simulator = try await Simulator.start(.init(faults: "all:teapot"))
            await simulator.stop()
        }
    }
}

/// What a polling client saw, request by request (true: an answer).
final class OutcomeLog: Sendable {
    private let outcomes = Mutex<[Bool]>([])
    func append(_ ok: Bool) { outcomes.withLock { $0.append(ok) } }
    func count(_ ok: Bool) -> Int { outcomes.withLock { $0.filter { $0 == ok }.count } }
    var all: [Bool] { outcomes.withLock { $0 } }
}
