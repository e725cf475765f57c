import Foundation
import LaunchdeckAPI
import LaunchdeckClient

/// Fetches the overview's Web pane: the site (its lifetime counter feeds the per-minute
/// sparkline), today's hits by path, yesterday's total once a day, and the uptime monitor
/// at most once a minute. Two requests a poll, plus one a minute for uptime.
public actor WebSource {
    private let client: TinylyticsClient
    private let sites: SiteChoice
    private let wallClock: @Sendable () -> Date
    private var series = RateSeries()
    private var seriesSite: Int?
    private var yesterday: (day: String, site: Int, views: Int)?
    private var uptime: (at: Date, site: Int, badge: UptimeBadge)?
    /// How often the uptime monitor is read.
    public static let uptimeInterval: TimeInterval = 60

    public init(client: TinylyticsClient, sites: SiteChoice, wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.client = client
        self.sites = sites
        self.wallClock = wallClock
    }

    public func fetch() async throws(ClientError) -> WebSnapshot {
        let chosen = try await sites.resolve()
        let site: TinylyticsSite
        do {
            site = try await client.site(chosen.id)
        } catch where error.kind == .notFound {
            await sites.forget()
            throw error
        }
        let now = wallClock()
        if seriesSite != site.id {
            series = RateSeries()
            seriesSite = site.id
        }
        if let lifetime = site.lifetimeHits { series.record(lifetime, at: now) }

        let day = Timestamp.day(now)
        let page = try await client.groupedHits(
            site: site.id, query: TinylyticsHitsQuery(startDate: day, endDate: day, groupBy: .path, perPage: 100))
        let rows = page.groupedHits.sorted { $0.count > $1.count }
        let exact = page.pagination.totalPages <= 1
        let unique = rows.contains { $0.uniqueViews != nil } ? rows.reduce(0) { $0 + ($1.uniqueViews ?? 0) } : nil

        return WebSnapshot(
            site: site, day: day, todayViews: rows.reduce(0) { $0 + $1.count }, todayUnique: unique, todayExact: exact,
            yesterdayViews: await yesterdayViews(site: site.id, now: now), topPaths: Array(rows.prefix(5)),
            totalPaths: page.pagination.totalCount, perMinute: series.perMinute(now: now),
            uptime: await uptimeBadge(site: site.id, now: now))
    }

    /// Yesterday's views, read once per day; a failure leaves it out rather than failing the pane.
    private func yesterdayViews(site: Int, now: Date) async -> Int? {
        let day = Timestamp.day(now.addingTimeInterval(-86_400))
        if let yesterday, yesterday.day == day, yesterday.site == site { return yesterday.views }
        guard let page = try? await client.groupedHits(
            site: site, query: TinylyticsHitsQuery(startDate: day, endDate: day, groupBy: .path, perPage: 100)) else {
            return nil
        }
        let views = page.groupedHits.reduce(0) { $0 + $1.count }
        yesterday = (day, site, views)
        return views
    }

    private func uptimeBadge(site: Int, now: Date) async -> UptimeBadge? {
        if let uptime, uptime.site == site, now.timeIntervalSince(uptime.at) < Self.uptimeInterval { return uptime.badge }
        let badge: UptimeBadge
        do {
            badge = UptimeBadge(try await client.uptime(site: site, perPage: 5))
        } catch {
            switch error.kind {
            case .forbidden, .paymentRequired: badge = .unavailable("uptime needs a Tinylytics subscription")
            case .notFound: badge = .unavailable("no uptime monitor for this site")
            default: return uptime?.badge  // keep the last one; the next minute tries again
            }
        }
        uptime = (now, site, badge)
        return badge
    }
}
