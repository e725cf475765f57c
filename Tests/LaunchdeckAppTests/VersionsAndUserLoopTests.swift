import Foundation
@testable import LaunchdeckApp
import TerminalUI
import Testing

/// The versions screen and the user card through the real event loop against the in-process
/// simulator: reached from the Crashes pane's drill-down path and by `:user`, with what is
/// wrong said in place.
@Suite(.serialized) @MainActor struct VersionsAndUserLoopTests {
    typealias Step = ScriptedTerminal.Step

    func expectClean(_ run: ScriptedDashboard, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures.joined(separator: "\n\n"))", sourceLocation: sourceLocation)
        #expect(run.outcome == .quit, sourceLocation: sourceLocation)
    }

    @Test func theCrashGroupsLastRowOpensTheVersions() async throws {
        let run = try await ScriptedDashboard.play { _ in
            [Step.data, .key(.character("4")), .key(.enter),
             .until("the crash groups with the versions row last") { s in
                 s.first?.contains("› Crash groups") == true && s.contains { $0.contains("App versions →") }
             },
             .key(.character("G")), .key(.enter),
             .until("the versions screen") { s in
                 s.first?.contains("› Crash groups › App versions") == true
                     && s.contains { $0.contains("VERSION") && $0.contains("LOADS TODAY") && $0.contains("DAILY USERS") }
                     && s.contains { $0.contains("App crashes per day, all versions: ") }
             },
             .key(.character("q"))]
        }
        expectClean(run)
    }

    @Test func userLooksAUserUpAndSaysWhatToDoWhenThereIsNone() async throws {
        let run = try await ScriptedDashboard.play { _ in
            [Step.data] + Step.command("user user9@example.invalid") + [
                .until("the demo's user") { s in
                    s.first?.contains("› User") == true && s.contains { $0.contains("Grace Hopper") }
                        && s.contains { $0.contains("Sessions") }
                },
            ] + Step.command("user email:nobody@example.invalid") + [
                .until("not found, in place, with what to try") { s in
                    s.contains { $0.contains("No Taplytics user has this email") } && s.contains { $0.contains(":user user_id:ID") }
                        && !s.joined().contains("nobody@example.invalid")
                },
            ] + Step.command("open user") + [
                .until("the way to look a user up") { s in s.last?.contains(":open user needs a query: :user ID") == true },
                .key(.character("q")),
            ]
        }
        expectClean(run)
    }
}
