#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckConfig
import LaunchdeckModel
import LaunchdeckStore
import Synchronization

/// Where the pollers' results go besides the screen: each new snapshot through the recorder
/// into the history, on the poller's own task (a poll's write is one SQLite transaction,
/// about a millisecond), never on the UI loop.
final class HistoryWriter: Sendable {
    let history: History
    private let recorder = Mutex(HistoryRecorder())

    init(history: History) { self.history = history }

    /// The history for this run: off when `[history] enabled = false` (nothing to say), off
    /// with a reason when no state directory is known or the file cannot be used; otherwise
    /// opened and pruned to the retention and size cap.
    static func open(_ configuration: Configuration, demo: Bool, environment: [String: String], now: Date = Date()) -> HistoryWriter {
        let settings = configuration.history
        guard settings.enabled else { return HistoryWriter(history: History(off: nil)) }
        guard let path = HistoryPlace.path(configuration, demo: demo, environment: environment) else {
            return HistoryWriter(history: History(off: StoreError(
                .other("no state directory: set HOME or XDG_STATE_HOME, or [history] dir"), path: "history")))
        }
        let history = History.open(path: path)
        history.prune(RetentionPolicy(maxAge: settings.retention, maxBytes: settings.maxBytes), now: now)
        return HistoryWriter(history: history)
    }

    func web(_ snapshot: WebSnapshot, at now: Date) { save(snapshot, as: .web, at: now) { $0.web(snapshot, at: now) } }
    func experiments(_ snapshot: ExperimentsSnapshot, at now: Date) {
        save(snapshot, as: .experiments, at: now) { $0.experiments(snapshot, at: now) }
    }
    func pushes(_ snapshot: PushSnapshot, at now: Date) { save(snapshot, as: .pushes, at: now) { $0.pushes(snapshot, at: now) } }
    func crashes(_ snapshot: CrashesSnapshot, at now: Date) { save(snapshot, as: .crashes, at: now) { $0.crashes(snapshot, at: now) } }
    /// Keeps what an open drill-down showed, for replay and the war room's followers, under
    /// `source` (its screen and choices, `DrillWatch.key`; else the screen's history source).
    /// Never a user card: personal data.
    func drillDown(_ value: DrillDown, route: Route, source: String? = nil, at now: Date) {
        if case .user = value { return }
        guard history.isOn, let screen = route.historySource, let body = SnapshotCodec.encode(value) else { return }
        history.saveSnapshot(StoredSnapshot(source: source ?? screen, observedAt: now, body: body))
    }

    func alerts(_ fired: [FiredAlert], at now: Date) {
        guard !fired.isEmpty else { return }
        history.record(recorder.withLock { $0.alerts(fired, at: now) })
    }

    /// Records what the poll observed (series and events), and keeps what the pane showed for
    /// replay and followers (the snapshot is skipped while history is off).
    private func save<V: Encodable>(_ snapshot: V, as source: PaneSnapshots.Source, at now: Date,
                                    _ observe: (inout HistoryRecorder) -> PollRecord) {
        history.record(recorder.withLock { observe(&$0) })
        guard history.isOn, let body = SnapshotCodec.encode(snapshot) else { return }
        history.saveSnapshot(StoredSnapshot(source: source.rawValue, observedAt: now, body: body))
    }
}
