import Foundation
@testable import LaunchdeckApp
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckStore
import TerminalUI
import Testing

/// Replay: `:at` shows what the panes showed at a moment, from the history, labelled as such;
/// `]` steps to the next recorded poll, `p` plays, Esc is live again.
@MainActor @Suite struct ReplayTests {
    func temporaryPath() -> (directory: String, path: String) {
        let directory = NSTemporaryDirectory() + "launchdeck-replay-\(UUID().uuidString)"
        return (directory, directory + "/history.sqlite")
    }

    /// `18:14:35`, as the header shows a replayed moment.
    func hms(_ date: Date) -> String { String(Timestamp.format(date).dropFirst(11).prefix(8)) }

    @Test func atShowsTheKeptPanesThenStepsAndGoesBackToLive() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = History.open(path: path)
        // A first run keeps what its panes showed.
        _ = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in [.data, .key(.character("q"))] }
        let kept = try #require(history.snapshot(source: "web"))
        var earlier = try #require(SnapshotCodec.decode(WebSnapshot.self, from: kept.body))
        earlier.topPaths[0].key = "/back-then"
        let moment = Date(timeIntervalSince1970: (kept.observedAt.timeIntervalSince1970 - 600).rounded())
        history.saveSnapshot(StoredSnapshot(source: "web", observedAt: moment, body: try #require(SnapshotCodec.encode(earlier))))

        // The first run's first poll (of whichever pane answered first) is the next one kept.
        let next = try #require(history.snapshotTimes(from: moment.addingTimeInterval(1), to: .distantFuture).first)
        let run = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.data] + ScriptedTerminal.Step.command("at " + Timestamp.format(moment.addingTimeInterval(5))) + [
                .until("the kept Web pane, labelled REPLAY") { screen in
                    screen.contains { $0.contains("/back-then") } && screen[0].contains("REPLAY")
                        && screen[0].contains(hms(moment.addingTimeInterval(5)) + " UTC")
                },
                .key(.character("]")),
                .until("the next poll kept (of any pane), still replaying") { screen in
                    screen[0].contains("REPLAY") && screen[0].contains(hms(next))
                },
                .key(.character("[")),
                .until("back a poll: the one kept earlier") { screen in
                    screen.contains { $0.contains("/back-then") } && screen[0].contains(hms(moment))
                },
                .key(.character(">")), .key(.character("p")),
                .until("playing at x2") { screen in screen[0].contains("\u{00D7}2 playing") },
                .key(.escape),
                .until("live again") { screen in !screen[0].contains("REPLAY") && screen.last?.hasPrefix(" ? help  q quit") == true },
                .key(.character("q")),
            ]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures)")
        let replaying = run.seen("the kept Web pane, labelled REPLAY")
        #expect(replaying.last?.contains("Esc") == true, "the hints say how to leave: \(replaying.last ?? "")")
    }

    @Test func atAMomentWithNothingKeptSaysSo() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = History.open(path: path)
        let run = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.data] + ScriptedTerminal.Step.command("at 2001-01-01T00:00:00Z") + [
                .until("nothing recorded, said in the panes") { screen in
                    screen[0].contains("REPLAY") && screen.contains { $0.contains("nothing recorded at or before 2001-01-01") }
                },
                .key(.character("]")),
                .until("no later poll within a day") { screen in screen.last?.contains("no later poll recorded") == true },
                .key(.escape), .key(.character("q")),
            ]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures)")
    }

    @Test func theTimelinesCursorReadsAMomentAndEnterReplaysIt() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = History.open(path: path)
        let run = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.data, .key(.character("t")),
             .until("the timeline with the first poll's hits") { screen in screen.contains { $0.contains("Hits per minute") } },
             .key(.character("[")),
             .until("the cursor reads its bucket in the title") { screen in
                 screen[1].range(of: #"\d\d:\d\d · \d+ hits/min"#, options: .regularExpression) != nil
                     && screen.contains { $0.contains("\u{250A}") } && screen.last?.contains("Enter replay") == true
             },
             .key(.enter),
             .until("replaying at the cursor") { screen in screen[0].contains("REPLAY") },
             .key(.escape),
             .until("live, still on the timeline") { screen in !screen[0].contains("REPLAY") && screen[0].contains("Timeline") },
             .key(.character("q"))]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures)")
    }

    /// A drill-down someone had open is kept too, and replay shows it as it was.
    @Test func anOpenDrillDownIsKeptAndReplayed() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = History.open(path: path)
        _ = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.data] + ScriptedTerminal.Step.command("open crashes") + [
                .until("the crash groups") { screen in screen.contains { $0.contains("NSInvalidArgumentException") } },
                .key(.character("q"))]
        }
        let source = try #require(Route.crashes.historySource)
        let kept = try #require(history.snapshot(source: source), "the open drill-down was kept")
        guard case .crashGroups(var rows) = try #require(SnapshotCodec.decode(DrillDown.self, from: kept.body)) else {
            Issue.record("kept as crash groups")
            return
        }
        rows[0].name = "BackThenException"
        let moment = Date(timeIntervalSince1970: (kept.observedAt.timeIntervalSince1970 - 600).rounded())
        history.saveSnapshot(StoredSnapshot(source: source, observedAt: moment,
                                            body: try #require(SnapshotCodec.encode(DrillDown.crashGroups(rows)))))
        let run = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.data] + ScriptedTerminal.Step.command("open crashes") + [
                .until("live crash groups") { screen in screen.contains { $0.contains("NSInvalidArgumentException") } },
            ] + ScriptedTerminal.Step.command("at " + Timestamp.format(moment.addingTimeInterval(5))) + [
                .until("the crash groups as kept then") { screen in
                    screen[0].contains("REPLAY") && screen.contains { $0.contains("BackThenException") }
                },
                .key(.escape),
                .until("live again") { screen in
                    !screen[0].contains("REPLAY") && screen.contains { $0.contains("NSInvalidArgumentException") }
                },
                .key(.character("q")),
            ]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures)")
        #expect(try Route.user(TaplyticsUserLookup.parse("user9@example.invalid").get()).historySource == nil,
                "a user card is never kept: personal data")
    }

    /// A screen with choices other than the defaults is kept under its own name (`DrillWatch.key`),
    /// and replay reads it from there: the hits screen at 7 days replays as 7 days, not "not recorded".
    @Test func aDrillDownWithChoicesIsReplayedFromItsOwnKey() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = History.open(path: path)
        let sevenDays = { (screen: [String]) in screen.contains { $0.contains("7 days to today") } }
        _ = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.data] + ScriptedTerminal.Step.command("open hits") + ScriptedTerminal.Step.command("range 7d")
                + [.until("the hits of 7 days", sevenDays), .key(.character("q"))]
        }
        let key = try #require(DrillWatch(route: .hits, query: DrillDownQuery(range: .last7d))?.key)
        #expect(key != Route.hits.historySource, "choices other than the defaults have a name of their own")
        let kept = try #require(history.snapshot(source: key), "the 7-day answer was kept under \(key)")
        let run = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.data] + ScriptedTerminal.Step.command("open hits") + ScriptedTerminal.Step.command("range 7d")
                + [.until("the hits of 7 days, live", sevenDays)]
                + ScriptedTerminal.Step.command("at " + Timestamp.format(kept.observedAt.addingTimeInterval(1)))
                + [.until("the 7-day hits as kept then") { screen in screen[0].contains("REPLAY") && sevenDays(screen) },
                   .key(.character("q"))]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures)")
        #expect(!run.terminal.frames.contains { frame in frame.contains { $0.contains("not recorded at or before") } },
                "replay found the screen's data kept under its choices")
    }
}
