import ArgumentParser
import LaunchdeckApp

struct Record: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Poll as the host's war-room leader with no screen, writing the history (logs to standard error).",
        discussion: """
            Dashboards with the same credentials (or --follow DIR) started beside it follow it and make \
            no API requests of their own. When another launchdeck leads, record waits as a follower and \
            takes over when it can. docs/launchdeck-record.service is a systemd unit for it.
            """)

    @Option(help: ArgumentHelp("The state directory (the store and its lock), over [history] dir; e.g. /var/lib/launchdeck.", valueName: "dir"))
    var stateDir: String?

    @ParentCommand var root: Launchdeck

    func validate() throws {
        if let stateDir, !stateDir.hasPrefix("/") { throw ValidationError("--state-dir must be an absolute path") }
    }

    func run() async throws {
        let status = await RecordRunner.run(.init(configPath: root.config, stateDir: stateDir ?? root.stateDir))
        if status != 0 { throw ExitCode(status) }
    }
}
