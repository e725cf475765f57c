#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// What the overview's Web pane shows of one Tinylytics site.
public struct WebSnapshot: Sendable, Equatable {
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

    public init(site: TinylyticsSite, day: String, todayViews: Int, todayVisitors: Int?, todayExact: Bool,
                yesterdayViews: Int?, topPaths: [TinylyticsGroupedHit], totalPaths: Int, perMinute: [Double?],
                uptime: UptimeBadge?) {
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

/// The uptime badge: up or down since when, uptime %, days until the certificate expires,
/// or why there is no monitor to read.
public enum UptimeBadge: Sendable, Equatable {
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
