#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient

/// What the Web pane reads now and then rather than every poll: content monitoring (the
/// title's badge, the `content` screen and the content_issue alert), today's kudos, and
/// the signals of the newest insight reports (the flash line). A failed read keeps the last
/// value of the same site and tries again after the same interval, not on every poll.
extension WebSource {
    /// How often content monitoring is read (its own checks are far apart; an alert waits at most this).
    public static let contentInterval: TimeInterval = 120
    /// How often today's kudos are counted.
    public static let kudosInterval: TimeInterval = 180
    /// How often the newest insight reports are read (Tinylytics makes one a day).
    public static let insightsInterval: TimeInterval = 900
    /// Reports read each time: the docs do not say their order, so a few, not only the first.
    static let insightsPerPage = 3

    /// Requests an hour these reads cost, on top of the polls.
    public static var occasionalRequestsPerHour: Double {
        3600 / contentInterval + 3600 / kudosInterval + 3600 / insightsInterval
    }

    /// Content monitoring; a 403 (no subscription, or monitoring off) is said in place.
    func contentHealth(site: Int, now: Date) async -> PremiumRead<ContentHealth>? {
        if let content, content.site == site, now.timeIntervalSince(content.at) < Self.contentInterval { return content.read }
        var read: PremiumRead<ContentHealth>?
        do {
            let body = try await client.content(site: site)
            read = .read(contentLog.health(body, site: site, now: now))
        } catch {
            read = error.subscriptionReason(feature: "content monitoring").map { .unavailable($0) }
                ?? content.flatMap { $0.site == site ? $0.read : nil }
        }
        content = (now, site, read)
        return read
    }

    /// Kudos made on the UTC day `day`: the total of a one-kudo page.
    func kudosToday(site: Int, day: String, now: Date) async -> Int? {
        if let kudos, kudos.site == site, kudos.day == day, now.timeIntervalSince(kudos.at) < Self.kudosInterval {
            return kudos.count
        }
        var count: Int?
        do {
            count = try await client.kudos(site: site, startDate: day, endDate: day, timeZone: "utc", perPage: 1)
                .pagination.totalCount
        } catch {
            count = kudos.flatMap { $0.site == site && $0.day == day ? $0.count : nil }
        }
        kudos = (now, site, day, count)
        return count
    }

    /// The signals of the newest insight reports; none without a subscription.
    func insightSignals(site: Int, now: Date) async -> [TinylyticsInsight.Signal] {
        if let insights, insights.site == site, now.timeIntervalSince(insights.at) < Self.insightsInterval {
            return insights.signals
        }
        var signals: [TinylyticsInsight.Signal]
        do {
            signals = try await client.insights(site: site, perPage: Self.insightsPerPage).insights.flatMap(\.signals)
        } catch {
            signals = insights.flatMap { $0.site == site ? $0.signals : nil } ?? []
        }
        insights = (now, site, signals)
        return signals
    }
}
