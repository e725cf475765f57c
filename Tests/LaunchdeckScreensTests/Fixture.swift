import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckScreens
import TerminalUI

/// Fixed data for screen tests: one site, three experiments, three pushes, one app's crashes,
/// all fetched 7 s before `now`.
enum Fixture {
    static let now = Date(timeIntervalSince1970: 1_795_435_200)  // 2026-11-23T12:00:00Z
    static let fetched = now.addingTimeInterval(-7)

    static var site: TinylyticsSite {
        TinylyticsSite(id: 456, uid: "abc123", url: "https://acme.example", label: "Acme Launch", lifetimeHits: 90_000)
    }

    static var web: WebSnapshot {
        let paths: [(String, Int)] = [("/", 4_000), ("/pricing", 2_500), ("/blog/launch-day", 1_900), ("/signup", 800),
                                      ("/docs", 600)]
        let top = paths.map { TinylyticsGroupedHit(groupBy: .path, key: $0.0, views: $0.1, uniqueViews: $0.1 / 2) }
        let rates: [Double?] = (0..<60).map { (i: Int) -> Double? in i < 50 ? nil : Double(40 + (i - 50) * 6) }
        return WebSnapshot(
            site: site, day: "2026-11-23", todayViews: 12_340, todayVisitors: 8_100, todayExact: true, yesterdayViews: 15_200,
            topPaths: top, totalPaths: 12, perMinute: rates,
            uptime: .monitored(isDown: false, since: now.addingTimeInterval(-7200), uptimePercent: 99.95, sslDaysLeft: 62))
    }

    static var experiments: ExperimentsSnapshot {
        ExperimentsSnapshot(experiments: [
            TaplyticsExperiment(id: "e1", name: "Checkout v2", status: .active,
                                variations: [.id("v1"), .id("v2")], createdAt: now.addingTimeInterval(-86_400)),
            TaplyticsExperiment(id: "e2", name: "Onboarding copy", status: .paused,
                                variations: [.id("v3"), .id("v4"), .id("v5")], createdAt: now.addingTimeInterval(-3 * 86_400)),
            TaplyticsExperiment(id: "e3", name: "Blog \u{1B}]0;pwned\u{07}layout", status: .draft, variations: nil,
                                createdAt: nil),
        ], more: false)
    }

    static var pushes: PushSnapshot {
        PushSnapshot(pushes: [
            TaplyticsPush(id: "p1", status: .scheduled, createdAt: now.addingTimeInterval(-600),
                          notification: .init(alert: "We're live!"),
                          schedule: .init(now: false, time: "2026-11-23T12:05:00Z")),
            TaplyticsPush(id: "p2", status: .sent, createdAt: now.addingTimeInterval(-3600),
                          notification: .init(alert: "Flash sale")),
        ], more: false)
    }

    static var crashes: CrashesSnapshot {
        CrashesSnapshot(appID: "app1", appName: "Acme iOS", rateNow: 1.8, trend: [0.5, 0.6, 0.5, 0.7, 1.2, 1.8],
                        versions: [VersionHealth(version: "3.1.0", crashPercent: 2.4, loadShare: 0.08),
                                   VersionHealth(version: "3.0.2", crashPercent: 0.35, loadShare: 0.91)],
                        topGroups: [
                            ApteligentCrashRow(hash: "h1", name: "NSInvalidArgumentException", reason: "nil key",
                                               totalOccurrences: 530, numUniqueSessions: 210),
                            ApteligentCrashRow(hash: "h2", name: "SIGSEGV", totalOccurrences: 40, numUniqueSessions: 12),
                        ])
    }

    static func data() -> DashboardData {
        var data = DashboardData()
        data.web = Loadable(value: web, fetchedAt: fetched)
        data.experiments = Loadable(value: experiments, fetchedAt: fetched)
        data.pushes = Loadable(value: pushes, fetchedAt: fetched)
        data.crashes = Loadable(value: crashes, fetchedAt: fetched)
        for pane in Pane.allCases { data.intervals[pane] = 10 }
        return data
    }

    static func render(_ state: DashboardState = DashboardState(), data: DashboardData = data(), width: Int = 120,
                       height: Int = 40, demo: Bool = false, flash: (String, Bool)? = nil) -> Buffer {
        var buffer = Buffer(size: Size(width: width, height: height))
        DashboardScreen(state: state, data: data, flash: flash.map { FlashMessage($0.0, isError: $0.1, expires: .distantFuture) },
                        budgets: ["tly 12/1000h", "apt 4/20m"])
            .render(into: &buffer, context: PaneContext(now: now, demo: demo))
        return buffer
    }
}
