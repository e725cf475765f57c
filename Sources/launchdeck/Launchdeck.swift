import ArgumentParser
import Foundation
import LaunchdeckApp

@main
struct Launchdeck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "launchdeck",
        abstract: "A terminal dashboard for launch day: Tinylytics traffic, Taplytics experiments and pushes, Apteligent crashes.",
        discussion: """
            With no credentials it runs on an embedded simulator of the APIs, labelled DEMO \
            (`launchdeck --demo` forces it).

            Credentials come from the environment: TINYLYTICS_API_KEY, and optionally \
            TINYLYTICS_SITE_ID and TINYLYTICS_BASE_URL.

            Keys: q quits.
            """,
        subcommands: [Dashboard.self, Simulate.self],
        defaultSubcommand: Dashboard.self)
}

struct Dashboard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Show the dashboard (the default).")

    @Flag(help: "Use the embedded simulator even when credentials are set.")
    var demo = false

    @Flag(help: "Draw with ASCII only (automatic in a non-UTF-8 locale).")
    var ascii = false

    func run() async throws {
        let status = await DashboardRunner.run(.init(forceDemo: demo, forceASCII: ascii))
        if status != 0 { throw ExitCode(status) }
    }
}

struct Simulate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the API simulator alone; prints its base URLs and demo keys.")

    @Option(help: "Port on 127.0.0.1 (0 picks a free one; a taken port falls back to a free one).")
    var port = 0

    @Option(help: "Seed of the simulated world: one seed, the same numbers.")
    var seed: UInt64 = 42

    func run() async throws {
        let status = await SimulatorRunner.run(port: port, seed: seed)
        if status != 0 { throw ExitCode(status) }
    }
}
