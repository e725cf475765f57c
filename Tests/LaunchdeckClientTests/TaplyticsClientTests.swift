import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// The Taplytics client against the simulator on loopback, and against scripted answers
/// for what a simulator would never send.
@Suite struct TaplyticsClientTests {
    func withSimulator(token: ((Simulator) -> String)? = nil, users: Int = 250,
                       _ body: (TaplyticsClient) async throws -> Void) async throws {
        let simulator = try await Simulator.start(.init(seed: 7, now: { SettableTime().now }, users: users))
        let transport = AsyncHTTPTransport()
        let client = TaplyticsClient(baseURL: simulator.taplyticsBaseURL,
                                     apiToken: Secret(token?(simulator) ?? simulator.taplyticsToken), transport: transport)
        var failure: (any Error)?
        do { try await body(client) } catch { failure = error }
        await transport.shutdown()
        await simulator.stop()
        if let failure { throw failure }
    }

    @Test func walkingEveryLinkPageEqualsOneLargePage() async throws {
        try await withSimulator { client in
            var walked: [TaplyticsExperiment] = []
            var pages = 0
            for try await page in client.experimentPages(perPage: 5) {
                walked += page.items
                pages += 1
            }
            let single = try await client.experiments(.init(perPage: 100))
            #expect(pages == 3)
            #expect(walked.count == 12)
            #expect(walked == single.items)
            #expect(single.next == nil)
        }
    }

    @Test func oneExperimentNamesItsVariationsByID() async throws {
        try await withSimulator { client in
            let listed = try #require(try await client.experiments().items.first)
            let single = try await client.experiment(listed.id)
            #expect(single.name == listed.name)
            #expect(single.variations?.allSatisfy { if case .id = $0 { true } else { false } } == true)
            await #expect(throws: ClientError(.taplytics, .notFound, detail: "Experiment not found")) {
                try await client.experiment("nope")
            }
        }
    }

    @Test func pushesListAndDetail() async throws {
        try await withSimulator { client in
            let pushes = try await client.pushes().items
            #expect(pushes.count == 8)
            // The documented GET shape: no status, name, created_at or schedule; oldest first,
            // the launch push (made last) at the end.
            #expect(pushes.allSatisfy { $0.status == nil && $0.name == nil && $0.createdAt == nil && $0.schedule == nil })
            #expect(pushes.last?.notification?.alert?.hasPrefix("We're live") == true)
            let times = pushes.compactMap(\.createdTime)
            #expect(times.count == 8 && times == times.sorted())
            let one = try #require(pushes.last)
            #expect(try await client.push(one.id) == one)
        }
    }

    @Test func usersByTokenCrawlsEveryUserOnePageAtATime() async throws {
        try await withSimulator(users: 1234) { client in
            var ids = Set<String>()
            var pages = 0
            for try await page in client.userPages(perPage: 100) {
                #expect(page.users.count <= 100)
                ids.formUnion(page.users.map(\.id))
                pages += 1
            }
            #expect(ids.count == 1234)
            #expect(pages == 13)
        }
    }

    @Test func aHostileCursorIsRefusedNotACrash() async throws {
        try await withSimulator { client in
            await #expect(throws: ClientError(.taplytics, .badRequest, detail: "Invalid paginationToken")) {
                try await client.usersByToken(.init(paginationToken: "t1y2p0ij32e8e7"))
            }
        }
    }

    @Test func aServerRepeatingItsCursorDoesNotLoop() async throws {
        let transport = ScriptedTransport(body: #"{"users": [], "nextPaginationToken": "same"}"#)
        let client = TaplyticsClient(baseURL: try BaseURL.parse("https://api.taplytics.com", for: .taplytics),
                                     apiToken: Secret("k"), transport: transport)
        var pages = 0
        for try await _ in client.userPages() { pages += 1 }
        #expect(pages == 2, "the first page, then the one whose cursor came back unchanged")
    }

    @Test func aWrongTokenIsUnauthorized() async throws {
        try await withSimulator(token: { _ in "tap-wrong" }) { client in
            await #expect(throws: ClientError(.taplytics, .unauthorized, detail: "Unauthorized: invalid api_token")) {
                try await client.experiments()
            }
        }
    }

    func scripted(link: String) throws -> (TaplyticsClient, ScriptedTransport) {
        let transport = ScriptedTransport(status: 200, body: "[]", headers: [("Link", link)])
        let client = TaplyticsClient(baseURL: try BaseURL.parse("https://api.taplytics.com", for: .taplytics),
                                     apiToken: Secret("tap-secret"), transport: transport)
        return (client, transport)
    }

    @Test func theKeyTravelsOnlyInTheHeader() async throws {
        let (client, transport) = try scripted(link: "")
        _ = try await client.experiments()
        let request = try #require(transport.requests.first)
        #expect(request.headers.contains { $0.name == "x-access-token" && $0.value == "tap-secret" })
        #expect(!request.url.absoluteString.contains("tap-secret"))
    }

    @Test func nextLinksKeepTheirHostAndLoseAnyToken() async throws {
        let (client, _) = try scripted(link:
            "<https://api.taplytics.com/v2/experiments?api_token=YOUR_API_TOKEN&page=2&per_page=100>; rel='next'")
        let page = try await client.experiments()
        #expect(page.next?.absoluteString == "https://api.taplytics.com/v2/experiments?page=2&per_page=100")

        let (elsewhere, _) = try scripted(link: "<https://evil.example/v2/experiments?page=2>; rel=\"next\"")
        await #expect(throws: ClientError(.taplytics, .decoding(path: "Link"),
                                          detail: "the next page is on another host; not followed")) {
            try await elsewhere.experiments()
        }
    }

    @Test func idsCannotWalkToAnotherPath() async throws {
        let (client, transport) = try scripted(link: "")
        await #expect(throws: ClientError.self) { try await client.experiment("../users/x") }
        #expect(transport.requests.isEmpty)
    }
}
