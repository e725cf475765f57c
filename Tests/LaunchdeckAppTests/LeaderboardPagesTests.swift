import Foundation
@testable import LaunchdeckApp
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import Testing

/// Scrolling a long leaderboard reads each deeper page once; only page 1 is read again.
@Suite struct LeaderboardPagesTests {
    @Test func deeperPagesAreReadOnceAndAFilterStartsOver() async throws {
        var options = Simulator.Options()
        options.paths = 2_500
        let simulator = try await Simulator.start(options)
        let real = AsyncHTTPTransport()
        let transport = CountingTransport(real)
        let client = TinylyticsClient(baseURL: simulator.tinylyticsBaseURL,
                                      apiKey: Secret(simulator.tinylyticsKeys.readOnly), transport: transport)
        let site = try await client.sites()[0].id
        _ = transport.take()
        let pages = LeaderboardPages()

        let first = try await pages.read(client: client, site: site, filter: nil, count: 1)
        #expect(first.entries.count == 1000 && first.more && first.total >= 2_500)
        #expect(transport.take()[.tinylytics] == 1)

        let two = try await pages.read(client: client, site: site, filter: nil, count: 2)
        #expect(two.entries.count == 2000 && two.more)
        #expect(transport.take()[.tinylytics] == 2, "page 1 again, page 2 for the first time")

        let again = try await pages.read(client: client, site: site, filter: nil, count: 2)
        #expect(again.entries.count == 2000)
        #expect(transport.take()[.tinylytics] == 1, "a poll reads page 1 only")

        let all = try await pages.read(client: client, site: site, filter: nil, count: 10)
        #expect(all.entries.count == all.total && !all.more, "asking past the end stops at the last page")
        #expect(Set(all.entries.map(\.path)).count == all.entries.count, "no path twice across pages")

        let blog = try await pages.read(client: client, site: site, filter: "blog", count: 1)
        #expect(!blog.entries.isEmpty && blog.entries.allSatisfy { $0.path.lowercased().contains("blog") })
        #expect(blog.total < all.total)
        await real.shutdown()
        await simulator.stop()
    }
}
