#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// The Apteligent numbers at a moment: app loads follow the launch's traffic curve, the
/// crash rate follows the new version's spike, and the launch crash group grows with it.
extension ApteligentWorld {
    /// App loads inside [from, to).
    func loads(_ app: SimulatedApp, from: Date, to: Date) -> Double {
        guard to > from else { return 0 }
        return app.loadsPerMinute / 60 * (to.timeIntervalSince(from) + timeline.extraSeconds(from: from, to: to))
    }

    /// The app's crash percentage at `t`.
    func crashPercent(_ app: SimulatedApp, at t: Date) -> Double {
        let baseline = app.app.crashPercent ?? 0.5
        guard app.launchVersion != nil else { return baseline }
        return timeline.appCrashPercent(at: t, baseline: baseline).rounded(toPlaces: 3)
    }

    /// Crashes of the launch version inside [from, to), summed a minute at a time (coarser
    /// over long ranges).
    func launchCrashes(_ app: SimulatedApp, from: Date, to: Date) -> Int {
        guard app.launchVersion != nil else { return 0 }
        let start = max(from, timeline.launch)
        guard to > start else { return 0 }
        let span = to.timeIntervalSince(start)
        let step = max(60, span / 2000)
        var total = 0.0, t = start
        while t < to {
            let next = min(to, t.addingTimeInterval(step))
            total += loads(app, from: t, to: next) * timeline.newVersionAdoption(at: t)
                * timeline.newVersionCrashPercent(at: t) / 100
            t = next
        }
        return Int(total)
    }

    /// The app as `GET /v2/apps` shows it at `t`.
    func snapshot(_ app: SimulatedApp, at t: Date) -> ApteligentApp {
        var out = app.app
        out.crashPercent = crashPercent(app, at: t)
        out.dau = Int(Double(app.app.dau ?? 0) * (1 + 0.25 * min(1, max(0, t.timeIntervalSince(timeline.launch)) / 3600)))
        if let version = app.launchVersion {
            if t >= timeline.launch { out.latestVersionString = version } else { out.appVersions?.removeAll { $0 == version } }
        }
        return out
    }

    /// The crash groups at `t`: the launch group (once it exists) first by occurrences.
    func crashes(_ app: SimulatedApp, at t: Date) -> [ApteligentCrash] {
        guard let version = app.launchVersion, t >= timeline.launch else { return app.crashes }
        let today = Calendar.utc.startOfDay(for: t)
        let days = Self.crashDays
        let daily = (0..<days).map { offset -> Int in
            let day = today.addingTimeInterval(Double(offset - days + 1) * 86_400)
            return launchCrashes(app, from: day, to: min(t, day.addingTimeInterval(86_400)))
        }
        let recovered = timeline.launch.addingTimeInterval(LaunchTimeline.crashRecoveredOffset)
        let launch = Self.crash(
            hash: launchCrashHash, name: "EXC_BAD_ACCESS", reason: "KERN_INVALID_ADDRESS in LaunchBanner.layout()",
            displayReason: "LaunchBanner.layout(): image cache returned a freed buffer", suspectLine: "LaunchBanner.swift:88",
            status: t >= timeline.crashFix ? "resolved" : "unresolved",
            firstOccurred: Self.time(timeline.launch.addingTimeInterval(30)), lastOccurred: Self.time(min(t, recovered)),
            stacktrace: Self.stack(name: "LaunchBanner.layout()", line: 88),
            firstDay: Timestamp.day(today.addingTimeInterval(-Double(days - 1) * 86_400)), byVersion: [version: daily],
            appID: app.id, appType: app.app.appType ?? "ios")
        return ([launch] + app.crashes).sorted { ($0.numOccurrences ?? 0) > ($1.numOccurrences ?? 0) }
    }

    /// One point of an errorMonitoring graph over [from, to).
    func value(_ graph: String, _ app: SimulatedApp, from: Date, to: Date) -> Double {
        let mid = from.addingTimeInterval(to.timeIntervalSince(from) / 2)
        let appLoads = loads(app, from: from, to: to)
        let percent = crashPercent(app, at: mid)
        switch graph {
        case "crashPercent": return percent
        case "appLoads": return appLoads.rounded()
        case "crashes": return (appLoads * percent / 100).rounded()
        case "affectedUsers": return (appLoads * percent / 100 * 0.8).rounded()
        case "affectedUserPercent": return (percent * 0.8).rounded(toPlaces: 3)
        case "dau": return Double(snapshot(app, at: mid).dau ?? 0)
        case "mau": return Double(app.app.mau ?? 0)
        default: return app.app.rating ?? 4.5  // rating
        }
    }

    static let graphs: Set<String> = ["dau", "mau", "rating", "crashes", "crashPercent", "appLoads", "affectedUsers",
                                      "affectedUserPercent"]
}
