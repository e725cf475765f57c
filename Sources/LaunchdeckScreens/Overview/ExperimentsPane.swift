#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The overview's Experiments pane: the newest experiments, active first, with status,
/// variations and when each was made (`created_at`, else the time in its id); a column no
/// body fills is not drawn.
public struct ExperimentsPane: Sendable {
    public var chrome: PaneChrome<ExperimentsSnapshot>

    public init(state: Loadable<ExperimentsSnapshot>, focused: Bool, offHint: String? = nil) {
        let active = state.value.map { " \u{00B7} \($0.activeCount) active" } ?? ""
        chrome = PaneChrome(title: "2 Experiments" + active, state: state, focused: focused, offHint: offHint)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        let (body, value) = chrome.render(area, into: &buffer, context: context, loading: "Loading Taplytics experiments")
        guard let snapshot = value, body.height > 0 else { return }
        guard !snapshot.experiments.isEmpty else {
            buffer.write("No experiments in this project.", x: body.x, y: body.y, style: .muted, maxWidth: body.width)
            return
        }
        let experiments = snapshot.experiments
        let sparse = SparseTable(rows: experiments.count, [
            .init("EXPERIMENT", fillMin: 8, experiments.map { $0.name ?? $0.id }),
            TaplyticsColumns.experimentStatus(experiments),
            .init("VAR", alignRight: true, experiments.map { e in e.variations.map { String($0.count) } }),
            TaplyticsColumns.experimentCreated(experiments, now: context.now, brief: true),
        ])
        var table = Table(columns: sparse.columns, rows: sparse.rows)
        if let status = sparse.statusColumn {
            table.cellStyle = StatusColumn.style(column: status, roles: experiments.map { Self.role($0.status) })
        }
        table.render(body, into: &buffer)
    }

    static func role(_ status: TaplyticsExperimentStatus?) -> Role {
        switch status {
        case .active?: .good
        case .paused?: .warning
        default: .muted
        }
    }
}
