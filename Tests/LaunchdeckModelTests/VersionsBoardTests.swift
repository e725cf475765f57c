import Foundation
import LaunchdeckAPI
import LaunchdeckClient
@testable import LaunchdeckModel
import LaunchdeckTesting
import Testing

/// The versions screen's poll on scripted answers: trends through the shared reader (one
/// request however many read at once), and a failed crash/counts (the seed's 429 body,
/// verbatim) costing only its own line.
@Suite struct VersionsBoardTests {
    static let trends = """
        {"data": {"series": {"appLoadsByVersion": {"units": {"of": "app_loads", "type": "count"},
          "todayTopValues": {"1.0.6": 9400, "1.0.7": 600},
          "categories": {"1.0.6": {"buckets": [{"duration": "P1D", "start": "2016-12-06T00:00:00", "value": 9400}]},
                         "1.0.7": {"buckets": [{"duration": "P1D", "start": "2016-12-06T00:00:00", "value": 600}]}}}}},
         "links": {"self": "/v2/trends/519d53101386202089000007"}}
        """
    /// Seed 003's 429 body, verbatim.
    static let rateLimited = #"{"actual": 25, "message": "API rate limit exceeded", "limit": 20, "reset": 42, "success": 0}"#

    func client(_ transport: ScriptedTransport) throws -> ApteligentClient {
        ApteligentClient(baseURL: try BaseURL.parse("https://developers.crittercism.com", for: .apteligent),
                         credentials: .accessToken(Secret("token")), transport: transport, retry: .never)
    }

    @Test func aRateLimitedCrashCountCostsOnlyItsLine() async throws {
        let transport = ScriptedTransport { request throws(ClientError) in
            request.url.path.hasPrefix("/v2/trends/")
                ? TransportResponse(status: 200, body: Data(Self.trends.utf8))
                : TransportResponse(status: 429, body: Data(Self.rateLimited.utf8))
        }
        let client = try client(transport)
        let adoption = VersionAdoption(every: .seconds(300), now: { .zero })
        let app = (id: "519d53101386202089000007", app: ApteligentApp(appName: "Acme iOS"))
        let board = try await VersionsBoard.read(client: client, app: app, adoption: adoption)
        #expect(board.rows.map(\.version) == ["1.0.7", "1.0.6"])
        #expect(board.dailyCrashes.isEmpty)
        #expect(board.countsError?.contains("429 from Apteligent: rate limit reached (API rate limit exceeded)") == true,
                "\(board.countsError ?? "nil")")
        #expect(board.trendsError == nil && board.trendsAge == 0)
    }

    @Test func readersAtOneMomentShareOneTrendsRequest() async throws {
        let transport = ScriptedTransport(body: Self.trends)
        let client = try client(transport)
        let adoption = VersionAdoption(every: .seconds(300), now: { .zero })
        let read: @Sendable () async throws(ClientError) -> ApteligentTrends = { () async throws(ClientError) in
            try await client.trends(app: "519d53101386202089000007")
        }
        async let a = adoption.reading(app: "519d53101386202089000007", read: read)
        async let b = adoption.shares(app: "519d53101386202089000007", read: read)
        let (reading, shares) = await (a, b)
        #expect(reading.trends?.series["appLoadsByVersion"] != nil)
        #expect(shares == ["1.0.6": 0.94, "1.0.7": 0.06])
        #expect(transport.requests.count == 1)
    }
}
