import Foundation
import LaunchdeckTesting
import Testing

/// The launch-day flow of issue 6 where it needs a real terminal (a resize, Esc read
/// against ESCDELAY), typed into the real binary in tmux against the demo. The rest of the
/// flow (the leaderboard and its filter, crash groups, commands, themes, help, zoom, the
/// site switch) runs without tmux in LaunchdeckAppTests' UILoopInteractionTests.
@Suite(.serialized) struct NavigationFlowTests {
    let e2e = DashboardEndToEndTests()

    func expectScreen(_ tmux: Tmux, _ what: String, timeout: TimeInterval = 10,
                      _ condition: ([String]) -> Bool) {
        let (ok, screen) = tmux.waitForScreen(timeout: timeout, condition)
        #expect(ok, "\(what):\n\(screen.joined(separator: "\n"))")
    }

    /// Esc, then a pause longer than ESCDELAY, so the next key is not read as Alt-key.
    func esc(_ tmux: Tmux) throws {
        try tmux.send("Escape")
        Thread.sleep(forTimeInterval: 0.25)
    }

    @Test func anExperimentSurvivesAResizeAndEscGoesBack() throws {
        let tmux = try Tmux(width: 120, height: 40, environment: DashboardEndToEndTests.utf8)
        defer { tmux.close() }
        #expect(try e2e.startDemo(tmux))

        try tmux.send("2")
        try tmux.send("Enter")
        expectScreen(tmux, "the experiments list") { $0.first?.hasPrefix(" launchdeck › Overview › Experiments ") == true }
        try tmux.send("j")
        try tmux.send("Enter")
        expectScreen(tmux, "one experiment") { s in
            s.first?.contains("› Experiments › ") == true && s.contains { $0.hasPrefix("│ Status ") }
        }
        try tmux.resize(width: 100, height: 30)
        expectScreen(tmux, "the detail again after a resize") { s in
            s.count == 30 && s[1].count == 100 && s.contains { $0.hasPrefix("│ Status ") }
        }
        try esc(tmux)
        try tmux.send("h")
        expectScreen(tmux, "back to the overview") { $0.first?.hasPrefix(" launchdeck › Overview  ") == true }
        try tmux.send("q")
        expectScreen(tmux, "q quits") { $0.contains("EXIT=0") }
    }
}
