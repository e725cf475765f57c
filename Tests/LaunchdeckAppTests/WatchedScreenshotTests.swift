import Foundation
@testable import LaunchdeckApp
import TerminalUI
import Testing

/// `launchdeck screenshot --watched`: the demo's story, polled a step at a time on the
/// simulator's clock and recorded, then drawn.
@Suite struct WatchedScreenshotTests {
    @Test func watchedTakesMinutesOrSecondsUpToTwoHours() {
        #expect(ScreenshotRunner.watchedSeconds("16m") == 960)
        #expect(ScreenshotRunner.watchedSeconds("90s") == 90)
        #expect(ScreenshotRunner.watchedSeconds("121m") == nil)
        #expect(ScreenshotRunner.watchedSeconds("0m") == nil)
        #expect(ScreenshotRunner.watchedSeconds("soon") == nil)
    }

    @Test func theTimelineShowsTheLaunchFourteenMinutesIn() async throws {
        let output = NSTemporaryDirectory() + "launchdeck-watched-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let home = NSTemporaryDirectory() + "launchdeck-watched-home-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let status = await ScreenshotRunner.run(.init(
            screen: "timeline", size: Size(width: 120, height: 40), format: .text, output: output, forceDemo: true,
            forceASCII: false, time: Date(timeIntervalSince1970: 1_795_435_200), seed: 42, watched: 16 * 60,
            environment: ["HOME": home]))
        #expect(status == 0)
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains(" T0 ") }, "the launch is marked on the axis")
        #expect(lines.contains { $0.contains("experiment started") }, "the launch's experiment, as an event")
        let crash = try #require(lines.first { $0.contains("Crash rate % (Apteligent)") })
        #expect(crash.contains("now (last minutes)"), "the crash rate recorded at each step")
        // The ramp: the hits chart's scale tops out far above the quiet baseline's 96 a minute.
        let top = try #require(lines.first { $0.hasPrefix("│   ") && $0.contains("Hits") == false && $0.range(of: #"│ +\d+ "#, options: .regularExpression) != nil })
        let peak = Int(top.split(separator: " ").dropFirst().first ?? "") ?? 0
        #expect(peak > 500, "\(top)")
    }
}
