import Foundation
import LaunchdeckAPI
import LaunchdeckClient

/// Today's hits of one site grouped by path: what the hits pane shows.
public struct HitsSnapshot: Sendable, Equatable {
    public var site: TinylyticsSite
    public var rows: [TinylyticsGroupedHit]
    /// Paths in total (rows may hold only the first page).
    public var totalPaths: Int
    /// The UTC day counted, `YYYY-MM-DD`.
    public var day: String

    public init(site: TinylyticsSite, rows: [TinylyticsGroupedHit], totalPaths: Int, day: String) {
        self.site = site
        self.rows = rows
        self.totalPaths = totalPaths
        self.day = day
    }
}

/// Fetches a `HitsSnapshot`: finds the site once (the configured id, or the first of
/// `GET /sites`), then reads today's hits grouped by path on every poll.
public actor HitsSource {
    private let client: TinylyticsClient
    private let siteID: Int?
    private let wallClock: @Sendable () -> Date
    private var site: TinylyticsSite?

    public init(client: TinylyticsClient, siteID: Int? = nil, wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.client = client
        self.siteID = siteID
        self.wallClock = wallClock
    }

    public func fetch() async throws(ClientError) -> HitsSnapshot {
        let site = try await resolveSite()
        let day = Timestamp.day(wallClock())
        do {
            let page = try await client.groupedHits(
                site: site.id, query: TinylyticsHitsQuery(startDate: day, endDate: day, groupBy: .path, perPage: 100))
            return HitsSnapshot(site: site, rows: page.groupedHits, totalPaths: page.pagination.totalCount, day: day)
        } catch where error.kind == .notFound {
            self.site = nil  // the site went away: look it up again next time
            throw error
        }
    }

    private func resolveSite() async throws(ClientError) -> TinylyticsSite {
        if let site { return site }
        let sites = try await client.sites()
        let chosen: TinylyticsSite?
        if let siteID {
            chosen = sites.first { $0.id == siteID }
        } else {
            chosen = sites.first
        }
        guard let chosen else {
            let detail = siteID.map { "no site with id \($0) for this key" } ?? "this key can read no sites"
            throw ClientError(.tinylytics, .notFound, detail: detail)
        }
        site = chosen
        return chosen
    }
}
