import ArgumentParser
import LaunchdeckApp

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make one cheap call to each configured service and print what happened; exit 1 if any fails.",
        discussion: "Tinylytics GET /me, Taplytics one experiment page, Apteligent a token and GET /v2/apps. "
            + "launchdeck --demo check checks the embedded simulator instead.")

    @ParentCommand var root: Launchdeck

    func run() async throws {
        let status = await CheckRunner.run(forceDemo: root.demo, configPath: root.config, environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
