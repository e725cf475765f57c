#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckStore
import Synchronization

/// The network side of the dashboard: one poller per overview pane, and the open drill-down
/// polled while it is on screen. Results go to an inbox the UI loop drains; the UI never waits
/// for the network. `r` and `R` restart a poller at once, keeping its last good value.
///
/// In a war room (`room` set) only the leader polls; a follower fills the same inbox from
/// the leader's snapshots in the store (`FollowerFeed`), asks the leader for `r`/`R`, and
/// starts polling, from the values it holds, the moment it takes the lease over.
final class DataHub: Sendable {
    enum Update: Sendable {
        case web(Loadable<WebSnapshot>)
        case experiments(Loadable<ExperimentsSnapshot>)
        case pushes(Loadable<PushSnapshot>)
        case crashes(Loadable<CrashesSnapshot>)
        case drill(Route, Loadable<DrillDown>)
    }

    struct State {
        var tasks: [Pane: Task<Void, Never>] = [:]
        var budgets: [String] = []
        /// Site labels and app names known so far, for `:site` / `:app` completion.
        var names: (sites: [String], apps: [String]) = ([], [])
        var budgetTask: Task<Void, Never>?
        /// The drill-down on screen: polled here (alone, leading, or a user card), or by the leader.
        var drill: OpenDrill?
        /// While following: the open drill-down as the leader polls it, and when this hub last said so.
        var watch: (watch: DrillWatch, said: Date)?
        /// While leading: the drill-downs followers have open, and those whose last poll failed.
        var watched: Set<DrillWatch> = []
        var drillFailures: [String: DrillFailure] = [:]
        var roomTask: Task<Void, Never>?
        /// The leader's budgets, while following.
        var leaderBudgets: [String] = []
        var roomStatus = ""
        /// The pollers run (alone, or as the room's leader).
        var polling = false
        /// Panes whose last poll failed, for followers (a leader publishes them).
        var failures: [Pane: PaneFailure] = [:]
    }

    /// The drill-down on screen and the key of its poller (`DrillWatch.key`; a user card's is never shared).
    struct OpenDrill {
        var route: Route
        var query: DrillDownQuery
        var last: Loadable<DrillDown>
        var watch: DrillWatch?
        var key: String { watch?.key ?? "own" }
    }

    let services: Services
    /// The drill-downs polled here (this screen's, and while leading, the followers').
    let drills: DrillPolls
    private let sources: PaneSources
    /// Stamps each poll's result and dates the sources' reads.
    let wallClock: @Sendable () -> Date
    /// Wakes the UI loop (its terminal's wait) from any thread.
    let wake: @Sendable () -> Void
    /// Not private: DataHub+DrillDowns.swift (the open drill-down) shares it, as it shares
    /// `State`, `OpenDrill`, `drills`, `drillDown` and `wallClock`; nothing else in the module touches them.
    let state = Mutex(State())
    // The inbox: one mailbox per pane and one for the open drill-down, each holding its
    // newest update (a pane only ever shows its latest state) and its last value (a
    // restarted poller goes on from it).
    private let web: Mailbox<Loadable<WebSnapshot>>
    private let experiments: Mailbox<Loadable<ExperimentsSnapshot>>
    private let pushes: Mailbox<Loadable<PushSnapshot>>
    private let crashes: Mailbox<Loadable<CrashesSnapshot>>
    /// Posted to under `state`'s lock, so a closed drill-down never posts (the hub wakes the UI after).
    let drillDown = Mailbox<(route: Route, value: Loadable<DrillDown>)>()

    /// Where each new snapshot is recorded (the launch's history).
    let history: HistoryWriter
    /// The war room this hub leads or follows; nil: it polls alone.
    let room: Room?
    /// Told of each poll's outcome (`launchdeck record` logs them); never of a secret.
    private let log: (@Sendable (String) -> Void)?

    /// - Parameter wallClock: the time the sources read the data at (tests fix it with the simulator's).
    init(services: Services, history: HistoryWriter = HistoryWriter(history: History(off: nil)), room: Room? = nil,
         log: (@Sendable (String) -> Void)? = nil, wallClock: @escaping @Sendable () -> Date = { Date() },
         wake: @escaping @Sendable () -> Void) {
        self.services = services
        self.history = history
        self.room = room
        self.log = log
        self.wake = wake
        self.wallClock = wallClock
        web = Mailbox(onPost: wake)
        experiments = Mailbox(onPost: wake)
        pushes = Mailbox(onPost: wake)
        crashes = Mailbox(onPost: wake)
        sources = PaneSources(services, wallClock: wallClock)
        let drillDowns = DrillDownSource(tinylytics: services.tinylytics, taplytics: services.taplytics,
                                         apteligent: services.apteligent, adoption: sources.crashes?.adoption, wallClock: wallClock)
        let intervals = services.intervals
        drills = DrillPolls(source: drillDowns, interval: { intervals[$0] }, wallClock: wallClock)
        drills.onAnswer { [weak self] in self?.drillAnswered($0, $1, isNew: $2) }
    }

    func start() {
        guard let room else { return startPolling() }
        let feed = FollowerFeed(history: history.history)
        let task = Task {
            while !Task.isCancelled {
                await self.roomStep(room, feed: feed)
                try? await Task.sleep(for: .seconds(1))
            }
        }
        state.withLock { $0.roomTask = task }
    }

    /// One second of the room: lead (poll, publish, answer requests) or follow (read the leader).
    private func roomStep(_ room: Room, feed: FollowerFeed) async {
        let spent = room.role == .leader ? await services.spent() : []
        let now = Date()
        let (budgets, failures) = state.withLock { ($0.budgets, $0.failures.values.sorted { $0.pane.rawValue < $1.pane.rawValue }) }
        switch room.step(now: now, budgets: budgets, failures: failures, spent: spent) {
        case .becameLeader:
            log?("leading: polling for everyone who shares \(room.lease.path)")
            RoomAccess.shareWithGroup(database: room.database)
            // The budgets go on from what the previous leader spent, not from zero; its drill-down
            // failures were its own.
            await services.seed(room.board.spent(), now: now)
            room.board.publish(drillFailures: [])
            if !state.withLock({ $0.polling }) { startPolling() }
        case .leading(let refresh, let watched):
            if state.withLock({ s in defer { s.watched = watched }; return s.watched != watched }) { syncDrills() }
            guard let panes = refresh else { break }
            log?("a follower asked to read \(panes.isEmpty ? "every pane" : panes.map(\.title).joined(separator: ", ")) again")
            if panes.isEmpty { refreshAll() } else { panes.forEach(restart) }
            drills.restart { panes.isEmpty || panes.contains($0.pane) }
        case .following(let notice):
            // A store that failed (history off) cannot carry the room: poll alone rather than show nothing.
            if !history.history.isOn, room.canLead, !state.withLock({ $0.polling }) {
                log?("the store is off: polling alone")
                startPolling()
            }
            for update in feed.updates() { adopt(update) }
            followDrill(room, feed: feed, now: now)
            for failure in notice?.failures ?? [] { adopt(failure) }
            state.withLock { $0.leaderBudgets = notice?.budgets ?? [] }
        }
        let status = room.statusText(now: now)
        let (changed, newRole) = state.withLock { s -> (Bool, Bool) in
            defer { s.roomStatus = status }
            return (s.roomStatus != status, Room.kind(of: s.roomStatus) != Room.kind(of: status))
        }
        // The journal hears of a new role or leader state, not of each step of the leader's age.
        if newRole { log?(status) }
        if changed { wake() }
    }

    /// A leader's snapshot read from the store, posted as if this hub had fetched it (with the
    /// leader's fetch time, so the ages shown are the leader's); older than what is held: ignored.
    func adopt(_ update: Update) {
        func post<V>(_ value: Loadable<V>, _ mailbox: Mailbox<Loadable<V>>) {
            guard let at = value.fetchedAt, (mailbox.latest?.fetchedAt).map({ $0 < at }) ?? true else { return }
            mailbox.post(value)
        }
        switch update {
        case .web(let value): post(value, web)
        case .experiments(let value): post(value, experiments)
        case .pushes(let value): post(value, pushes)
        case .crashes(let value): post(value, crashes)
        case .drill: break
        }
    }

    /// The leader's failed poll, shown as this hub's own would be (once, and only when it is
    /// newer than the last value and failure held: a later success has cleared it).
    private func adopt(_ failure: PaneFailure) {
        func fail<V>(_ mailbox: Mailbox<Loadable<V>>) {
            var loadable = mailbox.latest ?? Loadable()
            guard (loadable.fetchedAt.map { $0 < failure.at } ?? true), (loadable.failedAt.map { $0 < failure.at } ?? true)
            else { return }
            loadable.fail(failure.message, at: failure.at)
            mailbox.post(loadable)
        }
        switch failure.pane {
        case .web: fail(web)
        case .experiments: fail(experiments)
        case .push: fail(pushes)
        case .crashes: fail(crashes)
        }
    }

    /// Records alerts that fired in the history; in a war room only the leader does (every
    /// follower sees the same alerts fire on the same snapshots: one mark each, not N).
    func recordAlerts(_ fired: [FiredAlert], at now: Date) {
        if let room, room.role != .leader { return }
        history.alerts(fired, at: now)
    }

    /// Starts the pollers and the budget reader (alone, or as the room's leader).
    private func startPolling() {
        state.withLock { $0.polling = true }
        for pane in Pane.allCases { restart(pane) }
        syncDrills()  // the drill-down on screen, polled here from now on
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

    /// Each service's request budget, as last read; in a war room, the room's status first and
    /// the budgets marked as the host's (only the leader spends them).
    var budgets: [String] {
        let (own, leader, status) = state.withLock { ($0.budgets, $0.leaderBudgets, $0.roomStatus) }
        guard let room else { return own }
        return [status] + room.hostBudgets(room.role == .leader ? own : leader)
    }

    /// The newest update of each pane (and of the drill-down) since the last drain.
    func drain() -> [Update] {
        var updates: [Update] = []
        if let value = web.take() { updates.append(.web(value)) }
        if let value = experiments.take() { updates.append(.experiments(value)) }
        if let value = pushes.take() { updates.append(.pushes(value)) }
        if let value = crashes.take() { updates.append(.crashes(value)) }
        if let drill = drillDown.take() { updates.append(.drill(drill.route, drill.value)) }
        return updates
    }

    /// Switches the Web pane to `site`, then reads everything again; false when Tinylytics is off.
    func choose(site: String) -> Bool {
        guard let sites = services.tinylytics?.sites else { return false }
        Task.detached { await sites.choose(site); self.refreshAll() }
        return true
    }

    /// Switches the Crashes pane to `app`, then reads everything again; false when Apteligent is off.
    func choose(app: String) -> Bool {
        guard let apps = services.apteligent?.apps else { return false }
        Task.detached { await apps.choose(app); self.refreshAll() }
        return true
    }

    func refreshAll() {
        if let room, room.role == .follower { return room.askLeader([]) }
        for pane in Pane.allCases { restart(pane) }
        if let drill = state.withLock({ $0.drill }) { open(drill.route, query: drill.query, force: true) }
    }

    func refresh(_ pane: Pane) {
        if let room, room.role == .follower { return room.askLeader([pane]) }
        restart(pane)
    }

    func stop() async {
        let (tasks, watching) = state.withLock { s -> ([Task<Void, Never>], Bool) in
            let all = Array(s.tasks.values) + (s.budgetTask.map { [$0] } ?? []) + (s.roomTask.map { [$0] } ?? [])
            defer {
                s.budgetTask = nil
                s.roomTask = nil
                s.tasks.removeAll()
                s.drill = nil
                s.watch = nil
            }
            return (all + drills.stopAll(), s.watch != nil)
        }
        if watching { room?.watch(nil, now: Date()) }
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
        room?.leave()
    }

    // MARK: - Pollers

    private func restart(_ pane: Pane) {
        let interval = services.intervals[pane]
        let history = self.history
        let started: Task<Void, Never>? = switch pane {
        case .web: sources.web.map { source in poll(pane, interval, into: web, record: history.web) { try await source.fetch() } }
        case .experiments: sources.taplytics.map { source in
            poll(pane, interval, into: experiments, record: history.experiments) { try await source.experiments() }
        }
        case .push: sources.taplytics.map { source in
            poll(pane, interval, into: pushes, record: history.pushes) { try await source.pushes() }
        }
        case .crashes: sources.crashes.map { source in
            poll(pane, interval, into: crashes, record: history.crashes) { try await source.fetch() }
        }
        }
        guard let task = started else { return }
        let old = state.withLock { s -> Task<Void, Never>? in
            let old = s.tasks[pane]
            s.tasks[pane] = task
            return old
        }
        old?.cancel()
    }

    /// Polls from the mailbox's last value on, posting each result to it and recording each
    /// new snapshot (one the mailbox did not hold yet) in the history.
    private func poll<V: Sendable>(_ pane: Pane, _ interval: Duration, into mailbox: Mailbox<Loadable<V>>,
                                   record: @escaping @Sendable (V, Date) -> Void,
                                   fetch: @escaping @Sendable () async throws -> V) -> Task<Void, Never> {
        let initial = mailbox.latest ?? Loadable()
        let log = self.log
        let wallClock = self.wallClock
        return Task {
            let poller = Poller(interval: interval, clock: ContinuousClock(), wallClock: wallClock, fetch: fetch)
            await poller.run(from: initial) { loadable in
                guard !Task.isCancelled else { return }
                let isNew = loadable.fetchedAt != mailbox.latest?.fetchedAt
                mailbox.post(loadable)
                if let log { log(PollLog.line(pane, loadable, isNew: isNew)) }
                self.note(pane, loadable)
                if isNew, let value = loadable.value, let at = loadable.fetchedAt { record(value, at) }
            }
        }
    }

    /// Keeps a pane's failure while it lasts, for the room's followers.
    private func note<V>(_ pane: Pane, _ loadable: Loadable<V>) {
        guard room != nil else { return }
        state.withLock { s in
            if let error = loadable.error, let at = loadable.failedAt {
                s.failures[pane] = PaneFailure(pane: pane, at: at, message: error)
            } else {
                s.failures[pane] = nil
            }
        }
    }

}
