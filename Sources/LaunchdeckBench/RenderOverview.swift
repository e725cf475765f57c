import Foundation
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckSimulator
import Synchronization
import TerminalUI

/// The overview as the dashboard draws it, from real polls of the demo simulator 40 simulated
/// minutes into its launch scenario (traffic up, a crash spike, pushes sent), the web pane
/// polled once a minute before that so its hits-per-minute line is full: the sources the
/// dashboard polls, so the panes hold what a user sees.
func overviewData() async throws -> (data: DashboardData, now: Date) {
    let start = Date(timeIntervalSince1970: 1_795_435_200)  // 2026-11-23T12:00:00Z
    let time = Mutex(start)
    let clock: @Sendable () -> Date = { time.withLock { $0 } }
    let simulator = try await Simulator.start(.init(seed: 42, now: clock))
    time.withLock { $0 = start.addingTimeInterval(10 * 60) }
    let transport = AsyncHTTPTransport()
    let tinylytics = TinylyticsClient(baseURL: simulator.tinylyticsBaseURL,
                                      apiKey: Secret(simulator.tinylyticsKeys.readOnly), transport: transport)
    let taplytics = TaplyticsSources(client: TaplyticsClient(
        baseURL: simulator.taplyticsBaseURL, apiToken: Secret(simulator.taplyticsToken), transport: transport), wallClock: clock)
    let login = simulator.apteligentLogin
    let apteligent = ApteligentClient(
        baseURL: simulator.apteligentBaseURL,
        credentials: .password(clientID: login.clientID, username: login.username, password: Secret(login.password)),
        transport: transport)

    var data = DashboardData()
    // A poll a minute for half an hour, so the hits-per-minute line has its history.
    let web = WebSource(client: tinylytics, sites: SiteChoice(client: tinylytics), wallClock: clock)
    for _ in 0..<30 {
        _ = try await web.fetch()
        time.withLock { $0 = $0.addingTimeInterval(60) }
    }
    let now = clock()
    data.web.succeed(try await web.fetch(), at: now)
    data.experiments.succeed(try await taplytics.experiments(), at: now)
    data.pushes.succeed(try await taplytics.pushes(), at: now)
    data.crashes.succeed(try await CrashesSource(client: apteligent, apps: AppChoice(client: apteligent)).fetch(), at: now)
    for (pane, seconds) in [(Pane.web, 10.0), (.experiments, 20), (.push, 15), (.crashes, 20)] {
        data.intervals[pane] = seconds
    }
    await transport.shutdown()
    await simulator.stop()
    return (data, now.addingTimeInterval(3))
}

/// Time to render the overview into a fresh buffer (what the UI loop does every frame), at
/// the sizes of issue 5, and the cells the diff against the previous frame finds when only
/// the ages move on by a second.
func renderBenchmark() async throws {
    let (data, now) = try await overviewData()
    let screen = DashboardScreen(state: DashboardState(), data: data, budgets: ["tly 42/1000h", "tap 12/600h", "apt 4/20m"])
    for (width, height) in [(80, 24), (120, 40), (200, 60), (400, 120)] {
        let size = Size(width: width, height: height)
        let context = PaneContext(now: now, demo: true)
        var frame = Buffer(size: size)
        let ms = median(runs: 300) {
            var buffer = Buffer(size: size)
            screen.render(into: &buffer, context: context)
            frame = buffer
        }
        var next = Buffer(size: size)
        screen.render(into: &next, context: PaneContext(now: now.addingTimeInterval(1), demo: true))
        let diffMS = median(runs: 300) { _ = next.changedIndices(since: frame) }
        let changed = next.changedIndices(since: frame).count
        if ProcessInfo.processInfo.environment["BENCH_SHOW"] != nil { print(TextExport.plain(frame)) }
        row("render the overview at \(width)x\(height)", String(format: "%.3f ms", ms), width == 200 ? "< 0.5 ms" : "")
        row("  diff after 1 s (\(changed) cells changed)", String(format: "%.3f ms", diffMS), "")
    }
}
