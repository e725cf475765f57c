import Foundation
@testable import LaunchdeckApp
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckTesting
import TerminalUI
import Testing

/// A Tinylytics insight signal detected today goes once on the flash line, through the real
/// loop: keys in, frames out. The simulator, the sources and the loop share one clock, fixed
/// at noon UTC, so the demo's report of 06:00 is today's whatever time the test runs.
@Suite(.serialized) @MainActor struct InsightSignalFlashTests {
    static func insight(_ screen: [String]) -> Bool { screen.last?.hasPrefix(" insight: ") == true }

    @Test func aSignalDetectedTodayIsSaidOnceAndNotAgainOnTheNextInsightsRead() async throws {
        let time = SettableTime()  // 2026-11-23 12:00 UTC
        var counting: CountingTransport?
        let through = { (real: any HTTPTransport) -> any HTTPTransport in
            let transport = CountingTransport(real)
            counting = transport
            return transport
        }
        func insightsReads() -> Int { counting?.sent(toPathEndingWith: "/insights") ?? 0 }
        let run = try await ScriptedDashboard.play(now: { time.now }, through: through) { hub in
            // The first Web snapshot brings the signal (the clock stands still: the flash stays).
            [ScriptedTerminal.Step.until("the signal on the flash line", Self.insight),
             // Past the insights interval: the flash is over, and the Web pane's next read asks
             // for the reports again.
             .when("the clock past the insights interval") {
                 time.advance(by: WebSource.insightsInterval + 1)
                 hub.wake()
                 return true
             },
             .data,
             .key(.character("r")),
             .until("the Web pane read again") { s in s[1].contains("1 Web") && s[1].contains("updated now") },
             .when("the reports read again") { insightsReads() == 2 },
             .when("the refresh's flash over") {
                 time.advance(by: FlashQueue.seconds + 1)
                 hub.wake()
                 return true
             },
             .until("the flash line moved on") { $0.last?.contains("refreshing") == false },
             .key(.character("q"))]
        }
        #expect(run.terminal.failures.isEmpty, "\(run.terminal.failures.joined(separator: "\n\n"))")
        #expect(run.outcome == .quit)
        let frames = run.terminal.frames
        let said = frames.indices.filter { i in Self.insight(frames[i]) && (i == 0 || !Self.insight(frames[i - 1])) }
        #expect(said.count == 1, "said once: \(said.map { frames[$0].last ?? "" })")
        let line = try #require(said.first.map { frames[$0].last ?? "" })
        #expect(line.contains("Traffic is") && line.contains("this week") && line.contains(":open insights"), "\(line)")
        #expect(insightsReads() == 2, "read at start and once after the interval")
        #expect(!Self.insight(frames.last ?? []))
    }
}
