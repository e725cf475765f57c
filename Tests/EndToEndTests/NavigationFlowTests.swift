import Foundation
import LaunchdeckTesting
import Testing

/// The launch-day flow of issue 6, typed into the real binary in tmux against the demo.
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

    @Test func overviewToLeaderboardExperimentsAndCrashesAndBack() throws {
        let tmux = try Tmux(width: 120, height: 40, environment: DashboardEndToEndTests.utf8)
        defer { tmux.close() }
        #expect(try e2e.startDemo(tmux))

        // The leaderboard by command, filtered live, the filter cleared by Esc, back by Esc.
        try tmux.send(":")
        try tmux.send("open leaderboard", literal: true)
        try tmux.send("Enter")
        expectScreen(tmux, "the leaderboard opens") { s in
            s.first?.hasPrefix(" launchdeck › Overview › Leaderboard") == true && s.contains { $0.contains("paths, all time") }
                && s.contains { $0.contains("/pricing") }
        }
        try tmux.send("/")
        try tmux.send("blog", literal: true)
        expectScreen(tmux, "the filter keeps only /blog rows") { s in
            s.contains { $0.contains("filter: blog_") } && s.contains { $0.contains("/blog/") }
                && !s.contains { $0.contains("/pricing") }
        }
        try esc(tmux)
        expectScreen(tmux, "Esc clears the filter") { s in
            !s.contains { $0.contains("filter:") } && s.contains { $0.contains("/pricing") }
        }
        try esc(tmux)
        expectScreen(tmux, "Esc goes back to the overview") { $0.first?.hasPrefix(" launchdeck › Overview  ") == true }

        // Experiments → one experiment → back; a resize in the middle of it.
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

        // Crashes → one crash group.
        try tmux.send("4")
        try tmux.send("Enter")
        expectScreen(tmux, "the crash groups") { s in
            // The list's own summary line: "USERS" alone could be the overview's pane half-redrawn.
            s.first?.contains("› Crash groups") == true && s.contains { $0.contains("crash groups, last 7 days") }
        }
        try tmux.send("Enter")
        expectScreen(tmux, "one crash group with its stack trace") { s in
            s.contains { $0.hasPrefix("│ Stack trace") } && s.contains { $0.hasPrefix("│ Suspect line ") }
        }
        try esc(tmux)
        try esc(tmux)

        // A theme by command, help, zoom, quit.
        try tmux.send(":")
        try tmux.send("theme light", literal: true)
        try tmux.send("Enter")
        expectScreen(tmux, "the theme changes and says so") { $0.last?.hasPrefix(" theme light") == true }
        try tmux.send("?")
        expectScreen(tmux, "help") { s in s.contains { $0.contains("Keys") && $0.contains("any key closes") } }
        try tmux.send("x")
        expectScreen(tmux, "any key closes help") { s in !s.contains { $0.contains("any key closes") } }
        try tmux.send("4")
        try tmux.send("z")
        expectScreen(tmux, "z zooms the focused pane") { s in
            s[1].hasPrefix("┌ 4 Crashes") && s[28].hasPrefix("└") && !s.contains { $0.contains("1 Web") }
        }
        try tmux.send("q")
        expectScreen(tmux, "q quits") { $0.contains("EXIT=0") }
    }

    @Test func anUnknownCommandSaysSoAndLosesNothing() throws {
        let tmux = try Tmux(width: 100, height: 30, environment: DashboardEndToEndTests.utf8)
        defer { tmux.close() }
        #expect(try e2e.startDemo(tmux))
        try tmux.send(":")
        try tmux.send("frobnicate", literal: true)
        try tmux.send("Enter")
        expectScreen(tmux, "an error on the status line") { s in
            s.last?.contains("unknown command :frobnicate") == true && s.contains { $0.hasPrefix("│ /pricing ") }
        }
        try tmux.send("q")
        expectScreen(tmux, "q quits") { $0.contains("EXIT=0") }
    }

    @Test func siteSwitchCompletesFromTheKnownSites() throws {
        let home = NSTemporaryDirectory() + "launchdeck-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tmux = try Tmux(width: 120, height: 40, environment: DashboardEndToEndTests.utf8.merging(["HOME": home]) { $1 })
        defer { tmux.close() }
        #expect(try e2e.startDemo(tmux))
        Thread.sleep(forTimeInterval: 2.5)  // the site list is learnt with the first poll, looked for every second
        try tmux.send(":")
        try tmux.send("site ", literal: true)
        try tmux.send("Tab")
        expectScreen(tmux, "Tab lists the known sites") { s in
            s.last?.contains("Acme Launch") == true && s.last?.contains("Acme Docs") == true
        }
        try tmux.send("D")
        try tmux.send("Tab")
        try tmux.send("Enter")
        expectScreen(tmux, "the Web pane shows the other site") { s in s[1].hasPrefix("┌ 1 Web · Acme Docs") }
        // Real picks are remembered (ChoicesTests); the demo's never touch the user's state file.
        #expect(!FileManager.default.fileExists(atPath: home + "/.local/state/launchdeck/choices.json"))
        try tmux.send("q")
        expectScreen(tmux, "q quits") { $0.contains("EXIT=0") }
    }
}
