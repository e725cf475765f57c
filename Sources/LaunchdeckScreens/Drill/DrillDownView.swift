#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import TerminalUI

/// A drill-down screen: a bordered list (with the selection and the filter) or a detail,
/// with the same age, error and loading states as the panes.
struct DrillDownView: Sendable {
    var state: DashboardState
    var data: DashboardData

    func render(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        let route = state.route
        let pane = route.pane
        let context = context.refreshing(every: data.interval(pane))
        let now = context.now

        // Lists drawn from the overview's data age with it; the others with their own fetch.
        let overviewBacked = route == .experiments || route == .pushes
        let chromeState: Loadable<Void>
        if route == .alerts || route == .dataNotes || route == .figures {
            chromeState = Loadable(value: (), fetchedAt: now)
        } else if route == .content {
            chromeState = data.web.map()  // the Web pane reads content monitoring
        } else if overviewBacked {
            chromeState = route == .experiments ? data.experiments.map() : data.pushes.map()
        } else {
            chromeState = data.drillDown(for: route).map()
        }
        let chrome = PaneChrome(title: route.title, state: chromeState, focused: true, offHint: data.offHints[pane])
        let (body, value): (Rect, Void?) = chrome.render(area, into: &buffer, context: context,
                                                          loading: "Loading \(route.title.lowercased())")
        guard value != nil, body.height > 0 else { return }  // nil: nothing loaded yet

        if case .versions(let board)? = data.drillDown(for: route).value {
            VersionsView(board: board, offset: state.selectedRow).render(body, into: &buffer, now: now)
        } else if let list = ListModel.of(route, data: data, now: now) {
            renderList(list, body, into: &buffer)
        } else if let drill = data.drillDown(for: route).value, let detail = DetailModel.of(drill, now: now, data: data) {
            detail.render(body, offset: state.selectedRow, into: &buffer)
        }
    }

    /// The body `render` draws a screen's content in on a terminal of `size`: inside the
    /// header row, the status bar, the chrome's border and padding, and its error line.
    static func bodySize(_ size: Size, failing: Bool) -> Size {
        Size(width: size.width - 4, height: size.height - 4 - (failing ? 1 : 0))
    }

    private func renderList(_ full: ListModel, _ area: Rect, into buffer: inout Buffer) {
        let list = full.filtered(by: state.filter)
        var body = area
        // The summary line, or the filter being typed.
        let (line, rest) = body.splitTop(1)
        body = rest
        if let filter = state.filter {
            var x = line.x
            x += buffer.write("filter: ", x: x, y: line.y, style: .accent)
            x += buffer.write(filter, x: x, y: line.y, style: Style(.text, bold: true), maxWidth: line.maxX - x)
            if state.input == .filter { x += buffer.write("_", x: x, y: line.y, style: Style(.accent, bold: true)) }
            let count = full.filterCount(shown: list.rows.count, filter: filter)
            let countX = max(x + 2, line.maxX - TextWidth.of(count))
            buffer.write(count, x: countX, y: line.y, style: .muted, maxWidth: line.maxX - countX)
        } else {
            buffer.write(PaneChrome<Void>.separators(full.summary, buffer.glyphs), x: line.x, y: line.y, style: .muted, maxWidth: line.width)
        }
        guard body.height > 1 else { return }
        if list.rows.isEmpty {
            buffer.write(state.filter == nil ? list.empty ?? "Nothing here yet." : "Nothing matches the filter (Esc clears it).",
                         x: body.x, y: body.y + 1, style: .muted, maxWidth: body.width)
            return
        }
        var table = Table(columns: list.columns, rows: list.rows)
        if let status = list.status { table.cellStyle = StatusColumn.style(column: status.column, roles: status.roles) }
        table.selected = state.selectedRow
        table.render(body, into: &buffer)
    }

}
