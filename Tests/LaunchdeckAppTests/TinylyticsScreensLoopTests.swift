import Foundation
@testable import LaunchdeckApp
import TerminalUI
import Testing

/// `:open content`, `:open insights` and `:open kudos` from the overview, and the hits list's
/// last rows, through the real event loop against the in-process simulator; Esc comes back
/// each time.
@Suite(.serialized) @MainActor struct TinylyticsScreensLoopTests {
    typealias Step = ScriptedTerminal.Step

    static func on(_ title: String, showing text: String) -> ([String]) -> Bool {
        { s in s.first?.hasPrefix(" launchdeck › Overview › \(title) ") == true && s.contains { $0.contains(text) } }
    }

    static let overview: ([String]) -> Bool = { $0.first?.hasPrefix(" launchdeck › Overview  ") == true }

    @Test func eachScreenOpensByNameAndEscGoesBack() async throws {
        let run = try await ScriptedDashboard.play { _ in
            [Step.data] + Step.command("open content") + [
                .until("content health", Self.on("Content health", showing: "monitoring /blog")),
                .key(.escape), .until("back from content", Self.overview),
            ] + Step.command("open insights") + [
                .until("insights", Self.on("Insights", showing: "Recommendations")),
                .key(.escape), .until("back from insights", Self.overview),
            ] + Step.command("open kudos") + [
                .until("kudos", Self.on("Kudos", showing: "(UTC days)")),
                .key(.escape), .until("back from kudos", Self.overview),
                .key(.character("q")),
            ]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures.joined(separator: "\n\n"))")
        #expect(run.outcome == .quit)
        #expect(!run.seen("content health").contains { $0.contains("Nothing here yet") })
    }

    /// The Web pane's drill-down (the hits list) ends in a row for each screen: Enter opens it.
    @Test func theHitsListsLastRowsOpenEachScreen() async throws {
        let hits = Self.on("Hits", showing: "Kudos →")
        let run = try await ScriptedDashboard.play { _ in
            [Step.data, .key(.character("1")), .key(.enter),
             .until("the hits list with the screens' rows last", hits),
             .key(.character("G")), .key(.enter),
             .until("kudos", Self.on("Hits › Kudos", showing: "(UTC days)")),
             .key(.escape), .until("back on the hits", hits),
             .key(.character("k")), .key(.enter),
             .until("insights", Self.on("Hits › Insights", showing: "Recommendations")),
             .key(.escape), .until("back on the hits again", hits),
             .key(.character("k")), .key(.enter),
             .until("content health", Self.on("Hits › Content health", showing: "monitoring /blog")),
             .key(.character("q"))]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures.joined(separator: "\n\n"))")
        #expect(run.outcome == .quit)
        let list = run.seen("the hits list with the screens' rows last")
        #expect(list.contains { $0.contains("Content health →") } && list.contains { $0.contains("Insights →") })
    }
}
