#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel

/// Everything the screens draw from: the overview's four panes, the open drill-down, and for
/// each pane how often it refreshes and, when its service is off, how to turn it on.
public struct DashboardData: Sendable {
    public var web = Loadable<WebSnapshot>()
    public var experiments = Loadable<ExperimentsSnapshot>()
    public var pushes = Loadable<PushSnapshot>()
    public var crashes = Loadable<CrashesSnapshot>()
    /// The drill-down of the route it was fetched for.
    public var drillDown: (route: Route, state: Loadable<DrillDown>)?
    public var intervals: [Pane: TimeInterval] = [:]
    public var offHints: [Pane: String] = [:]
    /// Alerts that fired, oldest first.
    public var alerts: [FiredAlert] = []
    /// The alert rules in force (the alerts screen says when there are none).
    public var alertRules = 0
    /// Rules that cannot fire on the data seen, with why (`AlertEngine.silent`).
    public var silentAlertRules: [String] = []
    /// Fields of the APIs' answers that could not be read, the most recent first.
    public var dataNotes: [DataNote] = []
    /// The history on one time axis, read while the timeline is on screen.
    public var timeline: Timeline?
    /// The launch's moment: `[launch] t0`, or the demo's launch.
    public var t0: Date?
    /// Since T0 against the span before it (the header says it on every screen).
    public var comparison: LaunchComparison?
    /// Why there is no history (it is off, or could not be used), when there is none.
    public var historyProblem: String?

    public init() {}

    /// How often `pane`'s data refreshes, as the services said (`Services.emptyData` gives
    /// every pane's); unknown: no age is ever stale, rather than a guessed 30 s.
    public func interval(_ pane: Pane) -> TimeInterval { intervals[pane] ?? .infinity }

    /// The drill-down state for `route` (empty while it loads).
    public func drillDown(for route: Route) -> Loadable<DrillDown> {
        guard let drillDown, drillDown.route == route else { return Loadable() }
        return drillDown.state
    }
}
