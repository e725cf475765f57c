import Foundation
@testable import LaunchdeckApp
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import LaunchdeckStore
import LaunchdeckTesting
import Testing

/// A takeover leaves no gap in the history: the follower that leads polls at once, so the
/// Web pane's snapshots around it are never further apart than one interval and a little.
@Suite struct RoomTakeoverTests {
    static let interval: Duration = .seconds(3)
    /// The follower's next step (a second), the lease, and a poll's own time on a loaded machine.
    static let slack: TimeInterval = 4

    func hub(_ room: Room, _ simulator: Simulator) -> DataHub {
        var services = Services.demo(simulator, transport: AsyncHTTPTransport())
        services.intervals = PaneIntervals(web: Self.interval, experiments: .seconds(60), push: .seconds(60), crashes: .seconds(60))
        return DataHub(services: services, history: HistoryWriter(history: room.board.history), room: room, wake: {})
    }

    /// The moments of the Web pane's snapshots, oldest first.
    static func webMoments(_ history: History) -> [Date] {
        history.snapshotTimes(from: .distantPast, to: .distantFuture).filter {
            history.snapshot(source: PaneSnapshots.Source.web.rawValue, atOrBefore: $0)?.observedAt == $0
        }
    }

    @Test func aFollowerTakingOverLeavesNoGapInTheHistory() async throws {
        let place = RoomTests.Place()
        let simulator = try await Simulator.start()
        let leaderRoom = place.room(pid: 1), followerRoom = place.room(pid: 2)
        let leader = hub(leaderRoom, simulator)
        leader.start()
        #expect(await eventually(timeout: .seconds(30)) { leaderRoom.role == .leader })
        let follower = hub(followerRoom, simulator)
        follower.start()
        let history = leaderRoom.board.history
        #expect(await eventually(timeout: .seconds(60)) { Self.webMoments(history).count >= 3 }, "the leader records")

        await leader.stop()  // it leaves; the follower leads at its next step and polls at once
        let stopped = Date()
        #expect(await eventually(timeout: .seconds(30)) { followerRoom.role == .leader })
        #expect(await eventually(timeout: .seconds(60)) { Self.webMoments(history).filter { $0 > stopped }.count >= 3 },
                "the new leader records")
        let moments = Self.webMoments(history)
        let gaps = zip(moments, moments.dropFirst()).map { $1.timeIntervalSince($0) }
        let limit = Double(Self.interval.components.seconds) + Self.slack
        #expect(gaps.allSatisfy { $0 <= limit }, "gaps between the Web pane's snapshots: \(gaps.map { String(format: "%.1f", $0) })")
        await follower.stop()
        await leader.services.transport.shutdown()
        await follower.services.shutdown()
    }
}
