import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// The launch story: the pure timeline, then the same story in the served data.
@Suite struct SimulatorScenarioTests {
    let start = SettableTime().now
    var timeline: LaunchTimeline { LaunchTimeline(start: start, seed: 7) }

    @Test func trafficRampsToItsPeakThenSettles() {
        let t = timeline
        #expect(t.launch == start.addingTimeInterval(120))
        #expect(t.trafficMultiplier(at: start) == 1)
        #expect(t.trafficMultiplier(at: t.launch.addingTimeInterval(300)) == 4.5)
        #expect(t.trafficMultiplier(at: t.launch.addingTimeInterval(600)) == 8)
        #expect(t.trafficMultiplier(at: t.launch.addingTimeInterval(1500)) == 5.5)
        #expect(t.trafficMultiplier(at: t.launch.addingTimeInterval(7200)) == 3)
        // The integral of (multiplier − 1) is exact on each straight piece.
        #expect(t.extraSeconds(from: start, to: t.launch) == 0)
        #expect(t.extraSeconds(from: t.launch, to: t.launch.addingTimeInterval(600)) == 2100)
        #expect(t.extraSeconds(from: t.launch.addingTimeInterval(2400), to: t.launch.addingTimeInterval(2460)) == 120)
    }

    @Test func crashRateSpikesAndRecoversAfterTheFix() {
        let t = timeline
        func at(_ seconds: TimeInterval) -> Double { t.newVersionCrashPercent(at: t.launch.addingTimeInterval(seconds)) }
        #expect(at(-1) == 0)
        #expect(at(720) == LaunchTimeline.peakCrashPercent)
        #expect(at(1799) == LaunchTimeline.peakCrashPercent)
        #expect(at(2000) < LaunchTimeline.peakCrashPercent)
        #expect(at(3600) == LaunchTimeline.recoveredCrashPercent)
        let app = { (s: TimeInterval) in t.appCrashPercent(at: t.launch.addingTimeInterval(s), baseline: 0.42) }
        #expect(app(-60) == 0.42)
        #expect(app(1500) > 1.5)
        #expect(app(7200) < 0.42)
    }

    @Test func outagePushAndExperimentFollowTheClock() {
        let t = timeline
        #expect(t.downtime.start == t.launch.addingTimeInterval(1200))
        #expect(t.downtime.duration == 360)
        #expect(!t.isDown(at: t.launch.addingTimeInterval(1199)))
        #expect(t.isDown(at: t.launch.addingTimeInterval(1300)))
        #expect(!t.isDown(at: t.launch.addingTimeInterval(1560)))
        #expect(t.launchPushStatus(at: start) == "scheduled")
        #expect(t.launchPushStatus(at: t.launch.addingTimeInterval(300)) == "sending")
        #expect(t.launchPushStatus(at: t.launch.addingTimeInterval(420)) == "sent")
        #expect(!t.experimentActive(at: start))
        #expect(t.experimentActive(at: t.launch))
        #expect(t.divergence(at: t.launch.addingTimeInterval(900)) == 0.5)
    }

    @Test func speedAcceleratesTheClock() async throws {
        let clock = SettableTime()
        try await withSimulator(.init(port: 0, seed: 7, now: { clock.now }, speed: 60)) { (sim: SimulatorHarness) async throws in
            clock.advance(by: 10)
            #expect(sim.simulator.now() == clock.now.addingTimeInterval(-10).addingTimeInterval(600))
            #expect(sim.simulator.timeline.start == clock.now.addingTimeInterval(-10))
        }
    }

    /// The numbers a dashboard reads, at one instant.
    func snapshot(_ sim: SimulatorHarness) async throws -> [String] {
        func get(_ api: SimulatorHarness.API, _ path: String) async throws -> Any {
            try SimulatorHarness.json(try await sim.send(api, path))
        }
        let site = try await get(.tinylytics, "/sites/456") as? [String: Any]
        let board = try await get(.tinylytics, "/sites/456/leaderboard?per_page=3") as? [String: Any]
        let apps = try await get(.apteligent, "/v2/apps?attributes=crashPercent") as? [String: Any]
        let pushes = try await get(.taplytics, "/v2/push") as? [[String: Any]]
        let uptime = try await get(.tinylytics, "/sites/456/uptime") as? [String: Any]
        func text(_ value: Any?) throws -> String {
            guard let value else { return "nil" }
            let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
            return String(decoding: data, as: UTF8.self)
        }
        return [try text(site?["lifetime_hits"]), try text(board?["leaderboard"]), try text(apps?["data"]),
                try text(pushes?.last?["status"]), try text((uptime?["monitor"] as? [String: Any])?["is_down"])]
    }

    @Test func anAcceleratedDayIsTheSameForOneSeed() async throws {
        var runs: [[[String]]] = []
        for _ in 0..<2 {
            var run: [[String]] = []
            // The launch push's status is read back through --push-fields-on-get (the
            // documented GET bodies have none).
            let clock = SettableTime()
            try await withSimulator(.init(port: 0, seed: 7, now: { clock.now }, pushFieldsOnGet: true)) { (sim: SimulatorHarness) async throws in
                for step in [0, 300, 1320, 2400, 6 * 3600, 24 * 3600] as [TimeInterval] {
                    clock.advance(by: step - clock.now.timeIntervalSince(sim.simulator.timeline.start))
                    run.append(try await snapshot(sim))
                }
            }
            runs.append(run)
        }
        #expect(runs[0] == runs[1])
        #expect(runs[0][2][4] == "true")  // down at launch + 20 min
        #expect(runs[0][3][4] == "false")
        #expect(runs[0][0][3] == #""scheduled""#)
        #expect(runs[0][3][3] == #""sent""#)
    }

    @Test func theLaunchShowsInTheServedData() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let launch = sim.simulator.timeline.launch
            func lifetimeHits() async throws -> Int {
                let site = try SimulatorHarness.json(try await sim.send(.tinylytics, "/sites/456")) as? [String: Any]
                return try #require(site?["lifetime_hits"] as? Int)
            }
            func perMinute(at offset: TimeInterval) async throws -> Int {
                sim.clock.advance(by: launch.addingTimeInterval(offset).timeIntervalSince(sim.clock.now))
                let before = try await lifetimeHits()
                sim.clock.advance(by: 60)
                return try await lifetimeHits() - before
            }
            let quiet = try await perMinute(at: -110)
            let peak = try await perMinute(at: 570)
            let settled = try await perMinute(at: 3600)
            #expect((90...105).contains(quiet))  // 1.6 hits a second
            #expect(peak > 6 * quiet)
            #expect(settled > 2 * quiet && settled < peak / 2)

            let countries = try SimulatorHarness.json(try await sim.send(
                .tinylytics, "/sites/456/hits?grouped=true&group_by=country&start_date=2026-11-23&end_date=2026-11-23"))
            let keys = ((countries as? [String: Any])?["grouped_hits"] as? [[String: Any]])?.compactMap { $0["country"] as? String }
            #expect(keys?.contains("KR") == true)
            let board = try SimulatorHarness.json(try await sim.send(.tinylytics, "/sites/456/leaderboard?path=launch"))
            let rows = (board as? [String: Any])?["leaderboard"] as? [[String: Any]]
            #expect(rows?.contains { $0["path"] as? String == "/launch" } == true)
        }
    }

    @Test func beforeTheLaunchThereAreNoLaunchPathsOrCountries() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let board = try SimulatorHarness.json(try await sim.send(.tinylytics, "/sites/456/leaderboard?path=launch"))
            let rows = (board as? [String: Any])?["leaderboard"] as? [[String: Any]]
            #expect(rows?.map { $0["path"] as? String } == ["/blog/launch-day"])
        }
    }

    @Test func theExperimentGoesActiveAndItsVariationsDiverge() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            func banner() async throws -> [String: Any]? {
                let list = try SimulatorHarness.json(try await sim.send(.taplytics, "/v2/experiments")) as? [[String: Any]]
                return list?.first { $0["name"] as? String == "Launch banner" }
            }
            func shares(_ experiment: [String: Any]?) -> [Double] {
                ((experiment?["variations"] as? [[String: Any]]) ?? []).compactMap { $0["distributionPercent"] as? Double }
            }
            let before = try await banner()
            #expect(before?["status"] as? String == "draft")
            sim.clock.advance(by: 120 + 2400)
            let after = try await banner()
            #expect(after?["status"] as? String == "active")
            #expect(Set(shares(before)).count == 1)
            #expect(shares(after).first == 70)
        }
    }

    @Test func pathsMakeALongLeaderboardThatPagesCompletely() async throws {
        let clock = SettableTime()
        try await withSimulator(.init(port: 0, seed: 7, now: { clock.now }, paths: 2500)) { (sim: SimulatorHarness) async throws in
            var seen: [String] = []
            var total = 0
            for page in 1...3 {
                let body = try #require(try SimulatorHarness.json(
                    try await sim.send(.tinylytics, "/sites/456/leaderboard?per_page=1000&page=\(page)")) as? [String: Any])
                total = (body["pagination"] as? [String: Any])?["total_count"] as? Int ?? 0
                seen += ((body["leaderboard"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
            }
            #expect(total == 2500)
            #expect(Set(seen).count == 2500)
        }
    }
}
