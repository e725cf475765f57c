import Foundation
import LaunchdeckStore
import LaunchdeckTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The issue's proof at scale: twenty dashboards with one key in tmux against one simulator
/// in its own process, whose clock runs ten times as fast (`--speed 10`: the run spans more
/// than ten simulated minutes). The refresh intervals are the shortest the config takes
/// (Web 10 s, Taplytics and Apteligent 15 s), so the dashboards' own clocks are real. Twenty
/// together cost what one alone costs in a window as long, draw no 429, and show the leader's
/// numbers and ages; the leader killed with SIGKILL is replaced within one interval; a viewer
/// without credentials follows, drill-down included.
@Suite(.serialized) struct WarRoomScaleTests {
    static let watchers = 20
    /// Each measuring window: three Web polls, two of the others.
    static let window: UInt64 = 30
    static let services = ["tinylytics", "taplytics", "apteligent"]

    typealias Room = WarRoomEndToEndTests.Room

    static func difference(_ after: [String: Int], _ before: [String: Int]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: services.map { ($0, (after[$0] ?? 0) - (before[$0] ?? 0)) })
    }

    /// Each pane's age as the leader and the follower print it, overlapping (captures a moment apart).
    static func sameAges(_ a: [String], _ b: [String]) -> Bool {
        let left = OverviewReading.panes(a.map { StyledLine(escaped: $0) })
        let right = OverviewReading.panes(b.map { StyledLine(escaped: $0) })
        return (1...4).allSatisfy { pane in
            guard let x = left[pane]?.age, let y = right[pane]?.age else { return left[pane]?.ageText == right[pane]?.ageText }
            return x.lowerBound <= y.upperBound + 2 && y.lowerBound <= x.upperBound + 2
        }
    }

    /// The room's store under the state directory (one credential set: one store).
    static func history(in state: String) throws -> History {
        let base = state + "/launchdeck"
        let sets = try FileManager.default.contentsOfDirectory(atPath: base).filter { $0.hasPrefix("acct-") }
        let set = try #require(sets.first, "no store in \(base)")
        return History.open(path: base + "/" + set + "/history.sqlite")
    }

    /// The moments of the Web pane's snapshots, oldest first.
    static func webMoments(_ history: History) -> [Date] {
        history.snapshotTimes(from: .distantPast, to: .distantFuture).filter {
            history.snapshot(source: "web", atOrBefore: $0)?.observedAt == $0
        }
    }

    @Test func twentyDashboardsCostWhatOneDoes() async throws {
        let room = try Room(speed: 10)
        var terminals: [Tmux] = []
        defer { terminals.forEach { $0.close() } }

        let first = try room.dashboard()
        terminals.append(first)
        let (leading, screen) = first.waitForScreen(timeout: 90) {
            WarRoomEndToEndTests.showsAllPanes($0) && WarRoomEndToEndTests.status($0).contains("leading")
        }
        #expect(leading, "the first dashboard leads:\n\(screen.joined(separator: "\n"))")
        let alone0 = try await room.requests()
        try await Task.sleep(for: .seconds(Self.window))
        let alone = Self.difference(try await room.requests(), alone0)

        // Nineteen more with the same key follow.
        let followers = try (1..<Self.watchers).map { _ in try room.dashboard() }
        terminals += followers
        for (index, follower) in followers.enumerated() {
            let (following, shown) = follower.waitForScreen(timeout: 180) {
                WarRoomEndToEndTests.showsAllPanes($0) && WarRoomEndToEndTests.status($0).contains("following (leader up")
            }
            #expect(following, "dashboard \(index + 2) follows:\n\(shown.joined(separator: "\n"))")
        }
        let together0 = try await room.requests()
        try await Task.sleep(for: .seconds(Self.window))
        let together = Self.difference(try await room.requests(), together0)
        for service in Self.services {
            // A window holds one poll more or less, whoever polls; twenty pollers would make twenty times as many.
            let one = alone[service] ?? 0
            #expect(one > 0, "\(service): \(alone)")
            #expect((together[service] ?? 0) <= one + max(one / 2, 8),
                    "\(service): one alone \(one), twenty together \(together[service] ?? 0) in \(Self.window) s")
        }

        // Every follower shows the leader's numbers and ages.
        for follower in followers {
            let (same, both) = WarRoomEndToEndTests.showTheSame(first, follower, timeout: 60)
            #expect(same, "a follower shows the leader's numbers:\n\(both)")
            let ages = await eventually(timeout: .seconds(30)) {
                Self.sameAges((try? first.capture()) ?? [], (try? follower.capture()) ?? [])
            }
            #expect(ages, "a follower shows the leader's ages")
        }

        // Resident memory of each, for the report (not asserted: it depends on the build).
        var kib: [Int] = []
        for terminal in terminals {
            if let pid = ProcessProbe.child(of: try terminal.display("#{pane_pid}")), let k = ProcessProbe.residentKiB(pid) { kib.append(k) }
        }
        print("war room scale: requests in \(Self.window) s, one alone \(alone), twenty together \(together); "
              + "RSS KiB leader \(kib.first ?? 0), followers max \(kib.dropFirst().max() ?? 0) median \(kib.dropFirst().sorted()[kib.count / 2 - 1])")

        // The leader killed: a follower leads within one Web interval.
        let leader = try #require(ProcessProbe.child(of: try first.display("#{pane_pid}")))
        kill(leader, SIGKILL)
        let killedAt = Date()
        let clock = ContinuousClock(), killed = clock.now
        var successor: Tmux?
        while successor == nil, clock.now - killed < .seconds(WarRoomEndToEndTests.webInterval + 20) {
            successor = followers.first { WarRoomEndToEndTests.status((try? $0.capture()) ?? []).contains("leading") }
            if successor == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        let took = clock.now - killed
        let next = try #require(successor, "no follower took over")
        #expect(took < .seconds(WarRoomEndToEndTests.webInterval), "the takeover took \(took)")
        #expect(followers.filter { WarRoomEndToEndTests.status((try? $0.capture()) ?? []).contains("leading") }.count == 1,
                "one leader")

        // No gap in the history across the kill: the Web pane's snapshots are never further
        // apart than an interval and a little (the takeover, and a poll on a loaded machine).
        let history = try Self.history(in: room.state)
        #expect(await eventually(timeout: .seconds(60)) { Self.webMoments(history).filter { $0 > killedAt }.count >= 2 },
                "the new leader records")
        let moments = Self.webMoments(history).filter { $0 > killedAt.addingTimeInterval(-60) }
        let gaps = zip(moments, moments.dropFirst()).map { $1.timeIntervalSince($0) }
        print("war room scale: Web snapshots' gaps around the kill: \(gaps.map { String(format: "%.1f", $0) })")
        #expect(!gaps.isEmpty && gaps.allSatisfy { $0 <= Double(WarRoomEndToEndTests.webInterval) + 6 },
                "gaps between the Web pane's snapshots around the kill: \(gaps.map { String(format: "%.1f", $0) })")

        // A viewer without credentials follows, and its drill-down is the leader's to poll.
        let viewer = try room.dashboard(credentials: false, arguments: "--follow '\(room.state)/launchdeck'")
        terminals.append(viewer)
        let (watching, seen) = viewer.waitForScreen(timeout: 60) {
            WarRoomEndToEndTests.showsAllPanes($0) && WarRoomEndToEndTests.status($0).contains("following (leader up")
        }
        #expect(watching, "a viewer without credentials follows:\n\(seen.joined(separator: "\n"))")
        let (same, both) = WarRoomEndToEndTests.showTheSame(next, viewer, timeout: 60)
        #expect(same, "the viewer shows the new leader's numbers:\n\(both)")
        try viewer.typeLine(":open journeys")
        let (journeys, drilled) = viewer.waitForScreen(timeout: 60) { lines in
            lines.contains { $0.contains("User journeys") } && lines.contains { $0.contains("Bounce rate") && $0.contains("%") }
        }
        #expect(journeys, "the viewer's drill-down shows the leader's answer:\n\(drilled.joined(separator: "\n"))")

        let final = try await room.requests()
        for service in Self.services {
            #expect(final[service + "_429"] == 0, "\(service) answered 429: \(final)")
        }
        await room.close()
    }
}
