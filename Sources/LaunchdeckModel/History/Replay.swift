#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckStore

/// Replay: the dashboard shows what the history kept at a moment instead of live. The app
/// sets the moment (it knows the clock and the recorded polls); keys play, pause and change
/// the speed here.
public struct Replay: Sendable, Equatable {
    public static let speeds = [1, 2, 5, 10, 30, 60]

    public var moment: Date
    /// Seconds of history a second of watching (×1 to ×60).
    public var speed = 1
    public var playing = false

    public init(moment: Date) { self.moment = moment }

    public mutating func faster() { speed = Self.speeds.first { $0 > speed } ?? speed }
    public mutating func slower() { speed = Self.speeds.last { $0 < speed } ?? speed }
}

/// Where `:at`, the replay keys and the timeline's Enter ask replay to go.
public enum ReplayMove: Sendable, Equatable {
    /// A moment: `18:14` (UTC), a timestamp, `now`.
    case at(T0Setting)
    /// The launch's moment.
    case t0
    /// The moment under the timeline's cursor.
    case cursor
    /// The poll before (-1) or after (+1) the moment shown.
    case step(Int)
    /// Back to live.
    case live
}

/// What replay shows at a moment, read from the history: each pane's snapshot at or before
/// it, and the recorded polls either side (what a step goes to).
public struct ReplayFrame: Sendable, Equatable {
    public var moment: Date
    public var panes: PaneSnapshots
    /// The newest poll recorded before `moment` (within a day), and the oldest after it.
    public var previous: Date?
    public var next: Date?
    /// The open drill-down's data as kept at or before the moment (nil: none kept).
    public var drill: (route: Route, value: Stamped<DrillDown>?)?

    public init(moment: Date, panes: PaneSnapshots, previous: Date?, next: Date?,
                drill: (route: Route, value: Stamped<DrillDown>?)? = nil) {
        self.moment = moment
        self.panes = panes
        self.previous = previous
        self.next = next
        self.drill = drill
    }

    /// The frame at `moment`, with the drill-down of `route` (the screen open) when it has data of its own.
    /// `source`: the open screen's store name with its choices (nil: `route.historySource`).
    public static func read(_ history: History, at moment: Date, route: Route? = nil, source: String? = nil) -> ReplayFrame {
        let day: TimeInterval = 86_400, instant: TimeInterval = 0.001
        return ReplayFrame(moment: moment, panes: PaneSnapshots.read(history, at: moment),
                           previous: history.snapshotTimes(from: moment.addingTimeInterval(-day), to: moment.addingTimeInterval(-instant)).last,
                           next: history.snapshotTimes(from: moment.addingTimeInterval(instant), to: moment.addingTimeInterval(day)).first,
                           drill: route.map { ($0, DrillDown.read(history, route: $0, source: source, at: moment)) })
    }

    public static func == (a: ReplayFrame, b: ReplayFrame) -> Bool {
        a.moment == b.moment && a.panes == b.panes && a.previous == b.previous && a.next == b.next
            && a.drill?.route == b.drill?.route && a.drill?.value == b.drill?.value
    }
}
