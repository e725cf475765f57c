#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckClient
import LaunchdeckModel
import Synchronization

/// The network side of the dashboard: one poller per overview pane, and the open drill-down
/// polled while it is on screen. Results go to an inbox the UI loop drains; the UI never waits
/// for the network. `r` and `R` restart a poller at once, keeping its last good value.
final class DataHub: Sendable {
    enum Update: Sendable {
        case web(Loadable<WebSnapshot>)
        case experiments(Loadable<ExperimentsSnapshot>)
        case pushes(Loadable<PushSnapshot>)
        case crashes(Loadable<CrashesSnapshot>)
        case drill(Route, Loadable<DrillDown>)
    }

    private struct State {
        /// The newest update of each kind: a pane only ever shows its latest state.
        var inbox: [String: Update] = [:]
        var tasks: [Pane: Task<Void, Never>] = [:]
        var latest: [Pane: Update] = [:]
        var budgets: [String] = []
        /// Site labels and app names known so far, for `:site` / `:app` completion.
        var names: (sites: [String], apps: [String]) = ([], [])
        var budgetTask: Task<Void, Never>?
        var drill: (route: Route, query: DrillDownQuery, task: Task<Void, Never>, last: Loadable<DrillDown>)?
    }

    private let services: Services
    private let drillDowns: DrillDownSource
    private let sources: PaneSources
    private let wake: @Sendable () -> Void
    private let state = Mutex(State())

    init(services: Services, wake: @escaping @Sendable () -> Void) {
        self.services = services
        self.wake = wake
        sources = PaneSources(services)
        drillDowns = DrillDownSource(tinylytics: services.tinylytics, taplytics: services.taplytics,
                                     apteligent: services.apteligent)
    }

    func start() {
        for pane in Pane.allCases { restart(pane) }
        let services = self.services
        let task = Task {
            while !Task.isCancelled {
                let sites = await services.tinylytics?.sites.known.map(\.label) ?? []
                let apps = await services.apteligent?.apps.known.map { $0.value.appName ?? $0.key } ?? []
                self.state.withLock { $0.names = (sites.sorted(), apps.sorted()) }
                let budgets = await services.budgets()
                let changed = self.state.withLock { s -> Bool in
                    defer { s.budgets = budgets }
                    return s.budgets != budgets
                }
                if changed { self.wake() }
                // Every second until the sites and apps are known (for :site and :app), then every
                // 10 s: often enough for the status bar, rare enough that an idle dashboard sleeps.
                let learning = (services.tinylytics != nil && sites.isEmpty) || (services.apteligent != nil && apps.isEmpty)
                try? await Task.sleep(for: .seconds(learning ? 1 : 10))
            }
        }
        state.withLock { $0.budgetTask = task }
    }

    /// Site labels and app names known so far.
    var names: (sites: [String], apps: [String]) { state.withLock { $0.names } }

    /// Each service's request budget, as last read.
    var budgets: [String] { state.withLock { $0.budgets } }

    /// The newest update of each pane (and of the drill-down) since the last drain.
    func drain() -> [Update] {
        state.withLock { s in
            let out = Array(s.inbox.values)
            s.inbox.removeAll()
            return out
        }
    }

    func refreshAll() {
        for pane in Pane.allCases { restart(pane) }
        if let drill = state.withLock({ $0.drill }) { open(drill.route, query: drill.query, force: true) }
    }

    func refresh(_ pane: Pane) { restart(pane) }

    /// Shows `route`'s data from now on: fetched at once, then at its pane's interval; the
    /// previous drill-down stops. The overview and screens without their own data stop it too.
    func open(_ route: Route, query: DrillDownQuery, force: Bool = false) {
        guard DrillDownSource.hasOwnData(route) else {
            closeDrillDown()
            return
        }
        let interval = services.intervals[route.pane] ?? .seconds(30)
        let source = drillDowns
        let previous = state.withLock { s -> Task<Void, Never>?? in
            if !force, let drill = s.drill, drill.route == route, drill.query == query { return .none }
            let keep = s.drill.flatMap { $0.route == route ? $0.last : nil } ?? Loadable()
            let task = Task {
                let poller = Poller(interval: interval, clock: ContinuousClock()) { try await source.fetch(route, query: query) }
                await poller.run(from: keep) { loadable in self.post(.drill(route, loadable), drillFor: route) }
            }
            let old = s.drill?.task
            s.drill = (route, query, task, keep)
            return .some(old)
        }
        if case .some(let old?) = previous { old.cancel() }
    }

    func closeDrillDown() {
        let task = state.withLock { s -> Task<Void, Never>? in
            defer { s.drill = nil }
            return s.drill?.task
        }
        task?.cancel()
    }

    func stop() async {
        let tasks = state.withLock { s -> [Task<Void, Never>] in
            let all = Array(s.tasks.values) + (s.drill.map { [$0.task] } ?? []) + (s.budgetTask.map { [$0] } ?? [])
            s.budgetTask = nil
            s.tasks.removeAll()
            s.drill = nil
            return all
        }
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }


    // MARK: - Pollers

    private func restart(_ pane: Pane) {
        let interval = services.intervals[pane] ?? .seconds(30)
        let latest = state.withLock { $0.latest[pane] }
        let task: Task<Void, Never>?
        switch pane {
        case .web:
            guard let source = sources.web else { return }
            var initial = Loadable<WebSnapshot>()
            if case .web(let last)? = latest { initial = last }
            task = poll(interval, from: initial, fetch: { try await source.fetch() }, wrap: Update.web, pane: pane)
        case .experiments:
            guard let source = sources.taplytics else { return }
            var initial = Loadable<ExperimentsSnapshot>()
            if case .experiments(let last)? = latest { initial = last }
            task = poll(interval, from: initial, fetch: { try await source.experiments() }, wrap: Update.experiments, pane: pane)
        case .push:
            guard let source = sources.taplytics else { return }
            var initial = Loadable<PushSnapshot>()
            if case .pushes(let last)? = latest { initial = last }
            task = poll(interval, from: initial, fetch: { try await source.pushes() }, wrap: Update.pushes, pane: pane)
        case .crashes:
            guard let source = sources.crashes else { return }
            var initial = Loadable<CrashesSnapshot>()
            if case .crashes(let last)? = latest { initial = last }
            task = poll(interval, from: initial, fetch: { try await source.fetch() }, wrap: Update.crashes, pane: pane)
        }
        let old = state.withLock { s -> Task<Void, Never>? in
            let old = s.tasks[pane]
            s.tasks[pane] = task
            return old
        }
        old?.cancel()
    }

    private func poll<V: Sendable>(_ interval: Duration, from initial: Loadable<V>,
                                   fetch: @escaping @Sendable () async throws -> V,
                                   wrap: @escaping @Sendable (Loadable<V>) -> Update, pane: Pane) -> Task<Void, Never> {
        Task {
            let poller = Poller(interval: interval, clock: ContinuousClock(), fetch: fetch)
            await poller.run(from: initial) { loadable in
                guard !Task.isCancelled else { return }
                self.post(wrap(loadable), pane: pane)
            }
        }
    }

    private func post(_ update: Update, pane: Pane) {
        state.withLock { s in
            s.latest[pane] = update
            s.inbox["pane-\(pane.rawValue)"] = update
        }
        wake()
    }

    private func post(_ update: Update, drillFor route: Route) {
        let posted = state.withLock { s -> Bool in
            guard let drill = s.drill, drill.route == route, !Task.isCancelled else { return false }
            if case .drill(_, let loadable) = update { s.drill?.last = loadable }
            s.inbox["drill"] = update
            return true
        }
        if posted { wake() }
    }
}
