#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens

/// One poll of everything a screenshot's screen shows, fetched the way the dashboard
/// fetches it (same sources), then the navigation state that shows it.
enum ScreenshotData {
    static func gather(screen: String, services: Services,
                       clock: @escaping @Sendable () -> Date) async -> (DashboardState, DashboardData) {
        var data = services.emptyData()
        let sources = PaneSources(services, wallClock: clock)
        if let web = sources.web { data.web = await load(clock) { try await web.fetch() } }
        if let taplytics = sources.taplytics {
            data.experiments = await load(clock) { try await taplytics.experiments() }
            data.pushes = await load(clock) { try await taplytics.pushes() }
        }
        if let crashes = sources.crashes { data.crashes = await load(clock) { try await crashes.fetch() } }

        var state = DashboardState()
        let source = DrillDownSource(tinylytics: services.tinylytics, taplytics: services.taplytics,
                                     apteligent: services.apteligent, wallClock: clock)
        let query = DrillDownQuery()
        let route: Route?
        switch screen {
        case "experiment":
            route = data.experiments.value?.experiments.first.map { .experiment(id: $0.id, name: $0.name ?? $0.id) }
            state.navigation.push(.experiments)
        case "crash":
            state.navigation.push(.crashes)
            var rows = data.crashes.value?.topGroups ?? []
            if rows.isEmpty, case .crashGroups(let list)? = await load(clock, { try await source.fetch(.crashes, query: query) }).value {
                rows = list
            }
            route = rows.first.map { .crashGroup(hash: $0.hash, name: $0.name ?? $0.hash) }
        case "help":
            state.helpShown = true
            route = nil
        default:
            route = Route.named[screen]
        }
        if let route, route != .overview {
            state.navigation.push(route)
            if DrillDownSource.hasOwnData(route) {
                data.drillDown = (route, await load(clock) { try await source.fetch(route, query: query) })
            }
        }
        return (state, data)
    }

    private static func load<V: Sendable>(_ clock: @Sendable () -> Date,
                                          _ fetch: () async throws -> V) async -> Loadable<V> {
        var state = Loadable<V>()
        do {
            state.succeed(try await fetch(), at: clock())
        } catch {
            state.fail((error as? ClientError)?.description ?? String(describing: error), at: clock())
        }
        return state
    }
}
