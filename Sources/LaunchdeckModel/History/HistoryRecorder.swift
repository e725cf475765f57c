#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckStore

/// Turns what a poll brought into what the history keeps: series values with the moment
/// each describes, and events when something changed since the poll before (an experiment
/// started or stopped, a push appeared or changed status, the site went down or up). The
/// first poll of a run sets the baseline and records no change events: nothing is invented.
///
/// Series are named `SOURCE/ID/FIGURE[/VERSION]` (`web/42/views_today`,
/// `crashes/app-1/rate_day/2.4.0`), so two sites or apps never share a line.
public struct HistoryRecorder: Sendable {
    private var experimentStatus: [String: String]?
    private var pushStatus: [String: String]?
    private var siteDown: [Int: Bool] = [:]

    public init() {}

    public static func webSeries(_ site: Int, _ figure: String) -> String { "web/\(site)/\(figure)" }
    public static func crashSeries(_ app: String, _ figure: String, version: String? = nil) -> String {
        "crashes/\(app)/\(figure)" + (version.map { "/" + $0 } ?? "")
    }

    /// Today's views and visitors and the lifetime hits (observed now), the uptime % and a down/up change.
    public mutating func web(_ snapshot: WebSnapshot, at now: Date) -> PollRecord {
        let site = snapshot.site.id
        var points = [Observation(series: Self.webSeries(site, "views_today"), value: Double(snapshot.todayViews))]
        // The site's lifetime hits: two readings give the hits per minute between them (RateSeries).
        if let lifetime = snapshot.site.lifetimeHits {
            points.append(Observation(series: Self.webSeries(site, "lifetime_hits"), value: Double(lifetime)))
        }
        // The minutes raw hits gave (the backfill), each at its own minute.
        for minute in snapshot.hitMinutes {
            points.append(Observation(series: Self.webSeries(site, "hits_per_minute"), at: minute.start, value: Double(minute.count)))
        }
        if let visitors = snapshot.todayVisitors {
            points.append(Observation(series: Self.webSeries(site, "visitors_today"), value: Double(visitors)))
        }
        var events: [HistoryEvent] = []
        if case .monitored(let isDown, let since, let uptime, _) = snapshot.uptime {
            if let uptime { points.append(Observation(series: Self.webSeries(site, "uptime_percent"), value: uptime)) }
            points.append(Observation(series: Self.webSeries(site, "down"), value: isDown ? 1 : 0))
            if let before = siteDown[site], before != isDown {
                events.append(HistoryEvent(at: since ?? now, kind: isDown ? "site_down" : "site_up",
                                           subject: snapshot.site.label))
            }
            siteDown[site] = isDown
        }
        return PollRecord(source: "web/\(site)", observedAt: now, points: points, events: events)
    }

    /// The crash rate now, the day's rate graph at its own times (a backfill on every poll:
    /// a later read of the same moment replaces it), each version's rate and share of loads.
    public mutating func crashes(_ snapshot: CrashesSnapshot, at now: Date) -> PollRecord {
        let app = snapshot.appID
        var points: [Observation] = []
        if let rate = snapshot.rateNow { points.append(Observation(series: Self.crashSeries(app, "rate_now"), value: rate)) }
        if let start = snapshot.trendStart, let interval = snapshot.trendInterval, interval > 0 {
            for (i, value) in snapshot.trend.enumerated() {
                points.append(Observation(series: Self.crashSeries(app, "rate"),
                                          at: start.addingTimeInterval(Double(i) * interval), value: value))
            }
        }
        for version in snapshot.versions {
            points.append(Observation(series: Self.crashSeries(app, "rate_day", version: version.version), value: version.crashPercent))
            if let share = version.loadShare {
                points.append(Observation(series: Self.crashSeries(app, "load_share", version: version.version), value: share))
            }
        }
        // Adoption from the API's own daily buckets, each at its day (a later read of a day replaces it).
        for day in snapshot.versionDays {
            points.append(Observation(series: Self.crashSeries(app, "loads_day", version: day.version), at: day.day, value: day.loads))
        }
        return PollRecord(source: "crashes/\(app)", observedAt: now, points: points)
    }

    /// Experiments that started (became active) or stopped (left active) since the poll before.
    public mutating func experiments(_ snapshot: ExperimentsSnapshot, at now: Date) -> PollRecord {
        var statuses: [String: String] = [:]
        var events: [HistoryEvent] = []
        for experiment in snapshot.experiments {
            let status = experiment.status?.rawValue ?? ""
            statuses[experiment.id] = status
            guard let before = experimentStatus, before[experiment.id] != status else { continue }
            let active = TaplyticsExperimentStatus.active.rawValue
            let kind = status == active ? "experiment_started"
                : before[experiment.id] == active ? "experiment_stopped" : "experiment_" + (status.isEmpty ? "changed" : status)
            events.append(HistoryEvent(at: experiment.updatedAt ?? now, kind: kind, subject: experiment.name ?? experiment.id,
                                       detail: status))
        }
        experimentStatus = (experimentStatus ?? [:]).merging(statuses) { $1 }
        return PollRecord(source: "experiments", observedAt: now, events: events)
    }

    /// Pushes that appeared (at the time their id says they were made) or changed status.
    public mutating func pushes(_ snapshot: PushSnapshot, at now: Date) -> PollRecord {
        var statuses: [String: String] = [:]
        var events: [HistoryEvent] = []
        for push in snapshot.pushes {
            let status = push.status?.rawValue ?? ""
            statuses[push.id] = status
            guard let before = pushStatus else { continue }
            let subject = push.name ?? push.id
            if before[push.id] == nil {
                events.append(HistoryEvent(at: push.createdTime ?? now, kind: "push_created", subject: subject, detail: status))
            } else if before[push.id] != status, !status.isEmpty {
                events.append(HistoryEvent(at: now, kind: "push_" + status, subject: subject))
            }
        }
        pushStatus = (pushStatus ?? [:]).merging(statuses) { $1 }
        return PollRecord(source: "pushes", observedAt: now, events: events)
    }

    /// Alerts that fired.
    public func alerts(_ fired: [FiredAlert], at now: Date) -> PollRecord {
        PollRecord(source: "alerts", observedAt: now,
                   events: fired.map { HistoryEvent(at: $0.at, kind: "alert", subject: $0.rule, detail: $0.message) })
    }
}
