import Foundation
import LaunchdeckModel
@testable import LaunchdeckScreens
import TerminalUI
import Testing

/// The overview as literal lines, from fixed data, at 120x40 (the 2×2 grid) and 80x24 (stacked).
@Suite struct OverviewScreenTests {
    @Test func gridAt120x40() {
        let lines = Fixture.render(demo: true).lines
        #expect(lines.count == 40)
        #expect(lines[0] == " launchdeck › Overview" + String(repeating: " ", count: 82) + "DEMO 12:00 UTC  ")
        #expect(lines[1] == "┌ 1 Web · Acme Launch (acme.example) ─────── DEMO  5s ago ─┐┌ 2 Experiments · 1 active ───────────────── DEMO  5s ago ─┐")
        #expect(lines[2] == "│                                        ▃▃▄▄▄▅▅▆▆▆ 94/min ││ EXPERIMENT                            STATUS VAR CREATED │")
        #expect(lines[3] == "│ today 12,340 views · 8,100 visitors · yesterday 15,200   ││ Checkout v2                           active   2  1d ago │")
        #expect(lines[4] == "│  UP  since 10:00 UTC (2h) · 99.95% · SSL 62d             ││ Onboarding copy                       paused   3  3d ago │")
        #expect(lines[5] == "│ TOP PATHS                                          VIEWS ││ Blog �]0;pwned�layout                 draft    -       - │",
                "an OSC title sequence from the API is shown as placeholders, never sent")
        #expect(lines[7] == "│ /pricing                                           2,500 ││                                                          │")
        #expect(lines[20] == "┌ 3 Push ─────────────────────────────────── DEMO  5s ago ─┐┌ 4 Crashes · Acme iOS ───────────────────── DEMO  5s ago ─┐")
        #expect(lines[21] == "│ ALERT                       STATUS                  WHEN ││ crash rate 1.80% vs 0.88% (24h)                   ▁▁▁▂▄▆ │")
        #expect(lines[22] == "│ We're live!                 scheduled  12:05 UTC · in 5m ││ rate (top-5 share): 3.1.0 2.40% (8%) · 3.0.2 0.35% (91%) │")
        #expect(lines[24] == "│                                                          ││ NSInvalidArgumentException nil key           210     530 │")
        #expect(lines[39] == " ? help  q quit  Enter open  Tab pane  z zoom  t timeline  r refresh  : command  f freeze      tly 12/1000h · apt 4/20m ")
    }

    @Test func stackedAt80x24() {
        let lines = Fixture.render(width: 80, height: 24).lines
        #expect(lines == [
            " launchdeck › Overview                                               12:00 UTC  ",
            "┌ 1 Web · Acme Launch (acme.example) ───────────────────────────────── 5s ago ─┐",
            "│                                                            ▃▃▄▄▄▅▅▆▆▆ 94/min │",
            "│ today 12,340 views · 8,100 visitors · yesterday 15,200 (UTC days)            │",
            "│  UP  since 10:00 UTC (2h) · 99.95% · SSL 62d                                 │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ 2 Experiments · 1 active ─────────────────────────────────────────── 5s ago ─┐",
            "│ EXPERIMENT                                                STATUS VAR CREATED │",
            "│ Checkout v2                                               active   2  1d ago │",
            "│ Onboarding copy                                           paused   3  3d ago │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ 3 Push ───────────────────────────────────────────────────────────── 5s ago ─┐",
            "│ ALERT                                           STATUS                  WHEN │",
            "│ We're live!                                     scheduled  12:05 UTC · in 5m │",
            "│ Flash sale                                      sent      11:00 UTC · 1h ago │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "┌ 4 Crashes · Acme iOS ─────────────────────────────────────────────── 5s ago ─┐",
            "│ crash rate 1.80% vs 0.88% (24h)                                       ▁▁▁▂▄▆ │",
            "│ rate by version (top-5 load share): 3.1.0 2.40% (8%) · 3.0.2 0.35% (91%)     │",
            "│ EXCEPTION                  REASON                           SESSIONS CRASHES │",
            "│ NSInvalidArgumentException nil key                               210     530 │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " ? help  q quit  Enter open  Tab pane  z zoom          tly 12/1000h · apt 4/20m ",
        ])
    }

    @Test func aFailureKeepsTheLastGoodDataWithTheErrorBesideIt() {
        var data = Fixture.data()
        data.web.fail("401 from Tinylytics: the key was refused (TINYLYTICS_API_KEY)", at: Fixture.now)
        let lines = Fixture.render(data: data, width: 120, height: 40).lines
        #expect(lines[7] == "│ /pricing                                           2,500 ││                                                          │",
                "the last good rows stay")
        #expect(lines[18] == "│ ! 401 from Tinylytics: the key was refused (TINYLYTICS_A ││                                                          │")
        #expect(lines[2].hasPrefix("│ ") && lines[2].contains("94/min"))
    }

    @Test func offServicesSayHowToTurnThemOn() {
        var data = Fixture.data()
        data.crashes = Loadable()
        data.offHints[.crashes] = "Apteligent is off. Set APTELIGENT_ACCESS_TOKEN."
        let lines = Fixture.render(data: data, width: 100, height: 24).lines
        #expect(lines[12].hasSuffix("┌ 4 Crashes ─────────────────────────────── off ─┐"))
        #expect(lines[13].hasSuffix("│ Apteligent is off. Set                         │"))
        #expect(lines[14].hasSuffix("│ APTELIGENT_ACCESS_TOKEN.                       │"), "wrapped at a space")
    }

    @Test func agesTurnAmberPastTwiceAndRedPastFiveTimesTheInterval() {
        func ageStyle(fetchedAgo seconds: TimeInterval) -> (String, Role) {
            var data = Fixture.data()
            data.pushes = Loadable(value: Fixture.pushes, fetchedAt: Fixture.now.addingTimeInterval(-seconds))
            let buffer = Fixture.render(data: data)
            let line = buffer.lines[20]
            let x = line.distance(from: line.startIndex, to: line.range(of: " ago")!.lowerBound) - 1
            return (line, buffer[x, 20].style.role)
        }
        #expect(ageStyle(fetchedAgo: 15).1 == .muted)
        #expect(ageStyle(fetchedAgo: 25).1 == .warning)
        #expect(ageStyle(fetchedAgo: 60).1 == .bad)
        #expect(ageStyle(fetchedAgo: 60).0.contains("1m ago"))
    }

    @Test func loadingPanesSaySo() {
        let lines = Fixture.render(data: DashboardData(), width: 100, height: 24).lines
        #expect(lines[2].hasPrefix("│ Loading Tinylytics… "))
        #expect(lines[13].hasPrefix("│ Loading Taplytics pushes… "))
    }

    @Test func zoomShowsTheFocusedPaneAlone() {
        var state = DashboardState()
        state.focus = .crashes
        state.zoomed = true
        let lines = Fixture.render(state, width: 80, height: 24).lines
        #expect(lines[1].hasPrefix("┌ 4 Crashes · Acme iOS ─"))
        #expect(lines[22].hasPrefix("└"))
        #expect(lines[6] == "│ SIGSEGV                    -                                      12      40 │")
    }

    @Test func tooSmallSaysWhatItNeeds() {
        let lines = Fixture.render(width: 30, height: 8).lines
        #expect(lines[0] == "terminal too small: need 50×12")
        #expect(lines.dropFirst().allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    @Test func helpListsEveryBindingOfTheKeyMap() {
        var state = DashboardState()
        state.helpShown = true
        let lines = Fixture.render(state, width: 80, height: 24).lines
        #expect(lines[1] == "┌┌ Keys ───────────────────────────────────────────────────── any key closes ─┐┐")
        #expect(lines[2] == "││ Enter           open the selected pane or row                              ││")
        #expect(lines[5] == "└│ 1 2 3 4         focus the Web, Experiments, Push or Crashes pane           │┘")
        #expect(lines[15] == "││ [ ] p < >       replay: step, play, slower, faster                         ││")
        // At 24 rows every key fits, grouped where keys go together, and the commands' footer too.
        #expect(lines[17] == "┌│ q               quit                                                       │┐")
        #expect(lines[20].hasPrefix("││ :site :app :range :group :zone :theme :open :user :t0 :at"))
        let text = lines.joined(separator: "\n")
        for binding in KeyMap.standard.bindings {
            let group = KeyHelp.groups.first { $0.actions.contains(binding.action) }
            #expect(text.contains(binding.keys.map(\.name).joined(separator: " ")) && text.contains(group?.summary ?? binding.action.summary),
                    "\(binding.action)")
        }
    }

    /// Every `:` command is on the help at 80x24, the smallest usual terminal: a command added
    /// to the catalog that no longer fits fails here.
    @Test func helpAt80x24ShowsEveryCommandAndEveryKey() {
        var state = DashboardState()
        state.helpShown = true
        let lines = Fixture.render(state, width: 80, height: 24).lines
        let words = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
        for name in CommandCatalog.names {
            #expect(words.contains(":" + name), ":\(name) on the help:\n\(lines.joined(separator: "\n"))")
        }
        #expect(!lines.joined().contains("more: make the terminal taller"), "every key fits too")
    }

    @Test func flashAndCommandLineTakeTheStatusBar() {
        let flashed = Fixture.render(width: 80, height: 24, flash: (":group takes one of: path, country", true)).lines
        #expect(flashed[23] == " :group takes one of: path, country" + String(repeating: " ", count: 45))
        var state = DashboardState()
        state.input = .command(line: "r", candidates: ["range", "refresh"])
        let typing = Fixture.render(state, width: 80, height: 24).lines
        #expect(typing[23] == ":r_ range  refresh" + String(repeating: " ", count: 62))
    }
}
