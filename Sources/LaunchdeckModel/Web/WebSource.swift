#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient

/// Fetches the overview's Web pane: the site (its lifetime counter feeds the per-minute
/// sparkline), today's hits by path, yesterday's total once a day, and, at most once a
/// minute each, today's visitors (`user_journeys` summary, one journey a page) and the
/// uptime monitor; content monitoring every 2 minutes, today's kudos every 3 and the newest
/// insight reports every 15 (`WebSource+Occasional`). Two requests a poll, plus two a
/// minute, plus 54 an hour: at the default 30 s poll, 240 + 60 + 60 + 30 + 20 + 4 = 414
/// requests an hour of Tinylytics' 1000 per key (360 before content, kudos and insights).
public actor WebSource {
    let client: TinylyticsClient
    private let sites: SiteChoice
    private let wallClock: @Sendable () -> Date
    private var series = RateSeries()
    private var seriesSite: Int?
    private var yesterday: (day: String, site: Int, views: Int)?
    private var uptime: (at: Date, site: Int, badge: UptimeBadge)?
    private var visitors: (at: Date, site: Int, day: String, count: Int?)?
    /// Per-minute counts before launchdeck started watching, from the newest raw hits.
    private var history: (site: Int, at: Date, minutes: [Double?])?
    /// The whole clock minutes of the raw hits just read, for the next snapshot only.
    private var freshMinutes: [MinuteCount] = []
    /// How often the uptime monitor is read.
    public static let uptimeInterval: TimeInterval = 60
    /// How often today's visitors are read.
    public static let visitorsInterval: TimeInterval = 60
    /// Content monitoring, today's kudos and the insight signals, read now and then.
    var content: (at: Date, site: Int, read: PremiumRead<ContentHealth>?)?
    var contentLog = ContentIssueLog()
    var kudos: (at: Date, site: Int, day: String, count: Int?)?
    var insights: (at: Date, site: Int, signals: [TinylyticsInsight.Signal])?

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

        // Each await on its own line: several awaits inside one call's arguments crashed the
        // debug build of Swift 6.3.1 (a bad resume address after the third).
        let minutes = await perMinute(site: site.id, now: now)
        let yesterdayTotal = await yesterdayViews(site: site.id, now: now)
        let badge = await uptimeBadge(site: site.id, now: now)
        let visitorCount = await todayVisitors(site: site.id, day: day, now: now)
        let contentRead = await contentHealth(site: site.id, now: now)
        let kudosCount = await kudosToday(site: site.id, day: day, now: now)
        let signals = await insightSignals(site: site.id, now: now)
        let hitMinutes = takeFreshMinutes()
        return WebSnapshot(
            site: site, day: day, todayViews: rows.reduce(0) { $0 + $1.count }, todayVisitors: visitorCount, todayExact: exact,
            yesterdayViews: yesterdayTotal, topPaths: Array(rows.prefix(5)), totalPaths: page.pagination.totalCount,
            perMinute: minutes, uptime: badge, hitMinutes: hitMinutes, content: contentRead, kudosToday: kudosCount,
            signals: signals)
    }

    /// The whole minutes of the raw hits just read, once.
    private func takeFreshMinutes() -> [MinuteCount] {
        defer { freshMinutes = [] }
        return freshMinutes
    }

    /// Today's visitors as Tinylytics counts them (`summary.total_visitors` of the UTC day's
    /// journeys), read at most once a minute with one journey a page. The per-path unique
    /// views cannot be added into this (a visitor who reads three pages is in three of them):
    /// without a summary, or when the read fails, there is no visitor number at all.
    private func todayVisitors(site: Int, day: String, now: Date) async -> Int? {
        if let visitors, visitors.site == site, visitors.day == day,
           now.timeIntervalSince(visitors.at) < Self.visitorsInterval {
            return visitors.count
        }
        do {
            let body = try await client.journeysSummary(site: site, startDate: day, endDate: day, timeZone: "utc")
            let count = body.summary?.totalVisitors
            visitors = (now, site, day, count)
            return count
        } catch {
            // Keep the last count of the same day and site; try again in a minute, not every poll.
            let kept = visitors.flatMap { $0.site == site && $0.day == day ? $0.count : nil }
            visitors = (now, site, day, kept)
            return kept
        }
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

    /// The live series, and before it what the newest raw hits say (read once per site; the
    /// whole clock minutes they give wait in `freshMinutes` for the snapshot).
    private func perMinute(site: Int, now: Date) async -> [Double?] {
        if history?.site != site {
            let times = await recentHitTimes(site: site, now: now)
            // Cancelled (a refresh or another site asked for): read it again next time.
            if Task.isCancelled { return series.perMinute(now: now) }
            history = (site, now, RateSeries.backfill(hitTimes: times, minutes: 60, now: now))
            freshMinutes = MinuteCount.whole(hitTimes: times, now: now)
        }
        guard let history else { return series.perMinute(now: now) }
        // The backfill was computed at `history.at`: shift it to line up with now.
        let elapsed = Int(now.timeIntervalSince(history.at) / 60)
        let shifted = Array(history.minutes.dropFirst(min(elapsed, history.minutes.count)))
            + Array(repeating: nil, count: min(elapsed, history.minutes.count))
        return series.perMinute(now: now, backfill: shifted)
    }

    /// Up to `historyPages` pages of the newest hits, `historyPageSize` a page, stopping at
    /// the last page or once an hour back is reached (a quiet site's hour is one request).
    /// Pages, not one request for 1000: a 250 KB body decoded at once raised the dashboard's
    /// peak memory by 1.1 MB (the body, its copy and the JSON decoder's map of it). A failed
    /// page keeps the pages before it (they are the newest); none leaves the sparkline to
    /// fill in as launchdeck watches. Pages are by position, newest first: hits that arrive
    /// between two requests push hits already read onto the next page, so ids seen count once.
    private func recentHitTimes(site: Int, now: Date) async -> [Date] {
        let hourAgo = now.addingTimeInterval(-3600)
        // From the day an hour ago: just after midnight (UTC) the last hour began yesterday.
        let (first, last) = (Timestamp.day(hourAgo), Timestamp.day(now))
        var times: [Date] = []
        var seen = Set<Int>()
        for number in 1...Self.historyPages {
            let query = TinylyticsHitsQuery(startDate: first, endDate: last, page: number, perPage: Self.historyPageSize)
            guard let page = try? await client.hits(site: site, query: query) else { break }
            times += page.hits.filter { seen.insert($0.id).inserted }.compactMap(\.createdAt)
            let reachedHourAgo = page.hits.contains { ($0.createdAt ?? now) <= hourAgo }
            if reachedHourAgo || page.hits.count < Self.historyPageSize || number >= page.pagination.totalPages { break }
        }
        return times
    }
    /// 2000 hits at most: a whole hour for a site under 33 hits a minute, once per site and
    /// run (8 requests of Tinylytics' 1000 an hour); on a busier site the older minutes stay a gap.
    static let historyPages = 8
    static let historyPageSize = 250

    private func uptimeBadge(site: Int, now: Date) async -> UptimeBadge? {
        if let uptime, uptime.site == site, now.timeIntervalSince(uptime.at) < Self.uptimeInterval { return uptime.badge }
        let badge: UptimeBadge
        do {
            badge = UptimeBadge(try await client.uptime(site: site, perPage: 5))
        } catch {
            if let reason = error.subscriptionReason(feature: "uptime") {
                badge = .unavailable(reason)
            } else if error.kind == .notFound {
                badge = .unavailable("no uptime monitor for this site")
            } else {
                return uptime?.badge  // keep the last one; the next minute tries again
            }
        }
        uptime = (now, site, badge)
        return badge
    }
}
