#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The overview's Push pane: scheduled pushes (soonest first), then the newest, with alert
/// text, and status and time when the bodies carry them. The documented GET bodies carry
/// neither: then the pane shows when each push was made (the time in its id) as CREATED.
public struct PushPane: Sendable {
    public var chrome: PaneChrome<PushSnapshot>

    public init(state: Loadable<PushSnapshot>, focused: Bool, offHint: String? = nil) {
        chrome = PaneChrome(title: "3 Push", state: state, focused: focused, offHint: offHint)
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        let (body, value) = chrome.render(area, into: &buffer, context: context, loading: "Loading Taplytics pushes")
        guard let snapshot = value, body.height > 0 else { return }
        guard !snapshot.pushes.isEmpty else {
            buffer.write("No push notifications yet.", x: body.x, y: body.y, style: .muted, maxWidth: body.width)
            return
        }
        let pushes = snapshot.pushes
        let sparse = SparseTable(rows: pushes.count, [
            .init("ALERT", fillMin: 8, pushes.map(TaplyticsColumns.title)),
            TaplyticsColumns.pushStatus(pushes),
            TaplyticsColumns.pushTime(pushes, now: context.now, brief: true),
        ])
        var table = Table(columns: sparse.columns, rows: sparse.rows)
        if let status = sparse.statusColumn {
            table.cellStyle = StatusColumn.style(column: status, roles: pushes.map { Self.role($0.status) })
        }
        table.render(body, into: &buffer)
    }

    static func role(_ status: TaplyticsPushStatus?) -> Role {
        switch status {
        case .sent?: .good
        case .sending?, .scheduled?: .accent
        case .failed?: .bad
        default: .muted
        }
    }

    /// "in 5m" for the future, "12m ago" for the past.
    static func when(_ date: Date, now: Date) -> String {
        let delta = date.timeIntervalSince(now)
        return delta > 0 ? "in \(AgeText.of(delta))" : "\(AgeText.of(-delta)) ago"
    }
}
