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
        let table = Table(
            columns: [.init("EXPERIMENT", width: .fill(min: 8)), .init("STATUS", width: .fixed(9)),
                      .init("VAR", width: .fixed(3), alignRight: true), .init("CREATED", width: .fixed(7), alignRight: true)],
            rows: snapshot.experiments.map { e in
                [e.name ?? e.id, e.status?.rawValue ?? "-", e.variations.map { String($0.count) } ?? "-",
                 e.createdAt.map { AgeText.of(context.now.timeIntervalSince($0)) } ?? "-"]
            })
        table.render(body, into: &buffer)
        StatusColour.paint(column: 1, of: table, in: body, into: &buffer) { row in
            switch snapshot.experiments[row].status {
            case .active?: .good
            case .paused?: .warning
            default: .muted
            }
        }
    }
}

/// Colours one column of a rendered table by row (a status word green, amber or muted).
enum StatusColour {
    static func paint(column: Int, of table: Table, in area: Rect, into buffer: inout Buffer,
                      role: (Int) -> Role) {
        let widths = table.columnWidths(total: area.width)
        guard column < widths.count else { return }
        let x = area.x + widths.prefix(column).reduce(0, +) + column
        let room = min(widths[column], area.maxX - x)
        guard room > 0 else { return }
        let visible = min(table.rows.count, max(0, area.height - 1))
        for row in 0..<visible {
            let y = area.y + 1 + row
            let text = table.rows[row][column]
            buffer.write(Truncate.pad(text, room, alignRight: table.columns[column].alignRight,
                                      ellipsis: buffer.glyphs.ellipsis), x: x, y: y, style: Style(role(row)), maxWidth: room)
        }
    }
}
