import CNCurses
import CursesBackend
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckConfig
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckSimulator
import TerminalUI

/// Wires the dashboard together and runs it until `q`, a signal or a hang-up.
public enum DashboardRunner {
    public struct Options: Sendable {
        public var forceDemo: Bool
        public var forceASCII: Bool
        /// A theme name from themes/ (nil: default, or monochrome under NO_COLOR).
        public var theme: String?
        /// `--config FILE` (nil: the default path, if that file exists).
        public var configPath: String?
        /// `--t0`: now, a UTC time (18:00) or an ISO 8601 time; it wins over `[launch] t0`.
        public var t0: String?
        /// `--at`: start replaying the history at this moment (a UTC time, a timestamp, or t0).
        public var at: String?
        public var environment: [String: String]
        /// `--state-dir DIR`: the state directory (the store and its lock), over `[history] dir`.
        public var stateDir: String?
        /// `--follow DIR`: watch the war room in DIR without credentials, never leading.
        public var follow: String?

        public init(forceDemo: Bool, forceASCII: Bool = false, theme: String? = nil, configPath: String? = nil,
                    t0: String? = nil, at: String? = nil, stateDir: String? = nil, follow: String? = nil,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.t0 = t0
            self.at = at
            self.stateDir = stateDir
            self.follow = follow
            self.configPath = configPath
            self.forceDemo = forceDemo
            self.forceASCII = forceASCII
            self.theme = theme
            self.environment = environment
        }
    }

    /// Runs the dashboard on the main thread (the UI loop is the main actor's); returns the
    /// process's exit status. Call it from the program's synchronous entry point, never from
    /// a task: it blocks while services open and close (`Blocking`).
    public static func runOnMainThread(_ options: Options) -> Int32 {
        // One malloc arena for the process, not one per thread that ever contended: the
        // dashboard allocates little, and each extra arena kept its own high-water pages
        // (0.4-0.5 MB less peak memory measured; BENCHMARKS.md, "Memory").
        cnc_single_malloc_arena()
        // Fail fast, before any server starts: a pipe or CI has no screen to draw on.
        do {
            try CursesTerminal.checkInteractive(environment: options.environment)
        } catch {
            Console.error(error.description)
            return 2
        }

        guard var loaded = AppConfig.load(for: "launchdeck", path: options.configPath, environment: options.environment) else {
            return 2
        }
        if let text = options.t0 {
            guard let setting = T0Setting(text, parseTime: Timestamp.parse), setting != .off else {
                Console.error("launchdeck: --t0 takes now, a UTC time such as 18:00, or a time such as 2026-12-06T18:00:00Z")
                return 2
            }
            loaded.t0 = setting.resolve(now: Date())
        }
        // `--at` reads as `:at` does; `live` is what happens without it.
        var replayAt: ReplayMove?
        if let text = options.at {
            guard case .success(.at(let move)?) = CommandCatalog().parse("at " + text), move != .live else {
                Console.error("launchdeck: --at takes a UTC time such as 18:14, a time such as 2026-12-06T18:14:00Z, or t0")
                return 2
            }
            replayAt = move
        }
        if let dir = options.stateDir { loaded.configuration.history.dir = dir }
        let config = loaded
        // Fields of the APIs' answers that could not be read, a line each, for a bug report.
        DecodeNoteLog.shared.logTo(options.environment["LAUNCHDECK_DEBUG_LOG"].flatMap { $0.isEmpty ? nil : $0 })

        let theme: Theme
        do {
            theme = try ThemeLoader.load(name: options.theme ?? config.themeName, environment: options.environment)
        } catch {
            Console.error("launchdeck: \(error.description)")
            return 2
        }

        let services: Services
        // A `--follow` viewer opens no client: it holds no credentials, and never polls.
        let opening: Result<Services, ConfigError> = options.follow != nil
            ? .success(.following(config.configuration, environment: options.environment))
            : Blocking.wait {
                await Services.open(forceDemo: options.forceDemo, configuration: config.configuration,
                                    environment: options.environment)
            }
        switch opening {
        case .success(let opened): services = opened
        case .failure(let error):
            Console.error("launchdeck: \(error.description)")
            return 2
        }
        let history: HistoryWriter, room: Room?
        switch RoomSetup.open(config.configuration, services: services, follow: options.follow, environment: options.environment) {
        case .success(let opened): (history, room) = opened
        case .failure(let problem):
            for line in problem.lines { Console.error("launchdeck: \(line)") }
            Blocking.wait { await services.shutdown() }
            return 2
        }
        let hub = DataHub(services: services, history: history, room: room, wake: { CursesTerminal.wake() })
        hub.start()
        let forceASCII = options.forceASCII || config.configuration.ui.ascii == true
        let outcome: Result<EventLoop.Outcome, TerminalError> = MainActor.assumeIsolated {
            let terminal: CursesTerminal
            do throws(TerminalError) {
                terminal = try CursesTerminal.open(theme: theme, forceASCII: forceASCII, mouse: config.configuration.ui.mouse,
                                                   environment: options.environment)
            } catch {
                return .failure(error)
            }
            let outcome = EventLoop(hub: hub, terminal: terminal, config: config, environment: options.environment,
                                    replayAt: replayAt).run()
            if case .signal(let signal) = outcome { terminal.exit(dueTo: signal) }
            return .success(outcome)
        }
        // The screen is gone: say the warnings again where they stay readable.
        for warning in config.warnings { Console.error("launchdeck: warning: \(warning)") }
        if let problem = history.history.problem { Console.error("launchdeck: \(problem.description)") }

        // The screen is already restored; never keep the user waiting on the network.
        let closed = Blocking.wait {
            await Self.atMost(Self.shutdownLimit) {
                await hub.stop()
                await services.shutdown()
            }
        }
        if !closed {
            Console.error("launchdeck: the network connections did not close within \(Self.shutdownLimit); left them behind")
        }

        switch outcome {
        case .success(.quit): return 0
        case .success(.hangup): return 129
        case .success(.signal(let signal)): return 128 + signal  // not reached: the signal ends the process
        case .failure(let error):
            Console.error(error.description)
            return 2
        }
    }
}

extension DashboardRunner {
    /// How long quitting may wait for the network to close.
    static let shutdownLimit: Duration = .seconds(2)

    /// Runs `work`, returning when it is done (true) or after `limit` (false), whichever comes first.
    @discardableResult
    static func atMost(_ limit: Duration, _ work: @escaping @Sendable () async -> Void) async -> Bool {
        let done = AsyncStream<Bool>.makeStream()
        let worker = Task {
            await work()
            done.continuation.yield(true)
        }
        let timer = Task {
            try? await Task.sleep(for: limit)
            done.continuation.yield(false)
        }
        var finished = false
        for await value in done.stream {
            finished = value
            break
        }
        timer.cancel()
        _ = worker
        return finished
    }
}

/// Writes to standard error (never to the screen ncurses owns).
enum Console {
    static func error(_ message: String) {
        POSIXWrite.all(message + "\n", to: 2)
    }
}
