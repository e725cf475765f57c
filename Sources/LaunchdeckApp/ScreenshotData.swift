import Foundation
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckStore

/// One poll of everything a screenshot's screen shows, fetched the way the dashboard
/// fetches it (same sources), then the navigation state that shows it.
enum ScreenshotData {
    static func gather(_ screen: NamedScreen, services: Services, t0: Date? = nil,
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
        switch screen.target {
        case .firstExperiment:
            route = data.experiments.value?.experiments.first.map { .experiment(id: $0.id, name: $0.name ?? $0.id) }
            state.navigation.push(.experiments)
        case .firstCrashGroup:
            state.navigation.push(.crashes)
            var rows = data.crashes.value?.topGroups ?? []
            if rows.isEmpty, case .crashGroups(let list)? = await load(clock, { try await source.fetch(.crashes, query: query) }).value {
                rows = list
            }
            route = rows.first.map { .crashGroup(hash: $0.hash, name: $0.name ?? $0.hash) }
        case .help:
            state.helpShown = true
            route = nil
        case .route(let named):
            route = named
        }
        if route == .timeline {
            data.t0 = t0 ?? services.demoLaunch
            data.timeline = timeline(of: data, at: clock())
        }
        if let route, route != .overview {
            state.navigation.push(route)
            if DrillDownSource.hasOwnData(route) {
                data.drillDown = (route, await load(clock) { try await source.fetch(route, query: query) })
            }
        }
        return (state, data)
    }

    /// The timeline of a first run: this one poll recorded in a history of its own (what the
    /// APIs' own history gives: the last hour of hits, the day's crash rate), read back.
    private static func timeline(of data: DashboardData, at now: Date) -> Timeline? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("launchdeck-screenshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = HistoryWriter(history: History.open(path: directory.appendingPathComponent("history.sqlite").path))
        if let web = data.web.value { writer.web(web, at: now) }
        if let crashes = data.crashes.value { writer.crashes(crashes, at: now) }
        return Timeline(history: writer.history, site: data.web.value?.site.id, app: data.crashes.value?.appID,
                        range: .hour, end: now, buckets: Timeline.buckets)
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
