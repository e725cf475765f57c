#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckConfig

/// `launchdeck record`: the host's leader with no screen. It polls like the dashboard and
/// writes the history and the war room's snapshots, so both exist before anyone watches and
/// outlive every watcher; when another launchdeck leads, it waits as a follower and takes
/// over when it can. One line a poll on standard error (the journal under systemd).
public enum RecordRunner {
    public struct Options: Sendable {
        public var configPath: String?
        public var stateDir: String?
        public var environment: [String: String]

        public init(configPath: String?, stateDir: String?,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.configPath = configPath
            self.stateDir = stateDir
            self.environment = environment
        }
    }

    /// Runs until SIGINT or SIGTERM; returns the exit status.
    public static func run(_ options: Options) async -> Int32 {
        guard var config = AppConfig.load(for: "launchdeck record", path: options.configPath, environment: options.environment)
        else { return 2 }
        if let dir = options.stateDir { config.configuration.history.dir = dir }
        let configuration = config.configuration
        guard !configuration.hasNoCredentials else {
            say("no credentials: record polls the real APIs (launchdeck --help lists the settings); nothing to record")
            return 2
        }
        guard configuration.history.enabled else {
            say("[history] enabled = false: record has nowhere to write; turn history on")
            return 2
        }
        let services: Services
        switch await Services.open(forceDemo: false, configuration: configuration, environment: options.environment,
                                   demoWhenUnconfigured: false) {
        case .success(let opened): services = opened
        case .failure(let error):
            say(error.description)
            return 2
        }
        let history: HistoryWriter, room: Room?
        switch RoomSetup.open(configuration, services: services, follow: nil, environment: options.environment) {
        case .success(let opened): (history, room) = opened
        case .failure(let problem):
            problem.lines.forEach(say)
            await services.shutdown()
            return 2
        }
        guard let room else {
            say(history.history.problem?.description ?? "the history store is off; nothing to record")
            await services.shutdown()
            return 2
        }
        say("recording to \(room.database) (pid \(room.pid))")
        let hub = DataHub(services: services, history: history, room: room, log: say, wake: {})
        hub.start()
        await SimulatorRunner.waitForTermination()
        say("stopping")
        await hub.stop()
        await services.shutdown()
        if let problem = history.history.problem { say(problem.description) }
        return 0
    }

    @Sendable static func say(_ message: String) {
        Console.error(PollLog.stamped("launchdeck record: " + message))
    }
}
