import Foundation

/// The pieces a soak drives: `launchdeck simulate --admin` in its own process, and the
/// dashboard (the debug binary) in tmux, pointed at it through the environment, with an
/// empty HOME and a config file that only sets the refresh intervals.
public final class SoakSession: @unchecked Sendable {
    // @unchecked: every stored property is set once in init; Tmux and the processes are safe to share.
    public let simulator: SimulatorProcess
    public let tmux: Tmux
    public let directory: URL
    /// The dashboard's process id, once it has drawn its first full frame.
    public let dashboard: pid_t

    /// A stable capture: the text of each row, its colours, and when it was taken.
    public struct Sample: Sendable {
        public var time: Date
        public var lines: [StyledLine]
        public var panes: [Int: PaneReading]
        public var text: [String] { lines.map(\.text) }
    }

    public init(plan: SoakPlan, binary: String) async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("launchdeck-soak-\(UUID().uuidString.prefix(8))")
        let home = directory.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let config = directory.appendingPathComponent("config.toml")
        let refresh = ["tinylytics", "taplytics", "apteligent"].map { service in
            "[\(service)]\nrefresh = \"\(Int(plan.intervals[service] ?? 30))s\"\n"
        }
        try refresh.joined(separator: "\n").write(to: config, atomically: true, encoding: .utf8)

        let simulator = try SimulatorProcess(binary: binary, speed: plan.speed,
                                             outputPath: directory.appendingPathComponent("simulator.out").path)
        var environment = simulator.dashboardEnvironment
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent(".config").path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent(".local/state").path
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        let tmux: Tmux
        do {
            // Wide enough that a pane's error line is read whole (the 2x2 overview at any width).
            tmux = try Tmux(width: 200, height: 30, environment: environment)
        } catch {
            await simulator.stop()
            throw error
        }
        // Settings the test runner's own environment may hold must not reach the dashboard.
        let unset = ["APTELIGENT_ACCESS_TOKEN", "APTELIGENT_APP_ID", "TINYLYTICS_SITE_ID", "NO_COLOR", "HTTPS_PROXY",
                     "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"].map { "-u \($0)" }
        do {
            try tmux.typeLine("clear; env \(unset.joined(separator: " ")) '\(binary)' --config '\(config.path)'; "
                              + "echo EXIT=$?")
            let (drawn, screen) = tmux.waitForScreen(timeout: 60) { screen in
                let panes = OverviewReading.panes(screen.map { StyledLine(escaped: $0) })
                return SoakPlan.panes.allSatisfy { panes[$0.number]?.age != nil && panes[$0.number]?.showsData == true }
            }
            guard drawn, let pid = ProcessProbe.child(of: try tmux.display("#{pane_pid}")) else {
                throw Tmux.Failure(description: "the dashboard never showed all four panes with data:\n"
                                   + screen.joined(separator: "\n"))
            }
            dashboard = pid
        } catch {
            tmux.close()
            await simulator.stop()
            throw error
        }
        self.directory = directory
        self.simulator = simulator
        self.tmux = tmux
    }

    /// Two captures in a row that agree (a frame is never read half-written), parsed.
    public func sample() throws -> Sample {
        var previous = try tmux.captureWithEscapes()
        for _ in 0..<20 {
            let time = Date()
            let current = try tmux.captureWithEscapes()
            if current == previous {
                let lines = StyledLine.lines(current)
                return Sample(time: time, lines: lines, panes: OverviewReading.panes(lines))
            }
            previous = current
        }
        let lines = StyledLine.lines(previous)
        return Sample(time: Date(), lines: lines, panes: OverviewReading.panes(lines))
    }

    /// True while the dashboard runs and its shell has not printed an exit status.
    public func dashboardIsRunning(_ sample: Sample) -> Bool {
        ProcessProbe.isRunning(dashboard) && !sample.text.contains { $0.hasPrefix("EXIT=") }
    }

    /// Presses q and returns the exit status the shell prints, or nil if none came.
    public func quit() throws -> Int? {
        try tmux.send("q")
        let (ended, screen) = tmux.waitForScreen(timeout: 10) { $0.contains { $0.hasPrefix("EXIT=") } }
        guard ended, let line = screen.first(where: { $0.hasPrefix("EXIT=") }) else { return nil }
        return Int(line.dropFirst("EXIT=".count).trimmingCharacters(in: .whitespaces))
    }

    /// Ends the terminal and the simulator, and removes the temporary files.
    public func close() async {
        tmux.close()
        await simulator.stop()
        try? FileManager.default.removeItem(at: directory)
    }
}
