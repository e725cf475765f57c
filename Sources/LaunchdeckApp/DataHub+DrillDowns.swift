#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckStore
import Synchronization

/// The open drill-down: polled here (its own, and while leading, the followers'), or read
/// from the leader's answers while following; its answers go to the screen and the store.
extension DataHub {
    /// Shows `route`'s data from now on: fetched at once, then at its pane's interval (by the
    /// leader, while following); the previous drill-down stops. The overview and screens
    /// without their own data stop it too. `force`: read it again now (`r`).
    func open(_ route: Route, query: DrillDownQuery, force: Bool = false) {
        guard DrillDownSource.hasOwnData(route) else {
            closeDrillDown()
            return
        }
        let opened = state.withLock { s -> Bool in
            if !force, let drill = s.drill, drill.route == route, drill.query == query { return false }
            let keep = s.drill.flatMap { $0.route == route ? $0.last : nil } ?? Loadable()
            s.drill = OpenDrill(route: route, query: query, last: keep, watch: DrillWatch(route: route, query: query))
            return true
        }
        guard opened else { return }
        if force, sharesDrills, DrillWatch(route: route, query: query) != nil { room?.askLeader([route.pane]) }
        syncDrills(restart: force)
    }

    /// How many drill-downs are polled here (its own, and while leading, the followers').
    var drillPollers: Int { drills.count }

    func closeDrillDown() {
        state.withLock { $0.drill = nil }
        syncDrills()
    }

    /// True while the room's leader polls the drill-downs this hub shows (following, store on).
    private var sharesDrills: Bool {
        guard let room, room.role == .follower, history.history.isOn else { return false }
        return !state.withLock { $0.polling }
    }

    /// Polls what is wanted now: the drill-down on screen (unless the leader polls it for this
    /// follower, which then says it has it open) and, while leading, the followers'.
    func syncDrills(restart: Bool = false) {
        let following = sharesDrills
        let (drill, watched) = state.withLock { ($0.drill, $0.watched) }
        var wanted: [String: DrillPolls.Want] = [:]
        var watch: DrillWatch?
        if let drill {
            if following, drill.watch != nil {
                watch = drill.watch
            } else if following, room?.canLead == false {
                // A viewer holds no credentials, and a user card (personal data) is never shared.
                var value = drill.last
                value.fail(Room.UserCardIsNotShared().description, at: wallClock())
                postDrill(value, key: drill.key)
            } else {
                wanted[drill.key] = .init(key: drill.key, route: drill.route, query: drill.query, own: true, shared: false,
                                          initial: drill.last)
            }
        }
        if room?.role == .leader {
            for shared in watched {
                guard let route = shared.route else { continue }
                if wanted[shared.key] != nil {
                    wanted[shared.key]?.shared = true
                } else {
                    wanted[shared.key] = .init(key: shared.key, route: route, query: shared.query, own: false, shared: true,
                                               initial: Loadable())
                }
            }
        }
        drills.sync(Array(wanted.values), restart: restart ? Set(drill.map { [$0.key] } ?? []) : [])
        publish { failures in failures = failures.filter { wanted[$0.key]?.shared == true } }
        let now = Date()
        let said = state.withLock { s -> Bool in
            guard s.watch?.watch != watch else { return false }
            s.watch = watch.map { ($0, now) }
            return true
        }
        if said, let room { room.watch(watch, now: now) }
    }

    /// While following: says again that the drill-down is open (the leader forgets a silent
    /// watcher), and shows each new answer the leader kept for it, with the leader's fetch time.
    func followDrill(_ room: Room, feed: FollowerFeed, now: Date) {
        let (watch, beat, last) = state.withLock { s -> (DrillWatch?, Bool, Loadable<DrillDown>?) in
            guard let watch = s.watch else { return (nil, false, nil) }
            let beat = now.timeIntervalSince(watch.said) >= Room.beat
            if beat { s.watch?.said = now }
            return (watch.watch, beat, s.drill?.last)
        }
        guard let watch, var last else { return }
        if beat { room.watch(watch, now: now) }
        if let value = feed.drill(watch.key, after: last.fetchedAt) {
            postDrill(value, key: watch.key)
            last = value
        }
        // The leader's poll failed since: shown as this follower's own would be.
        if let failure = room.board.drillFailures()[watch.key], last.fetchedAt.map({ $0 < failure.at }) ?? true,
           last.failedAt.map({ $0 < failure.at }) ?? true {
            last.fail(failure.message, at: failure.at)
            postDrill(last, key: watch.key)
        }
    }


    /// A drill-down poll's answer: to the screen when it is this hub's, and to the store.
    func drillAnswered(_ want: DrillPolls.Want, _ value: Loadable<DrillDown>, isNew: Bool) {
        if want.shared { share(failureOf: value, key: want.key) }
        let shown = want.own && postDrill(value, key: want.key)
        // Each new answer is kept once, under its screen and choices: replay shows it, followers
        // read it (never a user card).
        guard shown || want.shared, isNew, let drill = value.value, let at = value.fetchedAt else { return }
        history.drillDown(drill, route: want.route, source: want.key, at: at)
    }

    /// Tells the followers watching `key` that its poll failed, or that it no longer does.
    private func share(failureOf value: Loadable<DrillDown>, key: String) {
        let failure = value.error.flatMap { message in
            value.failedAt.map { at in DrillFailure(key: key, at: at, message: message) }
        }.flatMap { failure in (value.fetchedAt.map { $0 < failure.at } ?? true) ? failure : nil }
        publish { $0[key] = failure }
    }

    /// Changes the failures shared with followers, and writes them when they changed.
    private func publish(_ change: (inout [String: DrillFailure]) -> Void) {
        let changed = state.withLock { s -> [DrillFailure]? in
            var failures = s.drillFailures
            change(&failures)
            guard failures != s.drillFailures else { return nil }
            s.drillFailures = failures
            return Array(failures.values)
        }
        if let changed, let room { room.board.publish(drillFailures: changed) }
    }

    /// Shows `value` on the drill-down screen if `key`'s is still open; false when it closed.
    @discardableResult
    private func postDrill(_ value: Loadable<DrillDown>, key: String) -> Bool {
        let posted = state.withLock { s -> Bool in
            guard let drill = s.drill, drill.key == key, !Task.isCancelled else { return false }
            s.drill?.last = value
            drillDown.post((drill.route, value))
            return true
        }
        if posted { wake() }
        return posted
    }
}
