import Foundation
import LaunchdeckTesting
import Testing

/// An alert rule from the config firing in the real binary in a real terminal: the flash
/// line, the bell, and the alerts screen.
@Suite(.serialized) struct AlertsEndToEndTests {
    /// The demo's apps crash at 0.5 % or more from the start, so this rule fires on the
    /// first crash data; the rule that can never fire must not appear.
    static let config = """
        [ui]
        bell = true

        [[alerts]]
        name = "crash spike"
        kind = "crash_rate_above"
        value = 0.1

        [[alerts]]
        name = "never"
        kind = "crash_rate_above"
        value = 99
        """

    @Test func aRuleFromTheConfigFlashesRingsAndIsListed() throws {
        let binary = PackagePaths.binary.path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw Tmux.Failure(description: "\(binary) is missing: run `swift build` first (scripts/test.sh does)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ld-alerts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("config.toml")
        try Self.config.write(to: file, atomically: true, encoding: .utf8)

        let tmux = try Tmux(width: 120, height: 40, environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        defer { tmux.close() }
        #expect(try tmux.display("#{window_bell_flag}") == "0")
        try tmux.typeLine("clear; '\(binary)' --demo --config '\(file.path)'")

        let (flashed, screen) = tmux.waitForScreen { $0.contains { $0.contains("ALERT crash spike: ") } }
        #expect(flashed, "no alert on the flash line:\n\(screen.joined(separator: "\n"))")
        let line = screen.first { $0.contains("ALERT crash spike: ") } ?? ""
        #expect(line.contains("crash rate") && line.contains("is above 0.10%"), "\(line)")
        #expect(try tmux.display("#{window_bell_flag}") == "1", "the bell did not ring")

        try tmux.send(":")
        try tmux.typeLine("open alerts")
        let (listed, alerts) = tmux.waitForScreen { screen in
            screen.first?.hasPrefix(" launchdeck › Overview › Alerts") == true
                && screen.contains { $0.contains("fired, newest first, from 2 rules") }
        }
        #expect(listed, "the alerts screen did not list it:\n\(alerts.joined(separator: "\n"))")
        let rows = alerts.filter { $0.hasPrefix("│ 20") }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("crash rate") && $0.contains("is above 0.10%") },
                "\(rows)")
        #expect(!alerts.contains { $0.contains("99.00%") }, "a rule that cannot fire is listed")

        try tmux.send("q")
        let (quit, final) = tmux.waitForScreen { screen in !screen.contains { $0.contains("launchdeck ›") } }
        #expect(quit, "q did not quit:\n\(final.joined(separator: "\n"))")
    }
}
