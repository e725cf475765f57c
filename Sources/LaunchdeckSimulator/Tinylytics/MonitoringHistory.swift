#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// The monitored site's outages, certificates and daily AI reports, derived from the
/// launch timeline so they line up with the traffic.
enum MonitoringHistory {
    /// Outages, newest first: the launch's (once it began; ongoing while it lasts) and two old ones.
    static func downtimes(timeline: LaunchTimeline, now: Date) -> [TinylyticsDowntime] {
        var out: [TinylyticsDowntime] = []
        let launchOutage = timeline.downtime
        if now >= launchOutage.start {
            let ongoing = now < launchOutage.end
            let end = ongoing ? now : launchOutage.end
            out.append(record(id: 57, error: "503 Service Unavailable", start: launchOutage.start, end: end,
                              ongoing: ongoing, partial: false))
        }
        let old = timeline.start.addingTimeInterval(-9 * 86_400 - 3600 * 9)
        out.append(record(id: 56, error: "Connection timed out", start: old, end: old.addingTimeInterval(900),
                          ongoing: false, partial: false))
        let older = timeline.start.addingTimeInterval(-40 * 86_400)
        out.append(record(id: 55, error: "SSL handshake failed", start: older, end: older.addingTimeInterval(120),
                          ongoing: false, partial: true))
        return out
    }

    static func record(id: Int, error: String, start: Date, end: Date, ongoing: Bool, partial: Bool) -> TinylyticsDowntime {
        let seconds = Int(end.timeIntervalSince(start))
        let minutes = max(1, seconds / 60)
        return TinylyticsDowntime(id: id, error: error, startedAt: start, endedAt: ongoing ? nil : end, duration: seconds,
                                  durationInWords: minutes == 1 ? "1 minute" : "\(minutes) minutes",
                                  partial: partial, ongoing: ongoing)
    }

    static func ssl(timeline: LaunchTimeline, now: Date) -> TinylyticsMonitor.SSL {
        let expires = timeline.start.addingTimeInterval(168 * 86_400)
        let days = Int(expires.timeIntervalSince(now) / 86_400)
        return .init(expiresAt: expires, valid: days >= 0, expiringSoon: (0..<30).contains(days), expired: days < 0,
                     daysUntilExpiry: days)
    }

    static func domain(timeline: LaunchTimeline, now: Date) -> TinylyticsMonitor.Domain {
        let expires = timeline.start.addingTimeInterval(472 * 86_400)
        let days = Int(expires.timeIntervalSince(now) / 86_400)
        return .init(testedAt: Calendar.utc.startOfDay(for: now), expiresAt: expires, remainingDays: days, source: "whois",
                     expired: days < 0, expiringSoon: (0..<30).contains(days), daysUntilExpiry: days)
    }

    /// One report per day for the last week, generated at 06:00 UTC the next day, newest first.
    static func insights(world: TinylyticsWorld, site: TinylyticsWorld.SimulatedSite, now: Date) -> [TinylyticsInsight] {
        let today = Calendar.utc.startOfDay(for: now)
        return (1...7).compactMap { back -> TinylyticsInsight? in
            let day = today.addingTimeInterval(-Double(back) * 86_400)
            let generated = day.addingTimeInterval(86_400 + 6 * 3600)
            guard generated <= now else { return nil }
            let current = Int(world.hitCount(site, from: generated.addingTimeInterval(-7 * 86_400), to: generated, now: now))
            let previous = Int(world.hitCount(site, from: generated.addingTimeInterval(-14 * 86_400),
                                              to: generated.addingTimeInterval(-7 * 86_400), now: now))
            let change = previous == 0 ? 0 : (Double(current - previous) / Double(previous) * 1000).rounded() / 10
            let top = site.base.paths.first?.key ?? "/"
            let formatted = Self.longDate(day)
            return TinylyticsInsight(
                id: 40 + back, insightsForDate: Timestamp.day(day), formattedInsightsDate: formatted,
                generatedAt: generated,
                summary: "Traffic was \(change >= 0 ? "up" : "down") \(abs(change))% on the week; \(top) led the way.",
                signals: [.init(type: "traffic_change", headline: "Traffic is \(change >= 0 ? "up" : "down") \(abs(Int(change)))% this week",
                                summary: "The site picked up \(current) hits in the last 7 days, against \(previous) the week before.",
                                importanceScore: min(100, 40 + abs(change)), detectedAt: generated,
                                window: .init(startedAt: generated.addingTimeInterval(-7 * 86_400), endedAt: generated),
                                payloadExcerpt: ["direction": .string(change >= 0 ? "increase" : "decrease"),
                                                 "current_hits": .number(Double(current)),
                                                 "previous_hits": .number(Double(previous)),
                                                 "absolute_change": .number(Double(current - previous)),
                                                 "change_percentage": .number(change)])],
                trafficPatterns: "Weekday afternoons (UTC) were the busiest hours.",
                bestContent: "\(top) is the most read page.",
                recommendations: "Keep the launch post near the top of the home page while interest lasts.")
        }
    }

    /// `December 6, 2026`, as the docs' `formatted_insights_date` reads (en_US, UTC).
    static func longDate(_ date: Date) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let f = CivilTime.fields(secondsSince1970: date.timeIntervalSince1970)
        return "\(months[f.month - 1]) \(f.day), \(f.year)"
    }
}
