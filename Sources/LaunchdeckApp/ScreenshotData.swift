#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckSimulator
import LaunchdeckStore

/// One poll of everything a screenshot's screen shows, fetched the way the dashboard
/// fetches it (same sources), then the navigation state that shows it.
enum ScreenshotData {
    /// Watching before the picture: how to move the clock on, and until when.
    struct Watch: Sendable {
        var until: Date
        var advance: @Sendable (TimeInterval) -> Void
    }

    /// Seconds of the simulator's time between two polls while watching.
    static let watchStep: TimeInterval = 30

    static func gather(_ screen: NamedScreen, services: Services, t0: Date? = nil,
                       clock: @escaping @Sendable () -> Date, watch: Watch? = nil) async -> (DashboardState, DashboardData) {
        var data = services.emptyData()
        // Watching, trends (read every 5 minutes) age with the stepped clock, as they would live.
        let sources = PaneSources(services, wallClock: clock,
                                  adoptionClock: watch.map { _ -> @Sendable () -> Duration in { Duration.seconds(clock().timeIntervalSince1970) } })
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("launchdeck-screenshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let history = HistoryWriter(history: History.open(path: directory.appendingPathComponent("history.sqlite").path))
        if let watch {
            while clock() < watch.until {
                await poll(sources, into: &data, history: history, clock: clock)
                watch.advance(watchStep)
            }
        }
        await poll(sources, into: &data, history: history, clock: clock)

        var state = DashboardState()
        let source = DrillDownSource(tinylytics: services.tinylytics, taplytics: services.taplytics,
                                     apteligent: services.apteligent, adoption: sources.crashes?.adoption, wallClock: clock)
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
        case .userLookup:
            route = .user(TaplyticsUserLookup(kind: .email, value: Simulator.demoUserEmail))
        case .help:
            state.helpShown = true
            route = nil
        case .route(let named):
            route = named
        }
        data.t0 = t0 ?? services.demoLaunch
        data.comparison = data.t0.map {
            LaunchComparison(history: history.history, site: data.web.value?.site.id, app: data.crashes.value?.appID, t0: $0, now: clock())
        }
        if route == .timeline {
            data.timeline = Timeline(history: history.history, site: data.web.value?.site.id, app: data.crashes.value?.appID,
                                     range: .hour, end: clock(), buckets: Timeline.buckets)
        }
        if let route, route != .overview {
            state.navigation.push(route)
            if DrillDownSource.hasOwnData(route) {
                data.drillDown = (route, await load(clock) { try await source.fetch(route, query: query) })
            }
        }
        return (state, data)
    }

    /// One poll of the four panes, each new snapshot recorded as the dashboard records it.
    private static func poll(_ sources: PaneSources, into data: inout DashboardData, history: HistoryWriter,
                             clock: @escaping @Sendable () -> Date) async {
        if let web = sources.web {
            data.web = await load(clock) { try await web.fetch() }
            if let value = data.web.value { history.web(value, at: clock()) }
        }
        if let taplytics = sources.taplytics {
            data.experiments = await load(clock) { try await taplytics.experiments() }
            if let value = data.experiments.value { history.experiments(value, at: clock()) }
            data.pushes = await load(clock) { try await taplytics.pushes() }
            if let value = data.pushes.value { history.pushes(value, at: clock()) }
        }
        if let crashes = sources.crashes {
            data.crashes = await load(clock) { try await crashes.fetch() }
            if let value = data.crashes.value { history.crashes(value, at: clock()) }
        }
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
