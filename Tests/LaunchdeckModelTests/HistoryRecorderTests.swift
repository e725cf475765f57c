import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckStore
import LaunchdeckTesting
import Testing

/// What a poll leaves in the history: values with their moments, and events only for what
/// changed between two polls (the first poll sets the baseline and invents nothing).
@Suite struct HistoryRecorderTests {
    let t0 = Date(timeIntervalSince1970: 1_796_000_000)
    let site = TinylyticsSite(id: 7, uid: "u", url: "https://acme.example", label: "Acme", lifetimeHits: 5_000)

    func web(down: Bool?, views: Int = 100, visitors: Int? = 40, uptime: Double? = 99.5) -> WebSnapshot {
        WebSnapshot(site: site, day: "2026-11-30", todayViews: views, todayVisitors: visitors, todayExact: true,
                    yesterdayViews: nil, topPaths: [], totalPaths: 0, perMinute: [],
                    uptime: down.map { .monitored(isDown: $0, since: nil, uptimePercent: uptime, sslDaysLeft: nil) })
    }

    /// A docs body from the client tests' fixtures, decoded as the client decodes it.
    func documented<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let text = try PackagePaths.text("Tests/LaunchdeckClientTests/Fixtures/\(name)")
        return try LenientJSON.decode(T.self, from: Data(text.utf8)).0
    }

    @Test func webRecordsTodaysFiguresAndTheSiteGoingDownAndUp() {
        var recorder = HistoryRecorder()
        let first = recorder.web(web(down: false), at: t0)
        #expect(first.points.map(\.series) == ["web/7/views_today", "web/7/lifetime_hits", "web/7/visitors_today",
                                                "web/7/uptime_percent", "web/7/down"])
        #expect(first.points.map(\.value) == [100, 5_000, 40, 99.5, 0])
        #expect(first.points.allSatisfy { $0.at == nil }, "observed now")
        #expect(first.events.isEmpty, "the first poll is the baseline")
        #expect(recorder.web(web(down: false), at: t0 + 30).events.isEmpty)
        #expect(recorder.web(web(down: true), at: t0 + 60).events == [HistoryEvent(at: t0 + 60, kind: "site_down", subject: "Acme")])
        #expect(recorder.web(web(down: true), at: t0 + 90).events.isEmpty, "still down")
        #expect(recorder.web(web(down: false), at: t0 + 120).events.map(\.kind) == ["site_up"])
    }

    @Test func webWithoutVisitorsOrMonitorRecordsNeither() {
        var recorder = HistoryRecorder()
        let poll = recorder.web(web(down: nil, visitors: nil), at: t0)
        #expect(poll.points.map(\.series) == ["web/7/views_today", "web/7/lifetime_hits"], "no summary, no monitor: nothing guessed")
    }

    @Test func crashesRecordTheDaysGraphAtItsOwnTimesAndEachVersion() {
        var recorder = HistoryRecorder()
        let snapshot = CrashesSnapshot(appID: "app-1", appName: "Acme iOS", rateNow: 0.9, trend: [0.5, 0.7, 1.1],
                                       versions: [VersionHealth(version: "2.4.0", crashPercent: 4.2, loadShare: 0.1),
                                                  VersionHealth(version: "2.3.2", crashPercent: 0.6, loadShare: nil)],
                                       topGroups: [], trendStart: t0, trendInterval: 3600)
        let poll = recorder.crashes(snapshot, at: t0 + 10_000)
        let rate = poll.points.filter { $0.series == "crashes/app-1/rate" }
        #expect(rate.map(\.at) == [t0, t0 + 3600, t0 + 7200])
        #expect(rate.map(\.value) == [0.5, 0.7, 1.1])
        #expect(poll.points.contains(Observation(series: "crashes/app-1/rate_now", value: 0.9)))
        #expect(poll.points.contains(Observation(series: "crashes/app-1/rate_day/2.4.0", value: 4.2)))
        #expect(poll.points.contains(Observation(series: "crashes/app-1/load_share/2.4.0", value: 0.1)))
        #expect(!poll.points.contains { $0.series == "crashes/app-1/load_share/2.3.2" }, "unknown share: no point")
    }

    @Test func aGraphWithoutItsTimesIsNotPlacedOnTheTimeline() {
        var recorder = HistoryRecorder()
        let snapshot = CrashesSnapshot(appID: "a", appName: "A", rateNow: nil, trend: [1, 2], versions: [], topGroups: [])
        #expect(recorder.crashes(snapshot, at: t0).points.isEmpty, "points without moments would be invented ones")
    }

    @Test func theDocumentedPushListGivesPushesCreatedAtTheTimeTheirIdsSay() throws {
        let pushes = try documented("taplytics-push-list.json", as: [TaplyticsPush].self)
        var recorder = HistoryRecorder()
        #expect(recorder.pushes(PushSnapshot(pushes: [], more: false), at: t0).events.isEmpty)
        let poll = recorder.pushes(PushSnapshot(pushes: pushes, more: false), at: t0 + 30)
        #expect(poll.events.count == pushes.count)
        let first = try #require(poll.events.first)
        #expect(first.kind == "push_created")
        #expect(first.at == TaplyticsObjectID.createdAt("548013f2c703f020242ff21c"), "made when its id says, not when seen")
        #expect(recorder.pushes(PushSnapshot(pushes: pushes, more: false), at: t0 + 60).events.isEmpty, "seen before")
    }

    @Test func theDocumentedExperimentsStartAndStop() throws {
        let experiments = try documented("taplytics-experiments.json", as: [TaplyticsExperiment].self)
        var recorder = HistoryRecorder()
        var draft = experiments
        for i in draft.indices { draft[i].status = .draft }
        #expect(recorder.experiments(ExperimentsSnapshot(experiments: draft, more: false), at: t0).events.isEmpty)
        var started = draft
        started[0].status = .active
        let poll = recorder.experiments(ExperimentsSnapshot(experiments: started, more: false), at: t0 + 60)
        #expect(poll.events.map(\.kind) == ["experiment_started"])
        #expect(poll.events.first?.subject == started[0].name ?? started[0].id)
        var stopped = started
        stopped[0].status = .paused
        #expect(recorder.experiments(ExperimentsSnapshot(experiments: stopped, more: false), at: t0 + 120).events.map(\.kind)
                == ["experiment_stopped"])
    }

    @Test func firedAlertsAreEvents() {
        let poll = HistoryRecorder().alerts([FiredAlert(rule: "site down", message: "Acme is down", at: t0)], at: t0)
        #expect(poll.events == [HistoryEvent(at: t0, kind: "alert", subject: "site down", detail: "Acme is down")])
    }
}

/// The raw hits' whole clock minutes, the history's backfill of hits per minute.
@Suite struct MinuteCountTests {
    @Test func onlyWholeMinutesBetweenTheOldestHitAndNow() {
        let base = Date(timeIntervalSince1970: 1_796_000_040)  // 00:54:00 UTC
        let times = [base.addingTimeInterval(-50), base.addingTimeInterval(5), base.addingTimeInterval(20),
                     base.addingTimeInterval(70), base.addingTimeInterval(130)]
        let minutes = MinuteCount.whole(hitTimes: times, now: base.addingTimeInterval(150))
        #expect(minutes == [MinuteCount(start: base, count: 2), MinuteCount(start: base.addingTimeInterval(60), count: 1)],
                "the oldest hit's minute is partial, so is now's: neither is counted")
        #expect(MinuteCount.whole(hitTimes: [], now: base).isEmpty)
    }

    @Test func theRecorderPlacesThemAtTheirMinutes() {
        var recorder = HistoryRecorder()
        let start = Date(timeIntervalSince1970: 1_796_000_040)
        let snapshot = WebSnapshot(site: TinylyticsSite(id: 3, uid: "u", url: "https://x.example", label: "X"), day: "d",
                                   todayViews: 1, todayVisitors: nil, todayExact: true, yesterdayViews: nil, topPaths: [],
                                   totalPaths: 0, perMinute: [], uptime: nil, hitMinutes: [MinuteCount(start: start, count: 9)])
        let poll = recorder.web(snapshot, at: start.addingTimeInterval(600))
        #expect(poll.points.contains(Observation(series: "web/3/hits_per_minute", at: start, value: 9)))
    }
}
