import Foundation
@testable import LaunchdeckApp
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckStore
import TerminalUI

/// The whole dashboard without tmux: the in-process simulator, the real services and data
/// hub, the event loop, and a scripted terminal in place of ncurses.
@MainActor
struct ScriptedDashboard {
    let terminal: ScriptedTerminal
    let outcome: EventLoop.Outcome

    /// Runs `script` (made once the hub exists, so a step may ask it something) against a
    /// simulator with `paths` paths on its main site, under `config` (TOML text).
    ///
    /// - Parameters:
    ///   - now: one clock for the simulator, the sources and the loop (as `launchdeck screenshot
    ///     --watched` steps one), so what depends on the time of day does not; default real time.
    ///   - through: what the clients send through, given the real transport (to watch requests).
    static func play(size: Size = Size(width: 120, height: 40), config: String = "", paths: Int? = nil,
                     history: HistoryWriter = HistoryWriter(history: History(off: nil)),
                     now: (@Sendable () -> Date)? = nil, through: ((any HTTPTransport) -> any HTTPTransport)? = nil,
                     _ script: (DataHub) -> [ScriptedTerminal.Step]) async throws -> ScriptedDashboard {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ld-scripted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("config.toml")
        try config.write(to: file, atomically: true, encoding: .utf8)
        let environment = ["HOME": home.path]
        let appConfig = try AppConfig.load(path: file.path, environment: environment).get()

        var options = Simulator.Options()
        if let paths { options.paths = paths }
        if let now { options.now = now }
        let clock = now ?? { Date() }
        let simulator = try await Simulator.start(options)
        let transport = AsyncHTTPTransport()
        let services = Services.demo(simulator, transport: transport, through: through?(transport))
        let terminal = ScriptedTerminal(size: size, [])
        let waker = terminal.waker
        let hub = DataHub(services: services, history: history, wallClock: clock, wake: { waker.wake() })
        terminal.play(script(hub))
        hub.start()
        let outcome = EventLoop(hub: hub, terminal: terminal, config: appConfig, environment: environment, clock: clock).run()
        await hub.stop()
        await services.shutdown()
        return ScriptedDashboard(terminal: terminal, outcome: outcome)
    }

    /// The screen a wait saw when it was met.
    func seen(_ name: String) -> [String] { terminal.seen[name] ?? [] }
}

extension ScriptedTerminal.Step {
    static func key(_ key: Key) -> Self { .event(.key(key)) }

    /// Each character of `text` as a key.
    static func type(_ text: String) -> [Self] { text.map { .key(.character($0)) } }

    /// A `:` command, typed and entered.
    static func command(_ line: String) -> [Self] { [.key(.character(":"))] + type(line) + [.key(.enter)] }

    /// Waits for the first whole frame with the simulator's data (the Web pane's top path
    /// and the hint bar).
    static var data: Self { .until("data on screen") { screen in
        screen.contains { $0.hasPrefix("│ /pricing ") } && screen.last?.hasPrefix(" ? help  q quit") == true
    } }
}
