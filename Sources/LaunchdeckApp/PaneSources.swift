#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import LaunchdeckScreens

/// The overview's four sources, made once per run from the services that are on: the
/// dashboard's pollers and a screenshot's single poll read through the same ones, and a
/// restarted poller (`r`) keeps its source's state (the sparkline's series and history).
struct PaneSources: Sendable {
    let web: WebSource?
    let taplytics: TaplyticsSources?
    let crashes: CrashesSource?

    /// - Parameter adoptionClock: the monotonic clock version adoption ages on (a watched
    ///   screenshot steps it with the simulator's time; default real time).
    init(_ services: Services, wallClock: @escaping @Sendable () -> Date = { Date() },
         adoptionClock: (@Sendable () -> Duration)? = nil) {
        web = services.tinylytics.map { WebSource(client: $0.client, sites: $0.sites, wallClock: wallClock) }
        taplytics = services.taplytics.map { TaplyticsSources(client: $0, wallClock: wallClock) }
        crashes = services.apteligent.map { CrashesSource(client: $0.client, apps: $0.apps, now: adoptionClock) }
    }
}

extension Services {
    /// Empty screen data that knows each pane's interval and which services are off.
    func emptyData() -> DashboardData {
        var data = DashboardData()
        for pane in Pane.allCases {
            data.intervals[pane] = Double(intervals[pane].components.seconds)
        }
        data.offHints = offHints
        return data
    }
}
