#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// What the overview's Web pane shows of one Tinylytics site.
public struct WebSnapshot: Sendable, Equatable, Codable {
    public var site: TinylyticsSite
    /// The day counted, `YYYY-MM-DD` (UTC).
    public var day: String
    public var todayViews: Int
    /// Today's visitors, Tinylytics' own count (`user_journeys` `summary.total_visitors`);
    /// nil when the API gave no summary. Never a sum of per-path unique views.
    public var todayVisitors: Int?
    /// False when the site has more paths than one page: the totals are then a lower bound.
    public var todayExact: Bool
    /// Yesterday's whole day, for comparison; nil until read.
    public var yesterdayViews: Int?
    public var topPaths: [TinylyticsGroupedHit]
    public var totalPaths: Int
    /// Hits per minute for the last hour, oldest first (nil: not seen).
    public var perMinute: [Double?]
    public var uptime: UptimeBadge?
    /// Whole clock minutes counted from raw hits, on the poll that read them (the history's
    /// backfill); empty on other polls.
    public var hitMinutes: [MinuteCount]
    /// Content monitoring (its badge is in the pane's title); nil until read.
    public var content: PremiumRead<ContentHealth>?
    /// Kudos made today (the UTC day); nil until read.
    public var kudosToday: Int?
    /// The signals of the newest insight reports (the flash line says those detected today once).
    public var signals: [TinylyticsInsight.Signal]

    public init(site: TinylyticsSite, day: String, todayViews: Int, todayVisitors: Int?, todayExact: Bool,
                yesterdayViews: Int?, topPaths: [TinylyticsGroupedHit], totalPaths: Int, perMinute: [Double?],
                uptime: UptimeBadge?, hitMinutes: [MinuteCount] = [], content: PremiumRead<ContentHealth>? = nil,
                kudosToday: Int? = nil, signals: [TinylyticsInsight.Signal] = []) {
        self.hitMinutes = hitMinutes
        self.content = content
        self.kudosToday = kudosToday
        self.signals = signals
        self.site = site
        self.day = day
        self.todayViews = todayViews
        self.todayVisitors = todayVisitors
        self.todayExact = todayExact
        self.yesterdayViews = yesterdayViews
        self.topPaths = topPaths
        self.totalPaths = totalPaths
        self.perMinute = perMinute
        self.uptime = uptime
    }
}

/// The hits of one whole clock minute (`start` on a minute boundary, UTC).
public struct MinuteCount: Sendable, Equatable, Codable {
    public var start: Date
    public var count: Int

    public init(start: Date, count: Int) {
        self.start = start
        self.count = count
    }

    /// The whole minutes `hitTimes` (the newest raw hits) cover: after the oldest hit's minute
    /// (only partly on the page) and before `now`'s minute (still counting).
    public static func whole(hitTimes: [Date], now: Date) -> [MinuteCount] {
        guard let oldest = hitTimes.min() else { return [] }
        func minute(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 60).rounded(.down)) }
        let first = minute(oldest) + 1, current = minute(now)
        guard first < current else { return [] }
        var counts = [Int](repeating: 0, count: current - first)
        for time in hitTimes {
            let m = minute(time)
            if m >= first, m < current { counts[m - first] += 1 }
        }
        return counts.enumerated().map { MinuteCount(start: Date(timeIntervalSince1970: Double(first + $0) * 60), count: $1) }
    }
}

/// The uptime badge: up or down since when, uptime %, days until the certificate expires,
/// or why there is no monitor to read.
public enum UptimeBadge: Sendable, Equatable, Codable {
    case monitored(isDown: Bool, since: Date?, uptimePercent: Double?, sslDaysLeft: Int?)
    case unavailable(String)

    public init(_ response: TinylyticsUptimeResponse) {
        let monitor = response.monitor
        let down = monitor.isDown ?? false
        // An unreadable downtime list leaves "since" unknown rather than "since the monitor began".
        let downtimes = response.downtimes
        let ongoing = downtimes?.first { $0.ongoing == true || $0.endedAt == nil }
        let lastEnded = downtimes?.compactMap(\.endedAt).max()
        let since = downtimes == nil ? nil : (down ? ongoing?.startedAt : (lastEnded ?? monitor.createdAt))
        self = .monitored(isDown: down, since: since,
                          uptimePercent: monitor.uptime, sslDaysLeft: monitor.ssl?.daysUntilExpiry)
    }
}
