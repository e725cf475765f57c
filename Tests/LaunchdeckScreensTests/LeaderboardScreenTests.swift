import Foundation
import LaunchdeckAPI
import LaunchdeckModel
@testable import LaunchdeckScreens
import TerminalUI
import Testing

/// The leaderboard says what its counts cover: rows narrowed locally are "of the loaded",
/// rows the server filtered are "of N matching", ranks are the real ranks after `G`.
@Suite struct LeaderboardScreenTests {
    static func slice(firstRank: Int, count: Int, total: Int, filter: String? = nil, firstPage: Int = 1, lastPage: Int = 1,
                      totalPages: Int = 1) -> LeaderboardSlice {
        LeaderboardSlice(entries: (0..<count).map { i in
                             let rank = firstRank + i
                             return TinylyticsLeaderboardEntry(path: filter != nil || rank % 700 == 0 ? "/blog/\(rank)" : "/docs/\(rank)",
                                                               totalHits: 1, uniqueHits: nil, percentage: nil)
                         },
                         firstRank: firstRank, total: total, filter: filter, firstPage: firstPage, lastPage: lastPage,
                         totalPages: totalPages)
    }

    static func screen(_ slice: LeaderboardSlice, filter: String? = nil, typing: Bool = false) -> [String] {
        var data = Fixture.data()
        data.drillDown = (.leaderboard, Loadable(value: .leaderboard(slice), fetchedAt: Fixture.fetched))
        var state = DashboardState()
        state.navigation.push(.leaderboard)
        if let filter { state.filters[.leaderboard] = filter }
        if typing { state.input = .filter }
        return Fixture.render(state, data: data).lines
    }

    @Test func typingCountsOnlyTheLoadedRowsAndSaysEnterSearchesAll() throws {
        let lines = Self.screen(Self.slice(firstRank: 1, count: 2000, total: 100_000, lastPage: 2, totalPages: 100),
                                filter: "blog", typing: true)
        let line = try #require(lines.first { $0.contains("filter: blog_") })
        #expect(line.contains("2 of 2,000 loaded; Enter searches all paths"), "\(line)")
    }

    @Test func aServerFilterCountsEveryMatchingPath() throws {
        let lines = Self.screen(Self.slice(firstRank: 1, count: 41, total: 41, filter: "blog"), filter: "blog")
        let line = try #require(lines.first { $0.contains("filter: blog") })
        #expect(line.contains("41 of 41 matching 'blog'"), "\(line)")
        #expect(lines.contains { $0.hasPrefix("│  MATCH PATH") }, "filtered, the first column is the place among the matches")
        let long = Self.screen(Self.slice(firstRank: 1, count: 1000, total: 4100, filter: "blog", totalPages: 5), filter: "blog")
        #expect(long.contains { $0.contains("1,000 of 4,100 matching 'blog', 1,000 loaded") })
    }

    @Test func theEndShowsRealRanksAndSaysWhichAreLoaded() throws {
        let lines = Self.screen(Self.slice(firstRank: 99_001, count: 1000, total: 100_000, firstPage: 100, lastPage: 100,
                                           totalPages: 100))
        #expect(lines.contains { $0.contains("100,000 paths, all time, ranks 99,001\u{2013}100,000 loaded (scrolling up loads more, g the top)") })
        #expect(lines.contains { $0.contains(" 99001 /docs/99001 ") }, "the rank column is the real rank")
    }
}
