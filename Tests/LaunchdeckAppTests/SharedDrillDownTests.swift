import Foundation
@testable import LaunchdeckApp
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckConfig
import LaunchdeckModel
import LaunchdeckSimulator
import LaunchdeckStore
import LaunchdeckTesting
import Synchronization
import Testing

/// Counts the requests whose path holds a word (`user_journeys`), then passes them on.
final class PathCountingTransport: HTTPTransport {
    let inner: any HTTPTransport
    let word: String
    private let counted = Mutex(0)

    init(_ inner: any HTTPTransport, counting word: String) {
        self.inner = inner
        self.word = word
    }

    var count: Int { counted.withLock { $0 } }

    func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse {
        if request.url.path.contains(word) { counted.withLock { $0 += 1 } }
        return try await inner.send(request, for: service)
    }
}

/// Drill-downs in the war room: the leader polls what followers have open, once per screen and
/// choices however many watch it (its own included), for as long as someone does; a follower
/// shows the leader's answer with the leader's fetch time; a user card is never shared.
@Suite(.serialized) struct SharedDrillDownTests {
    final class Place: @unchecked Sendable {
        // @unchecked: set once in init.
        let room = RoomTests.Place()
        let simulator: Simulator
        let transport: PathCountingTransport
        let leader: DataHub
        let leaderRoom: Room
        /// The Web pane's interval, and so the journeys screen's.
        static let interval: Duration = .seconds(2)

        init() async throws {
            simulator = try await Simulator.start()
            let real = AsyncHTTPTransport()
            transport = PathCountingTransport(real, counting: "user_journeys")
            var services = Services.demo(simulator, transport: real, through: transport)
            services.intervals = PaneIntervals(web: Self.interval, experiments: .seconds(30), push: .seconds(30), crashes: .seconds(30))
            leaderRoom = room.room(pid: 1)
            leader = DataHub(services: services, history: HistoryWriter(history: leaderRoom.board.history), room: leaderRoom,
                             wake: {})
            leader.start()
        }

        /// A follower with no credentials (`--follow`), on the same store.
        func viewer(pid: Int32) -> DataHub {
            let room = self.room.room(pid: pid, canLead: false)
            return DataHub(services: .following(Configuration(), environment: [:]), history: HistoryWriter(history: room.board.history),
                           room: room, wake: {})
        }

        func close(_ hubs: DataHub...) async {
            for hub in hubs {
                await hub.stop()
                await hub.services.shutdown()
            }
            await leader.stop()
            await leader.services.shutdown()
        }
    }

    /// The newest drill-down answer `hub` posted since last asked, if any.
    static func drill(_ hub: DataHub) -> Loadable<DrillDown>? {
        hub.drain().compactMap { update -> Loadable<DrillDown>? in
            if case .drill(_, let value) = update { return value }
            return nil
        }.last
    }

    @Test func theLeaderPollsAFollowersDrillDownOnceWhileItIsOpen() async throws {
        let place = try await Place()
        #expect(await eventually(timeout: .seconds(30)) { place.leaderRoom.role == .leader })
        let follower = place.viewer(pid: 2)
        follower.start()
        follower.open(.journeys, query: DrillDownQuery())

        // The follower shows the leader's answer, stamped with the leader's fetch time.
        let shown = Mutex<Loadable<DrillDown>?>(nil)
        #expect(await eventually(timeout: .seconds(30)) {
            if let value = Self.drill(follower), value.value != nil { shown.withLock { $0 = value } }
            return shown.withLock { $0 } != nil
        }, "the follower's journeys show the leader's answer")
        let first = try #require(shown.withLock { $0 })
        guard case .journeys = first.value else {
            Issue.record("not the journeys: \(String(describing: first.value))")
            return
        }
        let key = try #require(DrillWatch(route: .journeys, query: DrillDownQuery())).key
        #expect(key == "drill/journeys")
        #expect(place.leaderRoom.board.history.snapshot(source: key)?.observedAt == first.fetchedAt,
                "the age shown is the leader's")

        // The leader opens the same screen: one poller serves both, one request per interval.
        place.leader.open(.journeys, query: DrillDownQuery())
        #expect(place.leader.drillPollers == 1)
        let clock = ContinuousClock(), start = clock.now
        let before = place.transport.count
        let answers = Mutex<Set<Date>>([])
        #expect(await eventually(timeout: .seconds(60)) {
            if let at = Self.drill(follower)?.fetchedAt { answers.withLock { _ = $0.insert(at) } }
            return answers.withLock { $0.count } >= 5
        }, "the follower sees each new answer")
        let requests = place.transport.count - before
        // At most one request per interval (and one under way at each end): two pollers would make twice as many.
        let intervals = Int((clock.now - start) / Place.interval)
        #expect(requests >= 4 && requests <= intervals + 2, "\(requests) journeys requests in \(intervals) intervals")

        // Both close it: the poller stops, and no request follows.
        place.leader.closeDrillDown()
        follower.closeDrillDown()
        #expect(await eventually(timeout: .seconds(10)) { place.leader.drillPollers == 0 })
        #expect(place.leaderRoom.board.history.metas(prefix: RoomBoard.watchPrefix).isEmpty, "the watch went with it")
        let after = place.transport.count
        // Three more polls of the Web pane (its interval is the journeys'): no journeys among them.
        let web = place.leaderRoom.board.history.snapshot(source: "web")?.observedAt
        let polls = Mutex<Set<Date>>([])
        #expect(await eventually(timeout: .seconds(60)) {
            if let at = place.leaderRoom.board.history.snapshot(source: "web")?.observedAt, at != web {
                polls.withLock { _ = $0.insert(at) }
            }
            return polls.withLock { $0.count } >= 3
        })
        #expect(place.transport.count == after, "no journeys request once nobody watches")
        await place.close(follower)
    }

    @Test func aSilentWatcherStopsThePollAndAUserCardIsNeverShared() async throws {
        let place = try await Place()
        #expect(await eventually(timeout: .seconds(30)) { place.leaderRoom.role == .leader })
        // A follower killed with its drill-down open: its entry stays, with its last heartbeat.
        let dead = place.room.room(pid: 77, canLead: false)
        dead.watch(DrillWatch(route: .journeys, query: DrillDownQuery()), now: Date())
        #expect(await eventually(timeout: .seconds(30)) { place.leader.drillPollers == 1 }, "the leader polls it")
        #expect(await eventually(timeout: .seconds(30)) { place.transport.count > 0 })
        // Silent past `Room.silence`: the leader drops it and stops polling.
        #expect(await eventually(timeout: .seconds(30)) { place.leader.drillPollers == 0 })
        #expect(place.leaderRoom.board.history.metas(prefix: RoomBoard.watchPrefix).isEmpty, "its entry is removed")

        // A viewer's user card: never asked of the leader, never in the store, and it says why.
        let viewer = place.viewer(pid: 3)
        viewer.start()
        let lookup = try TaplyticsUserLookup.parse("user9@example.invalid").get()
        viewer.open(.user(lookup), query: DrillDownQuery())
        let said = try #require(Self.drill(viewer))
        #expect(said.error?.contains("personal data") == true, "\(String(describing: said.error))")
        #expect(DrillWatch(route: .user(lookup), query: DrillDownQuery()) == nil)
        #expect(place.leaderRoom.board.history.metas(prefix: RoomBoard.watchPrefix).isEmpty)
        // The leader's own user card is polled here and kept nowhere.
        place.leader.open(.user(lookup), query: DrillDownQuery())
        #expect(await eventually(timeout: .seconds(30)) { Self.drill(place.leader) != nil })
        #expect(place.leaderRoom.board.history.snapshot(source: "own") == nil)
        #expect(place.leaderRoom.board.history.metas(prefix: RoomBoard.watchPrefix).isEmpty)
        await place.close(viewer)
    }

    @Test func aFollowerSeesTheLeadersFailedDrillDown() async throws {
        let place = try await Place()
        #expect(await eventually(timeout: .seconds(30)) { place.leaderRoom.role == .leader })
        let viewer = place.viewer(pid: 4)
        viewer.start()
        viewer.open(.experiment(id: "no-such-experiment", name: "Gone"), query: DrillDownQuery())
        let error = Mutex<String?>(nil)
        #expect(await eventually(timeout: .seconds(30)) {
            if let said = Self.drill(viewer)?.error { error.withLock { $0 = said } }
            return error.withLock { $0 } != nil
        }, "the viewer shows the leader's failed poll")
        #expect(place.leaderRoom.board.drillFailures()["drill/experiment/no-such-experiment"] != nil)
        viewer.closeDrillDown()
        #expect(await eventually(timeout: .seconds(30)) { place.leaderRoom.board.drillFailures().isEmpty },
                "nobody watches it any more")
        await place.close(viewer)
    }

    @Test func watchesReadBackAndKeyOnlyTheChoicesThatMatter() throws {
        var query = DrillDownQuery(range: .last7d, grouping: .country)
        let hits = try #require(DrillWatch(route: .hits, query: query))
        #expect(hits.key == "drill/hits?range=7d;grouping=country;zone=utc")
        #expect(hits.route == .hits && hits.query.range == .last7d && hits.query.grouping == .country)
        // The crash group's screen reads the same whatever the hits screen's range.
        query.pages = 3
        let crash = try #require(DrillWatch(route: .crashGroup(hash: "abc", name: "Boom"), query: query))
        #expect(crash.key == "drill/crash/abc")
        #expect(crash.route == .crashGroup(hash: "abc", name: "abc"))
        let notice = WatchNotice(watch: hits, heartbeat: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(WatchNotice(text: try #require(notice.text)) == notice)
        #expect(WatchNotice(text: "garbage") == nil)
        let failure = DrillFailure(key: "drill/leaderboard?filter=a b", at: Date(timeIntervalSince1970: 1_796_000_000),
                                   message: "429 from Tinylytics:\nrate limit")
        #expect(DrillFailure.read(DrillFailure.text([failure])) == [failure.key: DrillFailure(
            key: failure.key, at: failure.at, message: "429 from Tinylytics: rate limit")])
        #expect(DrillWatch(route: .overview, query: query) == nil)
    }
}
