import Foundation
import LaunchdeckTesting
import Testing

/// The dashboard against a simulator in another process whose every answer stalls: the UI
/// still answers keys at once and quits at once; nothing waits for the network.
@Suite(.serialized) struct StalledAPIsTests {
    /// `launchdeck simulate` in its own terminal; returns the environment that points the
    /// dashboard at it (parsed from what it prints).
    static func startSimulator(_ tmux: Tmux, faults: String) throws -> [String: String] {
        try tmux.typeLine("'\(PackagePaths.binary.path)' simulate --port 0 --seed 42 --faults '\(faults)'")
        let (ready, screen) = tmux.waitForScreen { $0.contains { $0.contains("Ctrl-C stops it.") } }
        guard ready else { throw Tmux.Failure(description: "the simulator did not start:\n\(screen.joined(separator: "\n"))") }
        func value(after label: String) -> String? {
            screen.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }?
                .split(separator: "=", maxSplits: 1).last?
                .trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: "")
                .split(separator: " ").first.map(String.init)
        }
        let bases = screen.compactMap { line -> String? in
            guard line.contains("base_url") else { return nil }
            return line.split(separator: "\"").dropFirst().first.map(String.init)
        }
        guard bases.count == 3, let key = value(after: "read-only key"), let token = value(after: "api_token"),
              let id = value(after: "client_id"), let user = value(after: "username"), let password = value(after: "password")
        else { throw Tmux.Failure(description: "cannot read the simulator's output:\n\(screen.joined(separator: "\n"))") }
        return [
            "TINYLYTICS_BASE_URL": bases[0], "TINYLYTICS_API_KEY": key,
            "TAPLYTICS_BASE_URL": bases[1], "TAPLYTICS_API_TOKEN": token,
            "APTELIGENT_BASE_URL": bases[2], "APTELIGENT_CLIENT_ID": id, "APTELIGENT_USERNAME": user,
            "APTELIGENT_PASSWORD": password,
        ]
    }

    @Test func keysAreAnsweredAtOnceWhileEveryAPIStalls() throws {
        let simulator = try Tmux(width: 120, height: 40)
        defer { simulator.close() }
        let environment = try Self.startSimulator(simulator, faults: "all:stall")

        let home = NSTemporaryDirectory() + "launchdeck-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tmux = try Tmux(width: 120, height: 40, environment: DashboardEndToEndTests.utf8.merging(
            environment.merging(["HOME": home]) { $1 }) { $1 })
        defer { tmux.close() }
        try tmux.typeLine("clear; '\(PackagePaths.binary.path)'; echo EXIT=$?")
        let (loading, first) = tmux.waitForScreen { s in
            s.contains { $0.contains("Loading Tinylytics") } && s.last?.hasPrefix(" ? help") == true
        }
        #expect(loading, "the panes should wait for data without blocking:\n\(first.joined(separator: "\n"))")
        #expect(!first.contains { $0.contains("DEMO") }, "this is the real path, not the demo")

        // Every API stalls for good, so help opening at all proves the keys never wait on them.
        try tmux.send("?")
        let (help, screen) = tmux.waitForScreen { s in s.contains { $0.contains("any key closes") } }
        #expect(help, "help did not open while the APIs stall:\n\(screen.joined(separator: "\n"))")

        try tmux.send("x")
        try tmux.send("4")
        try tmux.send("Enter")
        let (navigated, _) = tmux.waitForScreen(timeout: 2) { screen in screen.first?.contains("› Crash groups") == true }
        #expect(navigated, "navigation works while a fetch hangs")
        try tmux.send("q")
        let (quit, after) = tmux.waitForScreen { $0.contains("EXIT=0") }
        #expect(quit, "q did not quit while requests hang:\n\(after.joined(separator: "\n"))")
        // Shutdown says so when it had to leave connections behind at its limit.
        #expect(!after.contains { $0.contains("did not close") }, "quitting waited for stalled requests")
    }
}
