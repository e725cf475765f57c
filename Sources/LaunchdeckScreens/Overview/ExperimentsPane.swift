import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The overview's Experiments pane: experiments, active first, with status and variations.
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
        var table = Table(
            columns: [.init("EXPERIMENT", width: .fill(min: 8)), .init("STATUS", width: .fixed(9)),
                      .init("VAR", width: .fixed(3), alignRight: true), .init("CREATED", width: .fixed(7), alignRight: true)],
            rows: snapshot.experiments.map { e in
                [e.name ?? e.id, e.status?.rawValue ?? "-", e.variations.map { String($0.count) } ?? "-",
                 e.createdAt.map { AgeText.of(context.now.timeIntervalSince($0)) } ?? "-"]
            })
        table.cellStyle = StatusColumn.style(column: 1, roles: snapshot.experiments.map { Self.role($0.status) })
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

