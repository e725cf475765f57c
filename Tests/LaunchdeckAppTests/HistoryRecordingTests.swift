import Foundation
@testable import LaunchdeckApp
import LaunchdeckModel
import LaunchdeckStore
import TerminalUI
import Testing

/// The dashboard records what it shows, and a history it cannot use never stops it.
@MainActor @Suite struct HistoryRecordingTests {
    func temporaryPath() -> (directory: String, path: String) {
        let directory = NSTemporaryDirectory() + "launchdeck-recording-\(UUID().uuidString)"
        return (directory, directory + "/history.sqlite")
    }

    @Test func eachPollOnScreenIsInTheHistory() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = History.open(path: path)
        let run = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.data, .key(.character("q"))]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures)")
        let names = history.seriesNames()
        #expect(names.contains { $0.hasPrefix("web/") && $0.hasSuffix("/views_today") }, "\(names)")
        #expect(names.contains { $0.hasPrefix("web/") && $0.hasSuffix("/lifetime_hits") }, "\(names)")
        let views = try #require(names.first { $0.hasSuffix("/views_today") })
        #expect(!history.points(views, from: .distantPast, to: .distantFuture).isEmpty)
    }

    /// What each pane showed is kept whole: every stored snapshot reads back, and reads back
    /// to the same thing (its encoding again gives the same bytes: no field lost or changed).
    @Test func eachPaneSnapshotIsKeptAndReadsBackWhole() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = History.open(path: path)
        let run = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.data, .key(.character("q"))]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures)")
        let read = PaneSnapshots.read(history)
        #expect(read.web != nil && read.experiments != nil && read.pushes != nil && read.crashes != nil, "\(read)")
        func same<V: Codable>(_ source: PaneSnapshots.Source, _ type: V.Type) throws {
            let stored = try #require(history.snapshot(source: source.rawValue))
            let value = try #require(SnapshotCodec.decode(V.self, from: stored.body), "\(source) reads back")
            #expect(SnapshotCodec.encode(value) == stored.body, "\(source) reads back to the same snapshot")
        }
        try same(.web, WebSnapshot.self)
        try same(.experiments, ExperimentsSnapshot.self)
        try same(.pushes, PushSnapshot.self)
        try same(.crashes, CrashesSnapshot.self)
        #expect(read.web?.value.topPaths.isEmpty == false, "the leaderboard is in it")
        #expect(read.crashes?.value.topGroups.isEmpty == false, "the crash groups are in it")
    }

    @Test func aDamagedHistorySaysSoOnceAndTheDashboardGoesOn() async throws {
        let (directory, path) = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: path))
        let history = History.open(path: path)
        let run = try await ScriptedDashboard.play(history: HistoryWriter(history: history)) { _ in
            [.until("history is off, said on the flash line") { screen in
                screen.last?.contains("history is off: its database is damaged; move it aside") == true
            }, .data, .key(.character("q"))]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures)")
        #expect(run.outcome == .quit)
        #expect(history.takeProblem() == nil, "said once")
        #expect(history.problem?.kind == .corrupt, "and kept for the message at exit")
    }
}
