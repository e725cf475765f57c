import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// The client against the simulator over real loopback HTTP (port 0).
@Suite struct TinylyticsSimulatorTests {
    /// Runs `body` with a simulator whose clock the test moves, and a client for it.
    func withSimulator(key: ((Simulator) -> String)? = nil,
                       _ body: (Simulator, TinylyticsClient, SettableTime) async throws -> Void) async throws {
        let clock = SettableTime()
        let simulator = try await Simulator.start(.init(port: 0, seed: 7, now: { clock.now }))
        let transport = AsyncHTTPTransport()
        let client = TinylyticsClient(baseURL: simulator.tinylyticsBaseURL,
                                      apiKey: Secret(key?(simulator) ?? simulator.tinylyticsKeys.readOnly),
                                      transport: transport)
        do {
            try await body(simulator, client, clock)
        } catch {
            await transport.shutdown()
            await simulator.stop()
            throw error
        }
        await transport.shutdown()
        await simulator.stop()
    }

    @Test func correctKeyReadsSitesAndGroupedHits() async throws {
        try await withSimulator { _, client, _ in
            let sites = try await client.sites()
            #expect(sites.map(\.label) == ["Acme Launch", "Acme Docs"])
            let site = try #require(sites.first)
            let page = try await client.groupedHits(
                site: site.id, query: TinylyticsHitsQuery(startDate: "2026-11-23", endDate: "2026-11-23", groupBy: .path))
            #expect(page.groupedHits.count == 12)
            #expect(page.groupedHits.allSatisfy { $0.groupBy == .path && $0.views != nil && $0.uniqueViews != nil })
            #expect(page.groupedHits.map(\.count) == page.groupedHits.map(\.count).sorted(by: >))
            #expect(page.pagination == TinylyticsPagination(currentPage: 1, perPage: 100, totalCount: 12, totalPages: 1))
            #expect(page.filters?.groupBy == "path")
            #expect(page.filters?.startDate == "2026-11-23")
        }
    }

    @Test func wrongKeyIsTheTypedUnauthorizedError() async throws {
        try await withSimulator(key: { _ in "tly-ro-not-the-key" }) { _, client, _ in
            await #expect(throws: ClientError(.tinylytics, .unauthorized, detail: "Invalid API key")) {
                try await client.sites()
            }
        }
    }

    @Test func fullAccessKeyReadsToo() async throws {
        try await withSimulator(key: { $0.tinylyticsKeys.fullAccess }) { _, client, _ in
            let sites = try await client.sites()
            #expect(sites.count == 2)
        }
    }

    @Test func numbersGrowBetweenTwoPolls() async throws {
        try await withSimulator { _, client, clock in
            let query = TinylyticsHitsQuery(startDate: "2026-11-23", endDate: "2026-11-23", groupBy: .path)
            let first = try await client.groupedHits(site: 456, query: query)
            clock.advance(by: 60)
            let second = try await client.groupedHits(site: 456, query: query)
            let before = Dictionary(uniqueKeysWithValues: first.groupedHits.map { ($0.key ?? "", $0.count) })
            let total = { (hits: [TinylyticsGroupedHit]) in hits.reduce(0) { $0 + $1.count } }
            #expect(total(second.groupedHits) > total(first.groupedHits))
            for row in second.groupedHits {
                #expect(row.count >= before[row.key ?? ""] ?? 0)
            }
        }
    }

    @Test func paginationSplitsTheRows() async throws {
        try await withSimulator { _, client, _ in
            let query = { (page: Int) in
                TinylyticsHitsQuery(startDate: "2026-11-23", endDate: "2026-11-23", groupBy: .path, page: page, perPage: 5)
            }
            let pages = try await [1, 2, 3].asyncMap { try await client.groupedHits(site: 456, query: query($0)) }
            #expect(pages.map(\.groupedHits.count) == [5, 5, 2])
            #expect(pages.map(\.pagination.totalPages) == [3, 3, 3])
            let all = try await client.groupedHits(site: 456, query: TinylyticsHitsQuery(
                startDate: "2026-11-23", endDate: "2026-11-23", groupBy: .path))
            #expect(pages.flatMap(\.groupedHits) == all.groupedHits)
        }
    }

    @Test func badQueriesGetTheDocumentedStatus() async throws {
        try await withSimulator { _, client, _ in
            await #expect(throws: ClientError(.tinylytics, .badRequest, detail: "per_page must be between 1 and 1000")) {
                try await client.groupedHits(site: 456, query: TinylyticsHitsQuery(groupBy: .path, perPage: 1001))
            }
            await #expect(throws: ClientError(.tinylytics, .badRequest, detail: "start_date must be YYYY-MM-DD")) {
                try await client.groupedHits(site: 456, query: TinylyticsHitsQuery(startDate: "23/11/2026", groupBy: .path))
            }
            await #expect(throws: ClientError(.tinylytics, .badRequest, detail: "Date range cannot exceed 730 days")) {
                try await client.groupedHits(site: 456, query: TinylyticsHitsQuery(
                    startDate: "2020-01-01", endDate: "2026-11-23", groupBy: .path))
            }
            await #expect(throws: ClientError(.tinylytics, .notFound, detail: "Site not found")) {
                try await client.groupedHits(site: 999, query: TinylyticsHitsQuery(groupBy: .path))
            }
        }
    }

    @Test func meAndOneSiteAreServed() async throws {
        try await withSimulator { _, client, _ in
            let me = try await client.me()
            #expect(me.apiKey?.accessType == "read_only")
            #expect(me.isSubscribed == true)
            let site = try await client.site(457)
            #expect(site.label == "Acme Docs")
            await #expect(throws: ClientError(.tinylytics, .notFound, detail: "Site not found")) {
                try await client.site(1)
            }
        }
    }

    @Test func aBadKeyGets401EvenOnAnUnknownPath() async throws {
        try await withSimulator(key: { _ in "tly-ro-wrong" }) { simulator, _, _ in
            let url = try #require(URL(string: simulator.tinylyticsBaseURL.absoluteString + "/nope"))
            let transport = AsyncHTTPTransport()
            let response = try? await transport.send(TransportRequest(url: url), for: .tinylytics)
            await transport.shutdown()
            #expect(response?.status == 401)
            #expect(response.map { String(decoding: $0.body, as: UTF8.self) } == #"{"error":"Invalid API key"}"#)
        }
    }

    @Test func rawHitsPageNewestFirstAndStayStable() async throws {
        try await withSimulator { _, client, _ in
            let query = { (page: Int) in
                TinylyticsHitsQuery(startDate: "2026-11-23", endDate: "2026-11-23", page: page, perPage: 50)
            }
            let first = try await client.hits(site: 456, query: query(1))
            let again = try await client.hits(site: 456, query: query(1))
            let second = try await client.hits(site: 456, query: query(2))
            #expect(first.hits.count == 50)
            #expect(first.hits == again.hits)
            #expect(first.pagination.totalCount == Int(1.6 * 12 * 3600))
            #expect(first.filters?.grouped == false)
            let times = (first.hits + second.hits).compactMap(\.createdAt)
            #expect(times == times.sorted(by: >))
            #expect(Set((first.hits + second.hits).map(\.id)).count == 100)
        }
    }

    @Test func filtersNarrowTheCounts() async throws {
        try await withSimulator { _, client, _ in
            let day = (start: "2026-11-23", end: "2026-11-23")
            let all = try await client.groupedHits(site: 456, query: TinylyticsHitsQuery(
                startDate: day.start, endDate: day.end, groupBy: .path))
            let pricing = try await client.groupedHits(site: 456, query: TinylyticsHitsQuery(
                startDate: day.start, endDate: day.end, path: "/pricing", groupBy: .path))
            #expect(pricing.groupedHits.map(\.key) == ["/pricing"])
            #expect(pricing.groupedHits.first?.views == all.groupedHits.first { $0.key == "/pricing" }?.views)
            let countries = try await client.groupedHits(site: 456, query: TinylyticsHitsQuery(
                startDate: day.start, endDate: day.end, country: "DE", groupBy: .country))
            #expect(countries.groupedHits.map(\.key) == ["DE"])
            let raw = try await client.hits(site: 456, query: TinylyticsHitsQuery(
                startDate: day.start, endDate: day.end, country: "DE", referrer: "GOOGLE", perPage: 20))
            #expect(raw.hits.allSatisfy { $0.country == "DE" && $0.referrer == "https://google.com" })
            #expect(raw.filters?.country == "DE")
        }
    }

    @Test func the1001stRequestInAnHourIs429AndTheClientNeverSendsIt() async throws {
        try await withSimulator { simulator, _, clock in
            let url = try #require(URL(string: simulator.tinylyticsBaseURL.absoluteString + "/sites"))
            let headers = [(name: "Authorization", value: "Bearer \(simulator.tinylyticsKeys.fullAccess)")]
            let transport = AsyncHTTPTransport()
            var statuses: [Int] = []
            for _ in 0..<1001 {
                statuses.append((try? await transport.send(TransportRequest(url: url, headers: headers), for: .tinylytics))?.status ?? 0)
            }
            clock.advance(by: 3600)
            let after = try? await transport.send(TransportRequest(url: url, headers: headers), for: .tinylytics)
            await transport.shutdown()
            #expect(statuses.prefix(1000).allSatisfy { $0 == 200 })
            #expect(statuses.last == 429)
            #expect(after?.status == 200, "the hour has passed")
            // The client's own budget stops at 1000 without sending the 1001st.
            let budget = RateBudget(limit: 1000, window: .seconds(3600))
            for _ in 0..<1000 { try await budget.acquire(service: .tinylytics) }
            await #expect(throws: ClientError.self) { try await budget.acquire(service: .tinylytics) }
        }
    }

    @Test func aTakenPortFallsBackToAFreeOne() async throws {
        let first = try await Simulator.start()
        let second: Simulator
        do {
            second = try await Simulator.start(.init(port: first.port))
        } catch {
            await first.stop()
            throw error
        }
        #expect(second.movedFromRequestedPort)
        #expect(second.port != first.port)
        let transport = AsyncHTTPTransport()
        let client = TinylyticsClient(baseURL: second.tinylyticsBaseURL, apiKey: Secret(second.tinylyticsKeys.readOnly),
                                      transport: transport)
        let sites = try? await client.sites()
        await transport.shutdown()
        await second.stop()
        await first.stop()
        #expect(sites?.count == 2)
    }

    @Test func plainHTTPOffLoopbackIsNeverSent() async throws {
        let transport = ScriptedTransport(body: #"{"sites": []}"#)
        let client = TinylyticsClient(baseURL: try #require(URL(string: "http://tinylytics.app/api/v1")),
                                      apiKey: Secret("tly-ro-k"), transport: transport)
        await #expect(throws: ClientError(.tinylytics, .insecureURL, detail: "tinylytics.app")) {
            try await client.sites()
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func aKeyEchoedInAnErrorIsRedacted() async throws {
        let transport = ScriptedTransport { _ throws(ClientError) in
            throw ClientError(.tinylytics, .transport, detail: "invalid header value Bearer tly-ro-secret\r")
        }
        let client = TinylyticsClient(baseURL: try BaseURL.parse("https://tinylytics.app/api/v1", for: .tinylytics),
                                      apiKey: Secret("tly-ro-secret"), transport: transport)
        do {
            _ = try await client.sites()
            Issue.record("expected a transport error")
        } catch {
            #expect(!error.description.contains("tly-ro-secret"))
            #expect(error.detail == "invalid header value Bearer <redacted>\r")
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
