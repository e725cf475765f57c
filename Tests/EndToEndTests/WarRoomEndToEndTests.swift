import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LaunchdeckTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// War-room mode end to end: dashboards in tmux with one key against one simulator in its
/// own process, which counts every request it answers (`GET /_admin/requests`). Three
/// dashboards cost what one does, show what the leader shows, draw no 429; the leader
/// killed with SIGKILL is replaced within one refresh interval; a viewer with no
/// credentials follows with `--follow`. (The issue's 20 watchers for ten simulated minutes are
/// WarRoomScaleTests; scripts/bench-warroom.sh measures 1, 5 and 20 for BENCHMARKS.md.)
@Suite(.serialized) struct WarRoomEndToEndTests {
    /// The Web pane's interval here: a follower must lead within it once the leader dies.
    static let webInterval = 10

    final class Room: @unchecked Sendable {
        // @unchecked: set once in init; the simulator and tmux servers are safe to share.
        let directory: String
        let simulator: SimulatorProcess
        let config: String
        let environment: [String: String]
        var state: String { directory + "/state" }

        /// - Parameter speed: the simulator's clock against the real one (`--speed`).
        init(speed: Double = 1) throws {
            directory = NSTemporaryDirectory() + "launchdeck-room-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: directory + "/home", withIntermediateDirectories: true)
            config = directory + "/config.toml"
            try """
                [tinylytics]
                refresh = "\(WarRoomEndToEndTests.webInterval)s"
                [taplytics]
                refresh = "15s"
                [apteligent]
                refresh = "15s"
                """.write(toFile: config, atomically: true, encoding: .utf8)
            simulator = try SimulatorProcess(binary: PackagePaths.binary.path, speed: speed, outputPath: directory + "/simulator.out")
            environment = DashboardEndToEndTests.utf8.merging(simulator.dashboardEnvironment) { $1 }.merging([
                "HOME": directory + "/home", "XDG_CONFIG_HOME": directory + "/home/.config",
                "XDG_STATE_HOME": directory + "/state",
            ]) { $1 }
        }

        static let unset = ["APTELIGENT_ACCESS_TOKEN", "APTELIGENT_APP_ID", "TINYLYTICS_SITE_ID", "NO_COLOR", "HTTPS_PROXY",
                            "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]

        /// A dashboard in its own terminal, with the simulator's credentials (or none, and `arguments`).
        func dashboard(credentials: Bool = true, arguments: String = "") throws -> Tmux {
            var environment = self.environment
            var unset = Self.unset
            if !credentials {
                for name in simulator.dashboardEnvironment.keys {
                    environment.removeValue(forKey: name)
                    unset.append(name)
                }
                environment["XDG_STATE_HOME"] = directory + "/viewer-state"
            }
            let tmux = try Tmux(width: 160, height: 40, environment: environment)
            try tmux.typeLine("clear; env \(unset.map { "-u \($0)" }.joined(separator: " ")) '\(PackagePaths.binary.path)' "
                              + "--config '\(config)' \(arguments); echo EXIT=$?")
            return tmux
        }

        /// Requests the simulator has answered so far, per service (and `SERVICE_429`).
        func requests() async throws -> [String: Int] {
            let url = try #require(URL(string: simulator.origin + "/_admin/requests"))
            let (data, _) = try await URLSession.shared.data(from: url)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Int])
        }

        func close() async {
            await simulator.stop()
            try? FileManager.default.removeItem(atPath: directory)
        }
    }

    /// The status bar (the screen's last row).
    static func status(_ screen: [String]) -> String { screen.last ?? "" }

    /// Each pane's body: what it shows, without its title's age.
    static func bodies(_ screen: [String]) -> [Int: [String]] {
        OverviewReading.panes(screen.map { StyledLine(escaped: $0) }).mapValues(\.body)
    }

    static func showsAllPanes(_ screen: [String]) -> Bool {
        let panes = OverviewReading.panes(screen.map { StyledLine(escaped: $0) })
        return (1...4).allSatisfy { panes[$0]?.showsData == true }
    }

    static func total(_ counts: [String: Int]) -> Int {
        ["tinylytics", "taplytics", "apteligent"].reduce(0) { $0 + (counts[$1] ?? 0) }
    }

    /// Waits until `follower` shows every pane as `leader` does (the follower reads the store
    /// once a second; a poll may land between the two captures, so it is read again).
    static func showTheSame(_ leader: Tmux, _ follower: Tmux, timeout: TimeInterval = 30) -> (Bool, String) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            let a = (try? leader.capture()) ?? [], b = (try? follower.capture()) ?? []
            if showsAllPanes(a), bodies(a) == bodies(b) { return (true, "") }
            last = "leader:\n\(a.joined(separator: "\n"))\nfollower:\n\(b.joined(separator: "\n"))"
            Thread.sleep(forTimeInterval: 0.2)
        }
        return (false, last)
    }

    @Test func threeDashboardsCostWhatOneDoesAndAKilledLeaderIsReplaced() async throws {
        let room = try Room()
        var terminals: [Tmux] = []
        defer { terminals.forEach { $0.close() } }

        // One dashboard alone: it leads, and what it costs in a window is the yardstick.
        let first = try room.dashboard()
        terminals.append(first)
        let (leading, screen) = first.waitForScreen(timeout: 60) { Self.showsAllPanes($0) && Self.status($0).contains("leading") }
        #expect(leading, "the first dashboard leads and shows data:\n\(screen.joined(separator: "\n"))")
        #expect(Self.status(screen).contains("(host)"), "budgets are the host's: \(Self.status(screen))")
        let window: UInt64 = 30
        let alone0 = try await room.requests()
        try await Task.sleep(for: .seconds(window))
        let alone = Self.total(try await room.requests()) - Self.total(alone0)

        // Two more with the same key follow, and the three together cost what one did.
        let followers = try (0..<2).map { _ in try room.dashboard() }
        terminals += followers
        for follower in followers {
            let (following, shown) = follower.waitForScreen(timeout: 30) {
                Self.showsAllPanes($0) && Self.status($0).contains("following (leader up")
            }
            #expect(following, "a second dashboard follows:\n\(shown.joined(separator: "\n"))")
            let (same, both) = Self.showTheSame(first, follower)
            #expect(same, "a follower shows the leader's numbers:\n\(both)")
        }
        let together0 = try await room.requests()
        try await Task.sleep(for: .seconds(window))
        let together = Self.total(try await room.requests()) - Self.total(together0)
        // Three dashboards polling on their own would make about three times as many.
        #expect(alone > 0)
        #expect(Double(together) <= Double(alone) * 1.5 + 3, "alone \(alone), three together \(together) in \(window) s")

        // r in a follower is the leader's to do: one more poll, not a second poller.
        try followers[0].send("R")

        // The leader killed: a follower leads within one interval and polls at once.
        let shell = try first.display("#{pane_pid}")
        let leader = try #require(ProcessProbe.child(of: shell))
        kill(leader, SIGKILL)
        let clock = ContinuousClock(), killed = clock.now
        var successor: Tmux?
        while successor == nil, clock.now - killed < .seconds(Self.webInterval + 5) {
            successor = followers.first { Self.status((try? $0.capture()) ?? []).contains("leading") }
            if successor == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        let took = clock.now - killed
        let next = try #require(successor, "no follower took over within \(Self.webInterval) s")
        #expect(took < .seconds(Self.webInterval), "the takeover took \(took)")
        let other = try #require(followers.first { $0 !== next })
        let (still, shown) = other.waitForScreen(timeout: 10) { Self.status($0).contains("following (leader up") }
        #expect(still, "the other follows the new leader:\n\(shown.joined(separator: "\n"))")

        // A viewer with no credentials follows the room in the shared state directory.
        let viewer = try room.dashboard(credentials: false, arguments: "--follow '\(room.state)/launchdeck'")
        terminals.append(viewer)
        let (watching, seen) = viewer.waitForScreen(timeout: 30) {
            Self.showsAllPanes($0) && Self.status($0).contains("following (leader up")
        }
        #expect(watching, "a viewer without credentials follows:\n\(seen.joined(separator: "\n"))")
        let (same, both) = Self.showTheSame(next, viewer)
        #expect(same, "the viewer shows the new leader's numbers:\n\(both)")

        let final = try await room.requests()
        for service in ["tinylytics", "taplytics", "apteligent"] {
            #expect(final[service + "_429"] == 0, "\(service) answered 429: \(final)")
        }
        for terminal in terminals where terminal !== first { try terminal.send("q") }
        for terminal in terminals where terminal !== first {
            let (quit, after) = terminal.waitForScreen { $0.contains { $0.contains("EXIT=0") } }
            #expect(quit, "q quits a room member:\n\(after.joined(separator: "\n"))")
        }
        await room.close()
    }

    /// `launchdeck record` leads with no screen, a dashboard started beside it follows, and
    /// when the recorder stops (Ctrl-C, or systemd's SIGTERM) the dashboard takes over at once.
    @Test func aDashboardFollowsTheRecorderAndLeadsWhenItStops() async throws {
        let room = try Room()
        let log = room.directory + "/record.log"
        let recorder = try Tmux(width: 160, height: 20, environment: room.environment)
        defer { recorder.close() }
        try recorder.typeLine("'\(PackagePaths.binary.path)' --config '\(room.config)' record 2> '\(log)'; echo EXIT=$?")
        let journal: @Sendable () -> String = { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        #expect(await eventually(timeout: .seconds(30)) { journal().contains("web: ok") }, "the recorder polls: \(journal())")
        #expect(journal().contains("launchdeck record: leading"), "\(journal())")

        let dashboard = try room.dashboard()
        defer { dashboard.close() }
        let (following, screen) = dashboard.waitForScreen(timeout: 30) {
            Self.showsAllPanes($0) && Self.status($0).contains("following (leader up")
        }
        #expect(following, "the dashboard follows the recorder:\n\(screen.joined(separator: "\n"))")

        try recorder.send("C-c")
        let (stopped, _) = recorder.waitForScreen { $0.contains { $0.contains("EXIT=0") } }
        #expect(stopped, "Ctrl-C stops the recorder: \(journal())")
        let (leads, after) = dashboard.waitForScreen(timeout: 5) { Self.status($0).contains("leading") }
        #expect(leads, "the dashboard leads once the recorder has gone:\n\(after.joined(separator: "\n"))")
        // One line a poll, and never a secret.
        for secret in ["TINYLYTICS_API_KEY", "TAPLYTICS_API_TOKEN", "APTELIGENT_PASSWORD"] {
            let value = try #require(room.simulator.dashboardEnvironment[secret])
            #expect(!journal().contains(value), "\(secret)'s value is in the journal")
        }
        try dashboard.send("q")
        await room.close()
    }

    @Test func aViewerWithNothingToFollowSaysWhatToRun() throws {
        let directory = NSTemporaryDirectory() + "launchdeck-empty-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let tmux = try Tmux(width: 160, height: 20, environment: DashboardEndToEndTests.utf8.merging(["HOME": directory]) { $1 })
        defer { tmux.close() }
        try tmux.typeLine("'\(PackagePaths.binary.path)' --follow '\(directory)'; echo EXIT=$?")
        let (told, screen) = tmux.waitForScreen { $0.contains { $0.contains("EXIT=2") } }
        #expect(told, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("launchdeck record --state-dir \(directory)") }, "\(screen.joined(separator: "\n"))")
    }
}
