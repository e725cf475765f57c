import Foundation
@testable import LaunchdeckApp
import LaunchdeckModel
import LaunchdeckConfig
import LaunchdeckStore
import LaunchdeckTesting
import Testing

/// The war room in one process: two rooms on one store elect one leader, the follower reads
/// the leader's notice and asks it for refreshes, and takes over when the leader leaves.
@Suite struct RoomTests {
    final class Place {
        let directory = NSTemporaryDirectory() + "launchdeck-room-\(UUID().uuidString)"
        var database: String { directory + "/acct-0123456789abcdef/history.sqlite" }
        deinit { try? FileManager.default.removeItem(atPath: directory) }

        func room(pid: Int32, canLead: Bool = true) -> Room {
            Room(lease: LeaderLease(beside: database), history: History.open(path: database), canLead: canLead, pid: pid,
                 started: Date(timeIntervalSince1970: 1_796_000_000))
        }
    }

    let now = Date(timeIntervalSince1970: 1_796_000_600)

    @Test func oneLeadsTheOtherFollowsAndTakesOverWhenItLeaves() {
        let place = Place()
        let a = place.room(pid: 101), b = place.room(pid: 202)
        #expect(a.step(now: now, budgets: ["tly 12/1000h"]) == .becameLeader)
        guard case .following(let notice?) = b.step(now: now, budgets: []) else {
            Issue.record("b should follow a")
            return
        }
        #expect(notice.pid == 101)
        #expect(notice.budgets == ["tly 12/1000h"])
        #expect(a.statusText(now: now) == "leading")
        #expect(b.statusText(now: now) == "following (leader up 10m)")
        #expect(b.hostBudgets(notice.budgets) == ["tly 12/1000h (host)"])
        #expect(b.statusText(now: now.addingTimeInterval(Room.silence + 1)) == "following: no leader yet",
                "a leader silent past the limit is gone")

        a.leave()
        #expect(place.room(pid: 303, canLead: false).step(now: now, budgets: []) == .following(nil), "its notice went with it")
        #expect(b.step(now: now, budgets: []) == .becameLeader)
        #expect(a.step(now: now, budgets: []) == .following(b.board.leader()))
    }

    @Test func aFollowersRefreshIsAnsweredOnceByTheLeader() {
        let place = Place()
        let leader = place.room(pid: 1), follower = place.room(pid: 2)
        leader.board.request([.crashes], from: 9, at: now)  // before anyone led: not this leader's to answer
        #expect(leader.step(now: now, budgets: []) == .becameLeader)
        #expect(leader.step(now: now, budgets: []) == .leading(refresh: nil))
        _ = follower.step(now: now, budgets: [])
        follower.askLeader([.web], now: now)
        #expect(leader.step(now: now, budgets: []) == .leading(refresh: [.web]))
        #expect(leader.step(now: now, budgets: []) == .leading(refresh: nil), "answered once")
        follower.askLeader([], now: now.addingTimeInterval(1))
        #expect(leader.step(now: now, budgets: []) == .leading(refresh: []), "R: every pane")
    }

    @Test func aViewerNeverLeadsAndSaysWhenNobodyDoes() {
        let place = Place()
        let viewer = place.room(pid: 5, canLead: false)
        #expect(viewer.step(now: now, budgets: []) == .following(nil))
        #expect(!viewer.lease.isHeld)
        #expect(viewer.statusText(now: now) == "following: no leader here (start launchdeck record)")
    }

    @Test func aViewersDrillDownIsAskedOfTheLeaderUntilItCloses() async throws {
        let place = Place()
        let viewer = place.room(pid: 6, canLead: false)
        let hub = DataHub(services: .following(Configuration(), environment: [:]), history: HistoryWriter(history: viewer.board.history),
                          room: viewer, wake: {})
        hub.open(.uptime, query: DrillDownQuery())
        #expect(hub.drillPollers == 0, "a follower polls no drill-down while a leader may")
        let leader = place.room(pid: 7)
        #expect(leader.watches(now: Date()) == [DrillWatch(route: .uptime, query: DrillDownQuery())])
        hub.closeDrillDown()
        #expect(leader.watches(now: Date()).isEmpty)
        await hub.stop()
        await hub.services.shutdown()
    }

    @Test func aFollowerShowsTheLeadersFailedPoll() async throws {
        let place = Place()
        let leader = place.room(pid: 1)
        #expect(leader.step(now: Date(), budgets: [], failures: [
            PaneFailure(pane: .web, at: Date(), message: "429 from Tinylytics: rate limit reached; waiting for the reset"),
        ]) == .becameLeader)
        let viewer = place.room(pid: 2, canLead: false)
        let hub = DataHub(services: .following(Configuration(), environment: [:]), history: HistoryWriter(history: viewer.board.history),
                          room: viewer, wake: {})
        hub.start()
        // The leader stays alive while the follower looks (a leader silent for 5 s counts as gone,
        // and a loaded machine can take that long).
        let failures = [PaneFailure(pane: .web, at: Date(), message: "429 from Tinylytics: rate limit reached; waiting for the reset")]
        let shown = await eventually {
            _ = leader.step(now: Date(), budgets: [], failures: failures)
            return hub.drain().contains { update in
                if case .web(let value) = update { return value.error?.hasPrefix("429 from Tinylytics") == true }
                return false
            }
        }
        #expect(shown, "the follower's Web pane shows the leader's 429")
        let following = await eventually {
            _ = leader.step(now: Date(), budgets: [], failures: failures)
            return hub.budgets.first?.hasPrefix("following (leader up") == true
        }
        #expect(following, "\(hub.budgets)")
        await hub.stop()
        await hub.services.shutdown()
    }

    @Test func noticesAndRequestsReadBack() {
        let notice = LeaderNotice(pid: 42, started: Date(timeIntervalSince1970: 1_796_000_000.5),
                                  heartbeat: Date(timeIntervalSince1970: 1_796_000_100), budgets: ["tly 1/1000h", "apt 2/20/min"],
                                  failures: [PaneFailure(pane: .crashes, at: Date(timeIntervalSince1970: 1_796_000_090),
                                                         message: "429 from Apteligent: rate limit reached")])
        #expect(LeaderNotice(text: notice.text) == notice)
        #expect(PaneFailure(line: "!9 1 unknown pane") == nil)
        #expect(LeaderNotice(text: "garbage") == nil)
        let request = RefreshRequest(token: "7-123", panes: [.web, .crashes])
        #expect(RefreshRequest(text: request.text) == request)
        #expect(RefreshRequest(text: "7-124")?.panes == [])
    }

    @Test func followFindsTheOneStoreOrSaysWhichToName() throws {
        let place = Place()
        _ = History.open(path: place.database)
        #expect(RoomPlace.followed(place.directory) == .success(place.database))
        #expect(RoomPlace.followed(place.directory + "/acct-0123456789abcdef/") == .success(place.database))
        _ = History.open(path: place.directory + "/acct-fedcba9876543210/history.sqlite")
        guard case .failure(let several) = RoomPlace.followed(place.directory) else {
            Issue.record("two stores: the viewer must name one")
            return
        }
        #expect(several.lines.contains("  launchdeck --follow \(place.directory)/acct-fedcba9876543210"))
        guard case .failure(let none) = RoomPlace.followed(place.directory + "/acct-0123456789abcdef/missing") else {
            Issue.record("not a directory")
            return
        }
        #expect(none.lines.first?.contains("is not a directory") == true)
    }

    @Test func aGroupSharedStateDirectorySharesTheStoreWithItsGroup() throws {
        let place = Place()
        try FileManager.default.createDirectory(atPath: place.directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o2770])
        chmod(place.directory, 0o2770)
        _ = History.open(path: place.database)  // the store makes its directory 0700 and SQLite its file 0644
        #expect(RoomAccess.problems(database: place.database).isEmpty)
        RoomAccess.shareWithGroup(database: place.database)
        let dir = try FileManager.default.attributesOfItem(atPath: place.directory + "/acct-0123456789abcdef")
        let file = try FileManager.default.attributesOfItem(atPath: place.database)
        #expect((dir[.posixPermissions] as? Int).map { $0 & 0o7777 } == 0o2770)
        #expect((file[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o660)
        #expect(RoomAccess.fixes(for: place.database, mode: "660").first?.hasPrefix("  chgrp ") == true)
    }
}
