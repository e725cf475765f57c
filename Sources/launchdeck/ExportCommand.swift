import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckApp

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the recorded series and events (the launch's history) as CSV or JSON.",
        discussion: """
            The history of the credentials in use (or of the demo, with --demo or without credentials), \
            from $XDG_STATE_HOME/launchdeck (else ~/.local/state/launchdeck). Times are UTC.
            """)

    @Option(help: "From when: T0, a span back from now (90s, 30m, 2h, 7d) or a time (2026-12-06T18:00:00Z). Default: everything.")
    var since: String?

    @Option(help: "csv or json.")
    var format = "csv"

    @Option(help: "Write here (replaced only by a complete export) instead of standard output.")
    var output: String?

    @ParentCommand var root: Launchdeck

    func validate() throws {
        guard ExportRunner.formats.contains(format) else {
            throw ValidationError("--format must be one of: \(ExportRunner.formats.joined(separator: ", "))")
        }
    }

    func run() throws {
        let status = ExportRunner.run(.init(since: since, format: format, output: output, forceDemo: root.demo,
                                            configPath: root.config))
        if status != 0 { throw ExitCode(status) }
    }
}
