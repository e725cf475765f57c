#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// The dashboard's hold on its history: when the store cannot be opened or a write fails
/// (locked, full, read-only, damaged), history turns off and the dashboard runs on without
/// it; the reason is handed out once, for the flash line and the log.
public final class History: Sendable {
    private struct State {
        var store: (any HistoryStore)?
        var problem: StoreError?
        var told = false
    }

    private let state: Mutex<State>

    /// History kept in `store`.
    public init(store: any HistoryStore) {
        state = Mutex(State(store: store))
    }

    /// No history, because of `problem` (nil: turned off on purpose, nothing to tell).
    public init(off problem: StoreError?) {
        state = Mutex(State(store: nil, problem: problem))
    }

    /// Opens the SQLite history at `path`, or a history that is off and says why.
    public static func open(path: String) -> History {
        do {
            return History(store: try SQLiteHistoryStore(path: path))
        } catch {
            return History(off: error)
        }
    }

    /// True while history is being kept.
    public var isOn: Bool { state.withLock { $0.store != nil } }

    /// Why history is off (nil: it is on, or was turned off on purpose), as often as asked.
    public var problem: StoreError? { state.withLock { $0.store == nil ? $0.problem : nil } }

    /// Why history is off, the first time it is asked after history turned off; nil otherwise.
    public func takeProblem() -> StoreError? {
        state.withLock { s in
            guard let problem = s.problem, !s.told else { return nil }
            s.told = true
            return problem
        }
    }

    /// Records a poll; a failure turns history off (the poll itself is shown regardless).
    public func record(_ poll: PollRecord) {
        use { try $0.record(poll) }
    }

    /// Points of `series` in `from..<to`; none while history is off.
    public func points(_ series: String, from: Date, to: Date) -> [SeriesPoint] {
        use { try $0.points(series, from: from, to: to) } ?? []
    }

    /// The first and last points of `series` in `from..<to` and their mean; empty while history is off.
    public func summary(_ series: String, from: Date, to: Date) -> SeriesSummary {
        use { try $0.summary(series, from: from, to: to) } ?? SeriesSummary()
    }

    /// Events in `from..<to`; none while history is off.
    public func events(from: Date, to: Date) -> [HistoryEvent] {
        use { try $0.events(from: from, to: to) } ?? []
    }

    /// Every series recorded; none while history is off.
    public func seriesNames() -> [String] {
        use { try $0.seriesNames() } ?? []
    }

    public func meta(_ key: String) -> String? {
        use { try $0.meta(key) } ?? nil
    }

    /// Every value whose key starts with `prefix`; none while history is off.
    public func metas(prefix: String) -> [String: String] {
        use { try $0.metas(prefix: prefix) } ?? [:]
    }

    public func setMeta(_ key: String, _ value: String?) {
        use { try $0.setMeta(key, value) }
    }

    /// Keeps what a pane showed; nothing while history is off.
    public func saveSnapshot(_ snapshot: StoredSnapshot) {
        use { try $0.saveSnapshot(snapshot) }
    }

    /// The newest snapshot of `source` observed at or before `moment` (nil: the newest of all).
    public func snapshot(source: String, atOrBefore moment: Date? = nil) -> StoredSnapshot? {
        use { store in
            try moment.map { try store.snapshot(source: source, atOrBefore: $0) } ?? store.latestSnapshot(source: source)
        } ?? nil
    }

    /// The moments in `from...to` at which any pane's snapshot was kept; none while history is off.
    public func snapshotTimes(from: Date, to: Date) -> [Date] {
        use { try $0.snapshotTimes(from: from, to: to) } ?? []
    }

    public func prune(_ policy: RetentionPolicy, now: Date) {
        use { try $0.prune(policy, now: now) }
    }

    /// Runs `body` on the store outside the lock; a failure turns history off.
    @discardableResult
    private func use<T>(_ body: (any HistoryStore) throws -> T) -> T? {
        guard let store = state.withLock({ $0.store }) else { return nil }
        do {
            return try body(store)
        } catch {
            // The store throws only StoreError; anything else is worded as such.
            let problem = error as? StoreError ?? StoreError(.other(String(describing: error)), path: "history")
            state.withLock { s in
                if s.store != nil {
                    s.store = nil
                    s.problem = problem
                }
            }
            return nil
        }
    }
}
