import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckApp

struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the key map (with the config's [keys] overrides) as a Markdown table.")

    @ParentCommand var root: Launchdeck

    func run() async throws {
        let status = KeysRunner.run(configPath: root.config, environment: ProcessInfo.processInfo.environment)
        if status != 0 { throw ExitCode(status) }
    }
}

struct ExampleConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "example-config",
        abstract: "Print a commented config naming every setting (launchdeck example-config > config.toml).")

    func run() throws {
        print(KeysRunner.exampleConfig, terminator: "")
    }
}
