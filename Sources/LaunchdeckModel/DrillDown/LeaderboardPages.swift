import LaunchdeckAPI
import LaunchdeckClient

/// What the leaderboard screen has of the ranking: a run of whole pages (from the top, or
/// ending at the last page after `G`), where it starts, and what the total counts.
public struct LeaderboardSlice: Sendable, Equatable, Codable {
    public var entries: [TinylyticsLeaderboardEntry]
    /// The rank of `entries[0]` (1: the most hit path).
    public var firstRank: Int
    /// `pagination.total_count`: every path, or every path matching `filter`.
    public var total: Int
    /// The server-side path filter these rows answer (case-insensitive partial match); nil: none.
    public var filter: String?
    public var firstPage: Int
    public var lastPage: Int
    public var totalPages: Int

    public init(entries: [TinylyticsLeaderboardEntry], firstRank: Int = 1, total: Int, filter: String? = nil,
                firstPage: Int = 1, lastPage: Int = 1, totalPages: Int = 1) {
        self.entries = entries
        self.firstRank = firstRank
        self.total = total
        self.filter = filter
        self.firstPage = firstPage
        self.lastPage = lastPage
        self.totalPages = totalPages
    }

    /// Pages before the first one here (scrolling up from the top row reads them).
    public var moreBefore: Bool { firstPage > 1 }
    /// Pages after the last one here (scrolling down, or `G`, reads them).
    public var moreAfter: Bool { lastPage < totalPages }
}

/// The leaderboard, a page of 1000 paths at a time as the user scrolls: page 1 is read
/// again on every poll (it carries the total), other pages once (Tinylytics caches the
/// leaderboard for an hour anyway), so scrolling through 100 000 paths costs 100 requests
/// once, not every poll, and `G` costs page 1 and the last page.
public actor LeaderboardPages {
    public static let pageSize = TinylyticsEndpoints.hitsPerPageMax
    private var key: (site: Int, filter: String?)?
    private var pages: [Int: [TinylyticsLeaderboardEntry]] = [:]

    public init() {}

    /// `count` pages from the top, or (`fromEnd`) the last `count` pages; fewer when there
    /// are fewer. `filter` goes to the server (`path=`), so it covers every path.
    public func read(client: TinylyticsClient, site: Int, filter: String?, fromEnd: Bool = false,
                     count: Int) async throws(ClientError) -> LeaderboardSlice {
        if key?.site != site || key?.filter != filter {
            key = (site, filter)
            pages = [:]
        }
        // A read for an older site or filter may finish after a newer one began (the hub
        // starts the new read as it cancels the old): it must not fill the new one's pages.
        func current() -> Bool { key?.site == site && key?.filter == filter && !Task.isCancelled }
        let first = try await client.leaderboard(site: site, path: filter, page: 1, perPage: Self.pageSize)
        guard current() else { throw ClientError(.tinylytics, .cancelled) }
        pages[1] = first.leaderboard
        // Sizes from the API held to what can be true: a page holds at most what was asked for,
        // and there are no more pages than the total needs (no overflow from a hostile body).
        let perPage = (1...Self.pageSize).contains(first.pagination.perPage) ? first.pagination.perPage : Self.pageSize
        let total = max(0, first.pagination.totalCount)
        let needed = max(1, total / perPage + (total % perPage == 0 ? 0 : 1))
        let totalPages = min(max(1, first.pagination.totalPages), needed)
        let wanted = max(1, count)
        let range = fromEnd ? max(1, totalPages - wanted + 1)...totalPages : 1...min(wanted, totalPages)
        for number in range where number > 1 && pages[number] == nil {
            let page = try await client.leaderboard(site: site, path: filter, page: number, perPage: Self.pageSize)
            guard current() else { throw ClientError(.tinylytics, .cancelled) }
            pages[number] = page.leaderboard
        }
        return LeaderboardSlice(
            entries: range.flatMap { pages[$0] ?? [] }, firstRank: (range.lowerBound - 1) * perPage + 1,
            total: total, filter: filter, firstPage: range.lowerBound, lastPage: range.upperBound,
            totalPages: totalPages)
    }
}
