import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckApp
import LaunchdeckAPI
import LaunchdeckClient
import TerminalUI

/// The program's entry point, synchronous on purpose: the dashboard's UI loop runs on the main
/// thread, and an `async` main would park that thread in `dispatch_main` (see `Blocking`).
/// Subcommands are `async`; they run on the concurrency pool while the main thread waits.
@main
enum Main {
    static func main() {
        do {
            var command = try Launchdeck.parseAsRoot()
            if let asynchronous = command as? AsyncParsableCommand {
                let work = Work(command: asynchronous)
                try Blocking.wait { try await work.run() }
            } else {
                try command.run()
            }
        } catch {
            Launchdeck.exit(withError: error)
        }
    }

    /// A parsed subcommand handed to the task that runs it (commands are plain values).
    private struct Work: @unchecked Sendable {
        var command: AsyncParsableCommand

        func run() async throws {
            var command = command
            try await command.run()
        }
    }
}

struct Launchdeck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "launchdeck",
        abstract: "A terminal dashboard for launch day: Tinylytics traffic, Taplytics experiments and pushes, Apteligent crashes.",
        discussion: """
            Run without a subcommand to show the dashboard. With no credentials it runs on an \
            embedded simulator of the APIs, labelled DEMO.

            Settings come from $XDG_CONFIG_HOME/launchdeck/config.toml (or --config FILE) and the \
            environment: TINYLYTICS_API_KEY, TINYLYTICS_SITE_ID, TINYLYTICS_BASE_URL, TAPLYTICS_API_TOKEN, \
            TAPLYTICS_BASE_URL, APTELIGENT_ACCESS_TOKEN (or APTELIGENT_CLIENT_ID, APTELIGENT_USERNAME, \
            APTELIGENT_PASSWORD), APTELIGENT_APP_ID, APTELIGENT_BASE_URL. The environment overrides the file.

            Keys: ? shows them all; q quits.
            """,
        subcommands: [Check.self, Keys.self, ExampleConfig.self, Screenshot.self, Simulate.self, Export.self, Record.self])

    @Flag(help: "Use the embedded simulator even when credentials are set.")
    var demo = false

    @Flag(help: "Draw with ASCII only (automatic in a non-UTF-8 locale).")
    var ascii = false

    @Option(help: "Theme: default, light, ansi, high-contrast, monochrome, or your own NAME.theme (see themes/).")
    var theme: String?

    @Option(help: "The config file (default: $XDG_CONFIG_HOME/launchdeck/config.toml).")
    var config: String?

    @Option(help: "The launch's moment (T0) for the charts: now, a UTC time (18:00) or 2026-12-06T18:00:00Z.")
    var t0: String?

    @Option(help: "Start replaying the history at a moment: a UTC time (18:14), 2026-12-06T18:14:00Z, or t0. Esc is live.")
    var at: String?

    @Option(help: ArgumentHelp("The state directory (history and war room), over [history] dir; e.g. /var/lib/launchdeck.", valueName: "dir"))
    var stateDir: String?

    @Option(help: ArgumentHelp("Watch the war room in DIR (a shared state directory) without credentials; never polls.", valueName: "dir"))
    var follow: String?

    func validate() throws {
        if let stateDir, !stateDir.hasPrefix("/") { throw ValidationError("--state-dir must be an absolute path") }
        if follow != nil, demo { throw ValidationError("--follow watches a recorded room; --demo runs its own") }
    }

    func run() throws {
        AsyncHTTPTransport.useOneEventLoopThread(environment: ProcessInfo.processInfo.environment)
        let status = DashboardRunner.runOnMainThread(.init(forceDemo: demo, forceASCII: ascii, theme: theme,
                                                           configPath: config, t0: t0, at: at, stateDir: stateDir,
                                                           follow: follow))
        if status != 0 { throw ExitCode(status) }
    }
}

struct Simulate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the API simulator alone; prints its base URLs and demo keys.",
        discussion: """
            The data tells a launch story: a quiet baseline, the launch 2 minutes after start, a push, \
            a crash spike and an outage. --faults takes rules SERVICE:FAULT[@RATE], comma-separated: \
            SERVICE is tinylytics, taplytics, apteligent or all; FAULT is latency=MS, 500, 502, 503, 504, \
            5xx, 429, reset, truncated, malformed, html or stall; RATE a fraction (0.2) or percentage (20%). \
            Example: --faults 'tinylytics:503@0.2,all:latency=300'.
            """)

    @Option(help: "Port on 127.0.0.1 (0 picks a free one; a taken port falls back to a free one).")
    var port = 0

    @Option(help: "Seed of the simulated world: one seed, the same numbers.")
    var seed: UInt64 = 42

    @Option(help: "Taplytics users served by usersByToken (100000 makes a crawl real).")
    var users = 250

    @Option(help: "Simulated seconds per real second (10 plays the launch's first hour in 6 minutes).")
    var speed: Double = 1

    @Option(help: "Faults to inject from the start, e.g. 'tinylytics:503@0.2,all:latency=300' (see above).")
    var faults = ""

    @Option(help: "Paths of the main Tinylytics site (100000 makes a long leaderboard).")
    var paths = 12

    @Flag(help: "Serve the admin endpoint /_admin/faults (switch faults on and off while clients run).")
    var admin = false

    @Option(help: "Taplytics pushes in the project, oldest first (1000 makes ten pages of 100).")
    var pushes = 8

    @Flag(help: """
        Add name, status, created_at and schedule to Taplytics GET /v2/push bodies. The documented GET \
        bodies carry only id, filters, notification and production (the POST answer has the rest); off by default.
        """)
    var pushFieldsOnGet = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard (0...10_000_000).contains(users) else { throw ValidationError("--users must be from 0 to 10000000") }
        guard speed > 0, speed <= 10_000 else { throw ValidationError("--speed must be above 0 and at most 10000") }
        guard (12...1_000_000).contains(paths) else { throw ValidationError("--paths must be from 12 to 1000000") }
        guard (1...1_000_000).contains(pushes) else { throw ValidationError("--pushes must be from 1 to 1000000") }
        if let problem = SimulatorRunner.faultSpecError(faults) { throw ValidationError("--faults: \(problem)") }
    }

    func run() async throws {
        let status = await SimulatorRunner.run(.init(port: port, seed: seed, users: users, speed: speed, paths: paths,
                                                     faults: faults, admin: admin, pushes: pushes,
                                                     pushFieldsOnGet: pushFieldsOnGet))
        if status != 0 { throw ExitCode(status) }
    }
}

struct Screenshot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a screen headless, after the first poll, as text, ANSI text or SVG.",
        discussion: "launchdeck's own --demo, --ascii and --theme apply here too: launchdeck screenshot --demo --theme light.")

    @Option(help: "The screen: \(ScreenshotRunner.screens.joined(separator: ", ")).")
    var screen = "overview"

    @Option(help: "Terminal size as WIDTHxHEIGHT.")
    var size = "100x30"

    @Option(help: "text, ansi or svg.")
    var format = "text"

    @Option(help: "Write here instead of standard output.")
    var output: String?

    /// --demo and --ascii are the root command's flags; they may follow `screenshot` too.
    @ParentCommand var root: Launchdeck

    @Option(help: "Fix the clock (ISO 8601, e.g. 2026-11-23T12:00:00Z) for a reproducible picture.")
    var time: String?

    @Option(help: "Seed of the simulated world.")
    var seed: UInt64 = 42

    @Option(help: "Render after watching the demo this long (its launch comes 2 minutes in): 16m shows the launch at +14 minutes.")
    var watched: String?

    func validate() throws {
        guard parsedSize != nil else { throw ValidationError("--size must look like 100x30 (each 1 to 1000)") }
        guard ScreenshotRunner.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be one of: text, ansi, svg")
        }
        if let time, Timestamp.parse(time) == nil {
            throw ValidationError("--time must be an ISO 8601 timestamp such as 2026-11-23T12:00:00Z")
        }
        if let watched, ScreenshotRunner.watchedSeconds(watched) == nil {
            throw ValidationError("--watched must be minutes or seconds such as 16m or 90s, at most 2h")
        }
    }

    var parsedSize: Size? {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w),
              (1...1000).contains(h) else { return nil }
        return Size(width: w, height: h)
    }

    func run() async throws {
        guard let size = parsedSize, let format = ScreenshotRunner.Format(rawValue: format) else {
            throw ValidationError("invalid --size or --format")
        }
        let status = await ScreenshotRunner.run(.init(
            screen: screen, size: size, format: format, output: output, forceDemo: root.demo, forceASCII: root.ascii,
            time: time.flatMap(Timestamp.parse), seed: seed, watched: watched.flatMap(ScreenshotRunner.watchedSeconds),
            theme: root.theme, configPath: root.config))
        if status != 0 { throw ExitCode(status) }
    }
}
