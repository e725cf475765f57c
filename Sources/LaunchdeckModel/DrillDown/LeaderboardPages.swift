import LaunchdeckAPI
import LaunchdeckClient

/// The leaderboard, a page of 1000 paths at a time as the user scrolls: page 1 is read
/// again on every poll, deeper pages once (Tinylytics caches the leaderboard for an hour
/// anyway), so scrolling through 100 000 paths costs 100 requests once, not every poll.
public actor LeaderboardPages {
    public static let pageSize = 1000
    private var key: (site: Int, filter: String?)?
    private var pages: [Int: [TinylyticsLeaderboardEntry]] = [:]
    private var total = 0
    private var totalPages = 1

    public init() {}

    /// Entries of pages 1 through `count` (fewer when there are fewer), the total, and
    /// whether more pages exist.
    public func read(client: TinylyticsClient, site: Int, filter: String?,
                     count: Int) async throws(ClientError) -> (entries: [TinylyticsLeaderboardEntry], total: Int, more: Bool) {
        if key?.site != site || key?.filter != filter {
            key = (site, filter)
            pages = [:]
        }
        for number in 1...max(1, count) {
            if number > totalPages { break }
            if number > 1, pages[number] != nil { continue }
            let page = try await client.leaderboard(site: site, path: filter, page: number, perPage: Self.pageSize)
            pages[number] = page.leaderboard
            total = page.pagination.totalCount
            totalPages = max(1, page.pagination.totalPages)
        }
        let loaded = (1...max(1, min(count, totalPages))).flatMap { pages[$0] ?? [] }
        return (loaded, total, min(count, totalPages) < totalPages)
    }
}
