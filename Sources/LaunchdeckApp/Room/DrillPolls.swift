#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import Synchronization

/// The drill-downs this process polls: its own open one and, while it leads a war room, those
/// its followers have open. One poller per screen and choices (`DrillWatch.key`), so the
/// leader's own drill-down and a follower's identical one cost one poll, not two; each polls
/// at its pane's interval through the one `DrillDownSource` (the host's budgets count it).
final class DrillPolls: Sendable {
    /// A drill-down to poll, and for whom.
    struct Want: Sendable {
        var key: String
        var route: Route
        var query: DrillDownQuery
        /// On this process's screen.
        var own: Bool
        /// Open at a follower: each answer goes to the store for it.
        var shared: Bool
        /// What a new poller goes on from (the screen's last value).
        var initial: Loadable<DrillDown>
    }

    /// An answer, with whom it is for then and whether it is new (not one posted before).
    typealias Answer = @Sendable (_ want: Want, _ value: Loadable<DrillDown>, _ isNew: Bool) -> Void

    private struct Entry {
        var want: Want
        var task: Task<Void, Never>
        var last: Loadable<DrillDown>
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let source: DrillDownSource
    private let interval: @Sendable (Pane) -> Duration
    private let wallClock: @Sendable () -> Date
    private let answer = Mutex<Answer?>(nil)

    init(source: DrillDownSource, interval: @escaping @Sendable (Pane) -> Duration,
         wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.source = source
        self.interval = interval
        self.wallClock = wallClock
    }

    /// Where the answers go (set once, by the hub that owns the pollers).
    func onAnswer(_ answer: @escaping Answer) { self.answer.withLock { $0 = answer } }

    /// Polls exactly `wanted` from now on: new ones start at once, gone ones stop, and those
    /// in `restart` (by key) read again now.
    func sync(_ wanted: [Want], restart: Set<String> = []) {
        let stopped = entries.withLock { entries -> [Task<Void, Never>] in
            var stopped: [Task<Void, Never>] = []
            let keys = Set(wanted.map(\.key))
            for (key, entry) in entries where !keys.contains(key) {
                stopped.append(entry.task)
                entries[key] = nil
            }
            for want in wanted {
                let old = entries[want.key]
                // A screen polled for this process alone (a user card's key is the same for every
                // user) reads anew when what it shows changes.
                let other = old.map { !$0.want.shared && !want.shared && ($0.want.route != want.route || $0.want.query != want.query) }
                if var entry = old, other == false, !restart.contains(want.key) {
                    entry.want = want
                    entries[want.key] = entry
                    continue
                }
                if let old { stopped.append(old.task) }
                let from = other == false ? old?.last ?? want.initial : want.initial
                entries[want.key] = Entry(want: want, task: start(want, from: from), last: from)
            }
            return stopped
        }
        stopped.forEach { $0.cancel() }
    }

    /// Reads again now those whose screen `matches` (a follower's `r`, `R`).
    func restart(where matches: (Route) -> Bool) {
        let wanted = entries.withLock { $0.values.map(\.want) }
        sync(wanted, restart: Set(wanted.filter { matches($0.route) }.map(\.key)))
    }

    /// How many pollers run (for tests and the journal).
    var count: Int { entries.withLock { $0.count } }

    /// Stops every poller; returns their tasks to wait for.
    func stopAll() -> [Task<Void, Never>] {
        let tasks = entries.withLock { entries in
            defer { entries.removeAll() }
            return entries.values.map(\.task)
        }
        tasks.forEach { $0.cancel() }
        return tasks
    }

    private func start(_ want: Want, from initial: Loadable<DrillDown>) -> Task<Void, Never> {
        let (source, route, query, key, wallClock) = (self.source, want.route, want.query, want.key, self.wallClock)
        let interval = self.interval(route.pane)
        return Task {
            let poller = Poller(interval: interval, clock: ContinuousClock(), wallClock: wallClock) {
                try await source.fetch(route, query: query)
            }
            await poller.run(from: initial) { value in self.answered(key, value) }
        }
    }

    private func answered(_ key: String, _ value: Loadable<DrillDown>) {
        guard !Task.isCancelled else { return }
        let found = entries.withLock { entries -> (Want, Bool)? in
            guard let entry = entries[key] else { return nil }
            entries[key]?.last = value
            return (entry.want, entry.last.fetchedAt != value.fetchedAt)
        }
        guard let (want, isNew) = found else { return }
        answer.withLock { $0 }?(want, value, isNew)
    }
}
