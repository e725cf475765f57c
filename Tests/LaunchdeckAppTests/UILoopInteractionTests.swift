import Foundation
@testable import LaunchdeckApp
import TerminalUI
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Whole interactions with the dashboard, keys in and frames out, through the event loop
/// on a scripted terminal against the in-process simulator (no tmux: the tests that need a
/// real terminal stay in EndToEndTests).
@Suite(.serialized) @MainActor struct UILoopInteractionTests {
    typealias Step = ScriptedTerminal.Step

    func expectClean(_ run: ScriptedDashboard, quit: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures.joined(separator: "\n\n"))", sourceLocation: sourceLocation)
        if quit {
            #expect(run.outcome == .quit, sourceLocation: sourceLocation)
            #expect(run.terminal.closed, "q restores the terminal", sourceLocation: sourceLocation)
        }
    }

    static func breadcrumb(_ prefix: String) -> ([String]) -> Bool {
        { $0.first?.hasPrefix(" launchdeck › " + prefix) == true }
    }

    @Test func enterDrillsDownAndEscGoesBack() async throws {
        let run = try await ScriptedDashboard.play { _ in
            [Step.data, .key(.character("2")), .key(.enter),
             .until("the experiments list", Self.breadcrumb("Overview › Experiments ")),
             .key(.character("j")), .key(.enter),
             .until("one experiment") { s in s.first?.contains("› Experiments › ") == true && s.contains { $0.hasPrefix("│ Status ") } },
             .event(.resize(Size(width: 100, height: 30))),
             .until("the detail again after a resize") { s in
                 s.count == 30 && s.allSatisfy { $0.count <= 100 } && s.contains { $0.hasPrefix("│ Status ") }
             },
             .key(.escape),
             .until("back on the list", Self.breadcrumb("Overview › Experiments ")),
             .key(.character("h")),
             .until("back on the overview", Self.breadcrumb("Overview  ")),
             .key(.character("q"))]
        }
        expectClean(run)
    }

    @Test func aClickFocusesAPaneAndASecondOpensIt() async throws {
        let click = Step.key(.mouse(MouseEvent(.press, x: 90, y: 5)))  // inside pane 2, top right
        let run = try await ScriptedDashboard.play { _ in
            [Step.data, click, .until("the first click only focuses", Self.breadcrumb("Overview  ")), click,
             .until("the experiments list", Self.breadcrumb("Overview › Experiments ")),
             .key(.character("q"))]
        }
        expectClean(run)
    }

    @Test func aCommandOpensTheLeaderboardAndItsFilterNarrowsIt() async throws {
        let run = try await ScriptedDashboard.play { _ in
            [Step.data] + Step.command("open leaderboard") + [
                .until("the leaderboard") { s in
                    Self.breadcrumb("Overview › Leaderboard")(s) && s.contains { $0.contains("paths, all time") }
                        && s.contains { $0.contains("/pricing") }
                },
                .key(.character("/"))] + Step.type("blog") + [
                .until("only /blog rows") { s in
                    s.contains { $0.contains("filter: blog_") } && s.contains { $0.contains("/blog/") } && !s.contains { $0.contains("/pricing") }
                },
                .key(.escape),
                .until("Esc clears the filter") { s in !s.contains { $0.contains("filter:") } && s.contains { $0.contains("/pricing") } },
                .key(.escape),
                .until("Esc goes back", Self.breadcrumb("Overview  ")),
                .key(.character("q"))]
        }
        expectClean(run)
    }

    @Test func anUnknownCommandSaysSoAndLosesNothing() async throws {
        let run = try await ScriptedDashboard.play(size: Size(width: 100, height: 30)) { _ in
            [Step.data] + Step.command("frobnicate") + [
                .until("an error on the flash line") { s in
                    s.last?.contains("unknown command :frobnicate") == true && s.contains { $0.hasPrefix("│ /pricing ") }
                },
                .key(.character("q"))]
        }
        expectClean(run)
    }

    @Test func rFlashesRefreshingUntilTheFlashExpires() async throws {
        let run = try await ScriptedDashboard.play { _ in
            [Step.data, .key(.character("r")),
             .until("the flash") { $0.last == " refreshing Web…" },
             .until("the hints again once the flash is over") { $0.last?.hasPrefix(" ? help  q quit") == true },
             .key(.character("q"))]
        }
        expectClean(run)
    }

    @Test func aThemeByCommandHelpAndZoom() async throws {
        let run = try await ScriptedDashboard.play { _ in
            [Step.data] + Step.command("theme light") + [
                .until("the theme says so") { $0.last?.hasPrefix(" theme light") == true },
                .key(.character("?")),
                .until("help") { s in s.contains { $0.contains("Keys") && $0.contains("any key closes") } },
                .key(.character("x")),
                .until("any key closes help") { s in !s.contains { $0.contains("any key closes") } },
                .key(.character("4")), .key(.character("z")),
                .until("z zooms the focused pane") { s in
                    s[1].hasPrefix("┌ 4 Crashes") && s[38].hasPrefix("└") && !s.contains { $0.contains("1 Web") }
                },
                .key(.character("q"))]
        }
        expectClean(run)
        #expect(run.terminal.themes == ["light"])
    }

    @Test func crashGroupsAndOneGroupsStackTrace() async throws {
        let run = try await ScriptedDashboard.play { _ in
            [Step.data, .key(.character("4")), .key(.enter),
             .until("the crash groups") { s in
                 s.first?.contains("› Crash groups") == true && s.contains { $0.contains("crash groups, last 7 days") }
             },
             .key(.enter),
             .until("one crash group with its stack trace") { s in
                 s.contains { $0.hasPrefix("│ Stack trace") } && s.contains { $0.hasPrefix("│ Suspect line ") }
             },
             .key(.escape), .key(.escape),
             .until("back on the overview", Self.breadcrumb("Overview  ")),
             .key(.character("q"))]
        }
        expectClean(run)
    }

    /// On a site with more paths than one page, `G` reads the last page and `g` the first again.
    @Test func gAndGPageALongLeaderboard() async throws {
        let run = try await ScriptedDashboard.play(paths: 2_500) { _ in
            [Step.data] + Step.command("open leaderboard") + [
                .until("the first page") { s in s.contains { $0.contains(" paths, all time, ranks 1–1,000 loaded (scrolling loads more, G the last)") } },
                .key(.character("G")),
                .until("the last page") { s in s.contains { $0.contains(" loaded (scrolling up loads more, g the top)") } },
                .key(.character("g")),
                .until("the first page again") { s in s.contains { $0.contains(" ranks 1–1,000 loaded (scrolling loads more, G the last)") } },
                .key(.character("q"))]
        }
        expectClean(run)
    }

    static let alertConfig = """
        [ui]
        bell = %@
        notifications = "osc9"

        [[alerts]]
        name = "crash spike"
        kind = "crash_rate_above"
        value = 0.1
        """

    @Test(arguments: [true, false])
    func anAlertFlashesNotifiesAndRingsWhenAsked(bell: Bool) async throws {
        let config = Self.alertConfig.replacingOccurrences(of: "%@", with: bell ? "true" : "false")
        let run = try await ScriptedDashboard.play(config: config) { _ in
            [.until("the alert on the flash line") { $0.last?.contains("ALERT crash spike: ") == true },
             .key(.character("q"))]
        }
        expectClean(run)
        let line = run.seen("the alert on the flash line").last ?? ""
        #expect(line.contains("crash rate") && line.contains("is above 0.10%"), "\(line)")
        #expect(run.terminal.bells == (bell ? 1 : 0))
        let note = try #require(run.terminal.notifications.first)
        #expect(note.title == "launchdeck: crash spike" && note.style == .osc9 && note.text.contains("is above 0.10%"))
    }

    @Test func siteSwitchCompletesFromTheKnownSites() async throws {
        let run = try await ScriptedDashboard.play { hub in
            [Step.data, .when("the sites are known") { hub.names.sites.count >= 2 },
             .key(.character(":"))] + Step.type("site ") + [.key(.tab),
             .until("Tab lists the known sites") { s in s.last?.contains("Acme Launch") == true && s.last?.contains("Acme Docs") == true },
             .key(.character("D")), .key(.tab), .key(.enter),
             .until("the Web pane shows the other site") { $0[1].hasPrefix("┌ 1 Web · Acme Docs") },
             .key(.character("q"))]
        }
        expectClean(run)
    }

    @Test func ctrlZSuspendsAndRedrawsEverythingAfter() async throws {
        let run = try await ScriptedDashboard.play { _ in [Step.data, .event(.signal(SIGTSTP)), .key(.character("q"))] }
        expectClean(run)
        let suspended = try #require(run.terminal.suspends.first)
        #expect(run.terminal.suspends.count == 1)
        // Drawn again after fg, changed or not: what the terminal showed is gone.
        #expect(run.terminal.frames.count > suspended)
    }

    @Test func aTerminationSignalEndsTheLoopForTheRunnerToReraise() async throws {
        let run = try await ScriptedDashboard.play { _ in [Step.data, .event(.signal(SIGTERM))] }
        expectClean(run, quit: false)
        #expect(run.outcome == .signal(SIGTERM))
        #expect(!run.terminal.closed, "the runner restores the terminal as it re-raises")
    }

    @Test func aHangUpRestoresTheTerminalAndEnds() async throws {
        let run = try await ScriptedDashboard.play { _ in [Step.data, .event(.hangup)] }
        expectClean(run, quit: false)
        #expect(run.outcome == .hangup)
        #expect(run.terminal.closed)
    }
}
