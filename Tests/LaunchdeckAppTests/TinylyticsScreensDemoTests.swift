import Foundation
@testable import LaunchdeckApp
import TerminalUI
import Testing

/// The content, insights and kudos screens as `launchdeck screenshot --demo` draws them:
/// the simulator's answers through the dashboard's own sources.
@Suite struct TinylyticsScreensDemoTests {
    func shot(_ screen: String, watched: TimeInterval? = nil) async throws -> String {
        let output = NSTemporaryDirectory() + "launchdeck-\(screen)-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let home = NSTemporaryDirectory() + "launchdeck-\(screen)-home-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let status = await ScreenshotRunner.run(.init(
            screen: screen, size: Size(width: 120, height: 40), format: .text, output: output, forceDemo: true,
            forceASCII: false, time: Date(timeIntervalSince1970: 1_795_435_200), seed: 42, watched: watched,
            environment: ["HOME": home]))
        #expect(status == 0)
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    @Test func theOutageOpensAContentIssueAndTheWebPaneSaysSo() async throws {
        // 25 minutes in: the launch (at 2) plus 23, inside the site's outage (22 to 28).
        let content = try await shot("content", watched: 25 * 60)
        let issue = try #require(content.split(separator: "\n").first { $0.contains("503 Service Unavailable") })
        #expect(issue.contains("broken link") && issue.contains("https://acme.example/launch"))
        #expect(content.contains("1 broken, 0 mixed content, 1 ignored, 46 ok"), "the ignored old link is counted, not listed")
        let overview = try await shot("overview", watched: 25 * 60)
        #expect(overview.contains("1 Web · 1 broken link · Acme"), "the Web pane's badge")
        let before = try await shot("overview")
        #expect(before.contains("1 Web · Acme Launch (acme.example)"), "no open issue before the outage: no badge")
        #expect(overview.contains("kudos ") && overview.contains(" today · ") && overview.contains(" all time"), "today's kudos in the Web pane")
    }

    @Test func insightsAndKudosDraw() async throws {
        let insights = try await shot("insights")
        #expect(insights.contains("Summary") && insights.contains("Signals") && insights.contains("Recommendations"))
        #expect(insights.contains("Traffic is "))
        let kudos = try await shot("kudos")
        #expect(kudos.contains("PATH") && kudos.contains("(UTC days)"))
        #expect(!kudos.contains("Nothing here yet"))
    }
}
