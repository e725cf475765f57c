#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The Experiments and Pushes list screens, from the overview's snapshots: the same columns
/// as the panes (none drawn that no body fills), and a summary that says which part of the
/// project's list is shown (the newest, read through `rel='last'`).
enum TaplyticsLists {
    static func experiments(_ snapshot: ExperimentsSnapshot, now: Date) -> ListModel {
        let experiments = snapshot.experiments
        let sparse = SparseTable(rows: experiments.count, [
            .init("EXPERIMENT", fillMin: 10, experiments.map { $0.name ?? $0.id }),
            TaplyticsColumns.experimentStatus(experiments),
            .init("VARIATIONS", alignRight: true, experiments.map { e in e.variations.map { String($0.count) } }),
            TaplyticsColumns.experimentCreated(experiments, now: now),
        ])
        let list = ListModel(
            columns: sparse.columns, rows: sparse.rows,
            destinations: experiments.map { .experiment(id: $0.id, name: $0.name ?? $0.id) },
            summary: TaplyticsColumns.count(experiments.count, of: snapshot.total, more: snapshot.more, one: "experiment", many: "experiments")
                + ", \(snapshot.activeCount) active, active first, then newest first")
        guard let status = sparse.statusColumn else { return list }
        return list.withStatus(column: status, roles: experiments.map { ExperimentsPane.role($0.status) })
    }

    static func pushes(_ snapshot: PushSnapshot, now: Date) -> ListModel {
        let pushes = snapshot.pushes
        let sparse = SparseTable(rows: pushes.count, [
            .init("ALERT", fillMin: 10, pushes.map(TaplyticsColumns.title)),
            TaplyticsColumns.pushStatus(pushes),
            .init("AUDIENCE", pushes.map { p in p.production.map { $0 ? "production" : "sandbox" } }),
            TaplyticsColumns.pushTime(pushes, now: now),
        ])
        let list = ListModel(
            columns: sparse.columns, rows: sparse.rows,
            destinations: pushes.map { .push(id: $0.id, title: TaplyticsColumns.title($0)) },
            summary: TaplyticsColumns.count(pushes.count, of: snapshot.total, more: snapshot.more, one: "push", many: "pushes")
                + ", newest first")
        guard let status = sparse.statusColumn else { return list }
        return list.withStatus(column: status, roles: pushes.map { PushPane.role($0.status) })
    }
}
