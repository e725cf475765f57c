import CNCurses
import CursesBackend
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient
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
        public var environment: [String: String]

        public init(forceDemo: Bool, forceASCII: Bool = false, theme: String? = nil, configPath: String? = nil,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
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

        guard let config = AppConfig.load(for: "launchdeck", path: options.configPath, environment: options.environment) else {
            return 2
        }
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
        switch Blocking.wait({
            await Services.open(forceDemo: options.forceDemo, configuration: config.configuration,
                                environment: options.environment)
        }) {
        case .success(let opened): services = opened
        case .failure(let error):
            Console.error("launchdeck: \(error.description)")
            return 2
        }
        let hub = DataHub(services: services, wake: { CursesTerminal.wake() })
        hub.start()
        let forceASCII = options.forceASCII || config.configuration.ui.ascii == true
        let outcome = MainActor.assumeIsolated {
            UILoop(hub: hub, services: services, config: config, environment: options.environment)
                .run(theme: theme, forceASCII: forceASCII)
        }
        // The screen is gone: say the warnings again where they stay readable.
        for warning in config.warnings { Console.error("launchdeck: warning: \(warning)") }

        // The screen is already restored; never keep the user waiting on the network.
        Blocking.wait {
            await Self.atMost(.seconds(2)) {
                await hub.stop()
                await services.shutdown()
            }
        }

        switch outcome {
        case .quit: return 0
        case .hangup: return 129
        case .failed(let message):
            Console.error(message)
            return 2
        }
    }
}

extension DashboardRunner {
    /// Runs `work`, returning when it is done or after `limit`, whichever comes first.
    static func atMost(_ limit: Duration, _ work: @escaping @Sendable () async -> Void) async {
        let done = AsyncStream<Void>.makeStream()
        let worker = Task {
            await work()
            done.continuation.yield()
        }
        let timer = Task {
            try? await Task.sleep(for: limit)
            done.continuation.yield()
        }
        for await _ in done.stream { break }
        timer.cancel()
        _ = worker
    }
}

/// Writes to standard error (never to the screen ncurses owns).
enum Console {
    static func error(_ message: String) {
        POSIXWrite.all(message + "\n", to: 2)
    }
}
