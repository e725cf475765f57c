import Foundation
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckTesting
import Testing

/// A leaderboard body whose pagination is absurd cannot trap the screen's arithmetic.
@Suite struct LeaderboardHostileTests {
    @Test func anAbsurdPaginationIsHeldToWhatTheTotalAllows() async throws {
        let body = #"{"leaderboard": [{"path": "/a", "total_hits": 5}], "pagination": "#
            + #"{"current_page": 1, "per_page": 0, "total_count": 3, "total_pages": 9223372036854775807}}"#
        let transport = ScriptedTransport(status: 200, body: body)
        let client = TinylyticsClient(baseURL: URL(string: "https://tinylytics.app/api/v1")!, apiKey: Secret("tly-ro-k"),
                                      transport: transport)
        let slice = try await LeaderboardPages().read(client: client, site: 1, filter: nil, fromEnd: true, count: 2)
        #expect(slice.totalPages == 1 && slice.firstRank == 1 && slice.total == 3)
        #expect(transport.requests.count == 1)
    }
}
