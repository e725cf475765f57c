import Foundation
import LaunchdeckTesting
import Testing

/// The fault soak (issue #7): an accelerated launch day on `launchdeck simulate --admin`
/// in its own process, every fault switched on and off while the dashboard runs in tmux.
/// CI runs the short plan (about 2.5 minutes); `bash scripts/soak.sh` runs the full one.
@Suite(.serialized) struct SoakTests {
    static let esc = "\u{1B}"
    /// The detail of the refusal SoakFindingsTests pins down.

    /// A small overview as `capture-pane -e` gives it: ages in amber, muted and red, an
    /// error beside data, an error where data should be.
    static var screen: [StyledLine] {
        let e = esc
        return StyledLine.lines("""
             launchdeck › Overview
            \(e)[0;1m\(e)[36m┌ 1 Web · Acme ── \(e)[33m25s ago\(e)[36m ─┐\(e)[0m\(e)[34m┌ 2 Experiments ── \(e)[0;2m\(e)[39m3s ago\(e)[34m ─┐
            │ TOP PATHS      VIEWS ││ EXPERIMENT    STATUS │
            │ /pricing      15,272 ││ Onboarding    active │
            │ ! 503 from Tinylytics ││                     │
            └─────────────────────┘└─────────────────────┘
            ┌ 3 Push ── \(e)[1m\(e)[31m1m ago\(e)[34m ─┐┌ 4 Crashes ── \(e)[2mupdated now\(e)[34m ─┐
            │ Taplytics: no answer in time ││ CRASH GROUP   USERS │
            │                     ││ -[NSString]     12  │
            └─────────────────────┘└─────────────────────┘
            """)
    }

    @Test func panesAreReadOffTheScreenWithTheirAgesColoursAndErrors() throws {
        let panes = OverviewReading.panes(Self.screen)
        #expect(panes.keys.sorted() == [1, 2, 3, 4])
        let web = try #require(panes[1])
        #expect(web.title == "1 Web · Acme")
        #expect(web.ageText == "25s ago" && web.age == 25..<30 && web.shade == .amber)
        #expect(web.error == "503 from Tinylytics" && web.showsData)
        #expect(panes[2]?.age == 3..<8 && panes[2]?.shade == .muted && panes[2]?.error == nil)
        let push = try #require(panes[3])
        #expect(push.age == 60..<120 && push.shade == .red)
        #expect(push.error == nil, "an error where data should be is not the \"! \" line beside data")
        #expect(!push.showsData)
        #expect(panes[4]?.age == 0..<5 && panes[4]?.showsData == true)
        #expect(PaneReading.ageRange("2h ago") == 7200..<10_800 && PaneReading.ageRange("soon") == nil)
    }

    @Test func theChecksCatchStaleDataShownAsFreshAndWrongColours() throws {
        let checks = SoakChecks(plan: .short)
        let phase = SoakPlan.Phase("t", faults: ["tinylytics": "503"], seconds: 20)
        var panes = OverviewReading.panes(Self.screen)
        // 25 s old at 12 s into a fault on every request: honest. 3 s old would be a lie.
        #expect(checks.during(phase, elapsed: 12, panes: [1: try #require(panes[1])]).isEmpty)
        panes[1]?.age = 3..<4
        panes[1]?.shade = .muted
        let lie = checks.during(phase, elapsed: 12, panes: [1: try #require(panes[1])])
        #expect(lie.count == 1)
        #expect(lie.first?.contains("stale data shown as fresh") == true, "\(lie)")
        // "1m ago" may mean 119 s: no lie at 63 s. Each kind of problem is reported once a phase.
        panes[1]?.age = 60..<120
        #expect(checks.during(phase, elapsed: 63, panes: [1: try #require(panes[1])]).isEmpty)
        var report = SoakReport(plan: .short)
        report.add(lie + checks.during(phase, elapsed: 13, panes: [1: try #require(panes[1])]) + lie, phase: "t")
        #expect(report.violations.count == 1)
        // No error line by the deadline; a pane of a service without faults that goes stale.
        panes[1]?.error = nil
        panes[1]?.age = 30..<31
        panes[2]?.age = 40..<41
        let late = checks.during(phase, elapsed: 15, panes: panes.filter { $0.key <= 2 })
        #expect(late.contains { $0.contains("no \"! \" error line") }, "\(late)")
        #expect(late.contains { $0.contains("pane 2") && $0.contains("its service has no fault") }, "\(late)")
        // The screen as drawn breaks no rule; an error line with no data beside it does.
        #expect(checks.always(OverviewReading.panes(Self.screen)) == [])
        panes[3]?.error = "timeout"
        #expect(checks.always(panes).contains("pane 3 (Push) shows \"! timeout\" without its last good data"))
        panes[2]?.shade = .amber
        panes[2]?.age = 3..<4
        #expect(checks.always(panes).contains { $0.contains("pane 2") && $0.contains("amber") })
        // Recovered: no error and fetched after the faults went off.
        #expect(checks.recovered(try #require(panes[4]), elapsed: 5))
        #expect(!checks.recovered(try #require(panes[2]), elapsed: 1))
    }

    @Test func simulatorOutputGivesTheDashboardItsEnvironment() throws {
        let printed = """
            launchdeck simulator (seed 42) on 127.0.0.1:38251

            Tinylytics
              base_url      = "http://127.0.0.1:38251/tinylytics/api/v1"
              read-only key = tly-ro-demo-1
              full-access   = tly-fa-demo-2

            Taplytics
              base_url      = "http://127.0.0.1:38251/taplytics"
              api_token     = tap-demo-3   (send it as the x-access-token header)

            Apteligent
              base_url      = "http://127.0.0.1:38251/apteligent"
              client_id     = cid
              username      = demo@launchdeck.invalid
              password      = demo-pw

            """
        let fields = try #require(SimulatorProcess.fields(printed))
        #expect(fields.origin == "http://127.0.0.1:38251")
        #expect(fields.environment["TINYLYTICS_API_KEY"] == "tly-ro-demo-1")
        #expect(fields.environment["TAPLYTICS_API_TOKEN"] == "tap-demo-3")
        #expect(fields.environment["TAPLYTICS_BASE_URL"] == "http://127.0.0.1:38251/taplytics")
        #expect(fields.environment["APTELIGENT_PASSWORD"] == "demo-pw")
        #expect(fields.environment.count == 8)
    }

    /// The soak itself: short in CI; LAUNCHDECK_SOAK=full for the whole plan (scripts/soak.sh).
    @Test(.timeLimit(.minutes(SoakPlan.fromEnvironment().phases.count > 8 ? 45 : 6)))
    func faultSoak() async throws {
        let binary = PackagePaths.binary.path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw Tmux.Failure(description: "\(binary) is missing: run `swift build` first (scripts/test.sh does)")
        }
        let plan = SoakPlan.fromEnvironment()
        let verbose = ProcessInfo.processInfo.environment["LAUNCHDECK_SOAK_VERBOSE"] == "1"
        let report = try await SoakRunner(plan: plan).run(binary: binary) { line in if verbose { print(line) } }
        print(report.summary)
        if let path = ProcessInfo.processInfo.environment["LAUNCHDECK_SOAK_SUMMARY"], !path.isEmpty {
            try report.summary.write(toFile: path, atomically: true, encoding: .utf8)
        }
        // Every rule, the Apteligent budget's included (fixed: SoakFindingsTests).
        #expect(report.violations == [])
        #expect(report.exitStatus == 0)
        #expect(report.memoryGrowth <= report.memoryTolerance, "RSS grew \(report.memoryGrowth) KiB")
        #expect(report.phases.count == plan.phases.count)
    }
}
