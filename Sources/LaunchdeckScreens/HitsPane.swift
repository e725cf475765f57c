import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The Tinylytics pane: today's hits grouped by path, with the site in the title and the
/// data's age (and a DEMO badge) on the right of the border.
public struct HitsPane: Sendable {
    public var state: Loadable<HitsSnapshot>

    public init(state: Loadable<HitsSnapshot>) { self.state = state }

    /// The smallest area the pane can be drawn in.
    public static let minimumSize = Size(width: 40, height: 8)

    public func render(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        let inner = Block(title: title(glyphs: buffer.glyphs), status: status(context)).render(area, into: &buffer)
        guard !inner.isEmpty else { return }
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let (tableArea, footerArea) = body.splitBottom(1)

        if let snapshot = state.value {
            let table = Table(
                columns: [
                    .init("PATH", width: .fill(min: 10)),
                    .init("VIEWS", width: .fixed(9), alignRight: true),
                    .init("UNIQUE", width: .fixed(9), alignRight: true),
                ],
                rows: snapshot.rows.map { row in
                    [row.key ?? "(none)", CountText.of(row.views ?? row.hitCount ?? 0),
                     row.uniqueViews.map(CountText.of) ?? "-"]
                })
            table.render(tableArea, into: &buffer)
            if snapshot.rows.isEmpty, tableArea.height > 1 {
                buffer.write("No hits yet today.", x: tableArea.x, y: tableArea.y + 1, style: .muted)
            }
        } else if let error = state.error {
            buffer.write(error, x: tableArea.x, y: tableArea.y, style: Style(.bad), maxWidth: tableArea.width)
        } else {
            buffer.write("Loading today's hits from Tinylytics\(buffer.glyphs.ellipsis)",
                         x: tableArea.x, y: tableArea.y, style: .muted, maxWidth: tableArea.width)
        }
        footer(footerArea, into: &buffer, context: context, visibleRows: max(0, tableArea.height - 1))
    }

    private func title(glyphs: Glyphs) -> String {
        guard let site = state.value?.site else { return "Tinylytics" }
        let host = URL(string: site.url)?.host ?? site.url
        return "Tinylytics \(glyphs.separator) \(site.label) (\(host))"
    }

    private func status(_ context: PaneContext) -> [(String, Style)] {
        var parts: [(String, Style)] = []
        if context.demo { parts.append(("DEMO", Style(.warning, bold: true, reverse: true))) }
        if let age = state.age(at: context.now) {
            let role: Role
            switch Freshness(age: age, interval: context.refreshInterval) {
            case .fresh: role = .muted
            case .stale: role = .warning
            case .veryStale: role = .bad
            }
            parts.append((age < 1 ? "updated now" : "\(AgeText.of(age)) ago", Style(role)))
        }
        return parts
    }

    private func footer(_ area: Rect, into buffer: inout Buffer, context: PaneContext, visibleRows: Int) {
        guard !area.isEmpty else { return }
        if state.value != nil, let error = state.error {
            // Last good data stays on screen; the failure is said beside it.
            buffer.write("! " + error, x: area.x, y: area.y, style: Style(.bad), maxWidth: area.width)
        } else if let snapshot = state.value {
            let sep = buffer.glyphs.separator
            let shown = min(snapshot.rows.count, visibleRows)
            let paths = shown < snapshot.totalPaths ? "\(shown) of \(snapshot.totalPaths) paths" : "\(shown) paths"
            let every = "every \(AgeText.of(context.refreshInterval))"
            buffer.write("\(paths) \(sep) today \(snapshot.day) (UTC) \(sep) \(every)",
                         x: area.x, y: area.y, style: .muted, maxWidth: area.width)
        }
    }
}
