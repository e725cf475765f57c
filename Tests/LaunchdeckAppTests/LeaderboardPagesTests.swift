import Foundation
@testable import LaunchdeckApp
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import Testing

/// Scrolling a long leaderboard reads each deeper page once; only page 1 is read again.
/// On a 100 000-path site, a filter is Tinylytics' own (`path=`, every path, not the rows
/// loaded) and `G` reads the last page.
@Suite(.serialized) struct LeaderboardPagesTests {
    /// A simulator with `paths` paths on its main site, a counting client, and the site id.
    func withSite(paths: Int, _ body: (TinylyticsClient, CountingTransport, Int) async throws -> Void) async throws {
        var options = Simulator.Options()
        options.paths = paths
        let simulator = try await Simulator.start(options)
        let real = AsyncHTTPTransport()
        let transport = CountingTransport(real)
        let client = TinylyticsClient(baseURL: simulator.tinylyticsBaseURL,
                                      apiKey: Secret(simulator.tinylyticsKeys.readOnly), transport: transport)
        do {
            let site = try await client.sites()[0].id
            _ = transport.take()
            try await body(client, transport, site)
        } catch {
            await real.shutdown()
            await simulator.stop()
            throw error
        }
        await real.shutdown()
        await simulator.stop()
    }

    @Test func deeperPagesAreReadOnceAndAFilterStartsOver() async throws {
        try await withSite(paths: 2_500) { client, transport, site in
            let pages = LeaderboardPages()
            let first = try await pages.read(client: client, site: site, filter: nil, count: 1)
            #expect(first.entries.count == 1000 && first.moreAfter && first.total >= 2_500)
            #expect(transport.take()[.tinylytics] == 1)

            let two = try await pages.read(client: client, site: site, filter: nil, count: 2)
            #expect(two.entries.count == 2000 && two.moreAfter && two.firstRank == 1)
            #expect(transport.take()[.tinylytics] == 2, "page 1 again, page 2 for the first time")

            let again = try await pages.read(client: client, site: site, filter: nil, count: 2)
            #expect(again.entries.count == 2000)
            #expect(transport.take()[.tinylytics] == 1, "a poll reads page 1 only")

            let all = try await pages.read(client: client, site: site, filter: nil, count: 10)
            #expect(all.entries.count == all.total && !all.moreAfter, "asking past the end stops at the last page")
            #expect(Set(all.entries.map(\.path)).count == all.entries.count, "no path twice across pages")

            let blog = try await pages.read(client: client, site: site, filter: "blog", count: 1)
            #expect(!blog.entries.isEmpty && blog.entries.allSatisfy { $0.path.lowercased().contains("blog") })
            #expect(blog.total < all.total && blog.filter == "blog")
        }
    }

    @Test func aFilterCoversEveryPathNotTheRowsLoaded() async throws {
        try await withSite(paths: 100_000) { client, transport, site in
            let pages = LeaderboardPages()
            let loaded = try await pages.read(client: client, site: site, filter: nil, count: 2)
            #expect(loaded.entries.count == 2000 && loaded.total > 99_000)
            // Paths deep in the tail: none of them is in the 2000 rows loaded.
            let needle = "P/0999"
            let local = loaded.entries.filter { $0.path.lowercased().contains(needle.lowercased()) }.count
            _ = transport.take()

            let filtered = try await pages.read(client: client, site: site, filter: needle, count: 1)
            #expect(transport.take()[.tinylytics] == 1, "one request: Tinylytics filters")
            #expect(filtered.total > local, "\(filtered.total) matching paths, \(local) among the loaded rows")
            #expect(filtered.total >= 50 && !filtered.moreAfter && filtered.entries.count == filtered.total)
            #expect(filtered.entries.allSatisfy { $0.path.hasPrefix("/docs/p/0999") }, "case-insensitive partial match")
        }
    }

    @Test func gReadsTheLastPageAndScrollingUpAddsThePageBefore() async throws {
        try await withSite(paths: 100_000) { client, transport, site in
            let pages = LeaderboardPages()
            let top = try await pages.read(client: client, site: site, filter: nil, count: 1)
            _ = transport.take()
            let lastPage = (top.total + 999) / 1000

            let end = try await pages.read(client: client, site: site, filter: nil, fromEnd: true, count: 1)
            #expect(transport.take()[.tinylytics] == 2, "page 1 (it carries the total) and the last page")
            #expect(end.firstPage == lastPage && end.lastPage == lastPage && !end.moreAfter && end.moreBefore)
            #expect(end.firstRank == (lastPage - 1) * 1000 + 1)
            #expect(end.firstRank + end.entries.count - 1 == end.total, "the last row is the last path")
            let direct = try await client.leaderboard(site: site, page: lastPage, perPage: 1000)
            #expect(end.entries.last?.path == direct.leaderboard.last?.path)
            _ = transport.take()

            let twoAtEnd = try await pages.read(client: client, site: site, filter: nil, fromEnd: true, count: 2)
            #expect(transport.take()[.tinylytics] == 2, "page 1 again and the page before the last")
            #expect(twoAtEnd.firstRank == end.firstRank - 1000 && twoAtEnd.entries.suffix(end.entries.count) == end.entries[...])
        }
    }
}
