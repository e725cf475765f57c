#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckScreens

/// Replay on the loop's side: where a move goes (the clock, T0, the timeline's cursor, the
/// recorded polls either side), the moment moving on while playing, and the kept snapshots
/// laid over the live data for drawing. Live data keeps arriving underneath: Esc shows it at once.
struct ReplayDriver {
    /// The frame read for the moment shown (or the moment before, while the next is read).
    private(set) var frame: ReplayFrame?
    /// A frame was asked for and has not arrived.
    private(set) var awaiting = false
    private var lastTick: Date?

    /// Carries out `move` at `now`; gives what the flash line says.
    mutating func go(_ move: ReplayMove, state: inout DashboardState, data: DashboardData, now: Date) -> String {
        let target: Date
        switch move {
        case .live:
            return stop(&state, "live")
        case .at(let setting):
            guard let moment = setting.resolve(now: now), moment < now else { return stop(&state, "live") }
            target = moment
        case .t0:
            guard let t0 = data.t0 else { return "no T0 to replay: :t0 18:00 sets it" }
            guard t0 < now else { return "T0 is still to come: nothing recorded there yet" }
            target = t0
        case .cursor:
            guard let timeline = data.timeline, let back = state.timelineCursor else { return "no cursor on the timeline: [ moves it" }
            target = timeline.cursor(back: back).moment
        case .step(let direction):
            guard state.replay != nil, let frame else { return "reading the history…" }
            guard let moment = direction < 0 ? frame.previous : frame.next else {
                return direction < 0 ? "no earlier poll recorded (within a day)" : "no later poll recorded: Esc for live"
            }
            state.replay?.moment = moment
            state.replay?.playing = false
            awaiting = false
            return "replay " + Self.label(moment)
        }
        var replay = state.replay ?? Replay(moment: target)
        replay.moment = target
        state.replay = replay
        awaiting = false
        lastTick = nil
        return "replay " + Self.label(target) + ": [ ] step, p play, < > speed, Esc live"
    }

    private mutating func stop(_ state: inout DashboardState, _ message: String) -> String {
        state.replay = nil
        frame = nil
        awaiting = false
        return message
    }

    static func label(_ moment: Date) -> String { Timestamp.format(moment).replacing("T", with: " ") }

    /// While playing, moves the moment on by the time passed × the speed; live again once it
    /// reaches now (what the flash line says then).
    mutating func tick(state: inout DashboardState, now: Date) -> String? {
        guard var replay = state.replay, replay.playing else {
            lastTick = nil
            return nil
        }
        defer { lastTick = now }
        guard let last = lastTick else { return nil }
        replay.moment = replay.moment.addingTimeInterval(now.timeIntervalSince(last) * Double(replay.speed))
        if replay.moment >= now { return stop(&state, "replay caught up: live") }
        state.replay = replay
        return nil
    }

    /// The moment to read a frame for, when the one on hand no longer shows it; nil otherwise.
    mutating func wanted(_ state: DashboardState) -> Date? {
        guard let replay = state.replay, !awaiting else { return nil }
        let route = state.route.historySource == nil ? nil : state.route
        if let frame, frame.drill?.route == route, frame.moment <= replay.moment, frame.next.map({ replay.moment < $0 }) ?? true {
            return nil
        }
        awaiting = true
        return replay.moment
    }

    mutating func arrived(_ frame: ReplayFrame?, state: DashboardState) {
        guard let frame, state.replay != nil else { return }
        self.frame = frame
        awaiting = false
    }

    /// What the screens draw: live, or the kept snapshots of the moment with the live rest.
    func shown(_ live: DashboardData, state: DashboardState) -> DashboardData {
        guard let replay = state.replay else { return live }
        var data = live
        let moment = replay.moment
        func kept<V>(_ stamped: Stamped<V>?) -> Loadable<V> {
            if let stamped { return Loadable(value: stamped.value, fetchedAt: stamped.observedAt) }
            var none = Loadable<V>()
            // Until the frame arrives the pane says it is reading; after, that nothing was kept.
            if frame != nil { none.fail("nothing recorded at or before " + Self.label(moment), at: moment) }
            return none
        }
        data.web = kept(frame?.panes.web)
        data.experiments = kept(frame?.panes.experiments)
        data.pushes = kept(frame?.panes.pushes)
        data.crashes = kept(frame?.panes.crashes)
        // The open screen's own data as kept then (the live answer underneath is not shown).
        if state.route.historySource != nil {
            let kept = frame?.drill.flatMap { $0.route == state.route ? $0.value : nil }
            var none = Loadable<DrillDown>()
            if frame != nil, kept == nil {
                none.fail("not recorded at or before " + Self.label(moment) + ": replay keeps a screen's data while "
                          + "someone has it open (the overview's panes always)", at: moment)
            }
            data.drillDown = (state.route, kept.map { Loadable(value: $0.value, fetchedAt: $0.observedAt) } ?? none)
        }
        return data
    }
}
