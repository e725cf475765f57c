#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import LaunchdeckStore
import Synchronization

/// A follower's view of the leader's polls: the newest snapshot of each pane in the store,
/// decoded only when the leader kept a new one, as the update the leader's own poll posted
/// (stamped with the leader's fetch time, so the ages shown are the leader's).
final class FollowerFeed: Sendable {
    let history: History
    /// The moment of each source's snapshot last handed out.
    private let seen = Mutex<[PaneSnapshots.Source: Date]>([:])

    init(history: History) { self.history = history }

    /// The panes the leader polled since the last call.
    func updates() -> [DataHub.Update] {
        var updates: [DataHub.Update] = []
        if let web = newer(.web, WebSnapshot.self) { updates.append(.web(web)) }
        if let experiments = newer(.experiments, ExperimentsSnapshot.self) { updates.append(.experiments(experiments)) }
        if let pushes = newer(.pushes, PushSnapshot.self) { updates.append(.pushes(pushes)) }
        if let crashes = newer(.crashes, CrashesSnapshot.self) { updates.append(.crashes(crashes)) }
        return updates
    }

    /// The leader's newest answer for an open drill-down (`DrillWatch.key`) when it is newer
    /// than `after` (what the screen holds), with the leader's fetch time.
    func drill(_ key: String, after: Date?) -> Loadable<DrillDown>? {
        guard let stored = history.snapshot(source: key), after.map({ $0 < stored.observedAt }) ?? true,
              let value = SnapshotCodec.decode(DrillDown.self, from: stored.body) else { return nil }
        return Loadable(value: value, fetchedAt: stored.observedAt)
    }

    private func newer<V: Decodable & Sendable>(_ source: PaneSnapshots.Source, _ type: V.Type) -> Loadable<V>? {
        guard let stored = history.snapshot(source: source.rawValue),
              seen.withLock({ $0[source] }) != stored.observedAt else { return nil }
        seen.withLock { $0[source] = stored.observedAt }
        // A snapshot this version cannot read (another version wrote it) is skipped, not shown empty.
        guard let value = SnapshotCodec.decode(V.self, from: stored.body) else { return nil }
        return Loadable(value: value, fetchedAt: stored.observedAt)
    }
}
