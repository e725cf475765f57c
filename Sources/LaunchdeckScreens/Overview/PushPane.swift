import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The overview's Push pane: scheduled pushes (soonest first), then recent ones, with alert
/// text, status and time.
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
        var table = Table(
            columns: [.init("ALERT", width: .fill(min: 8)), .init("STATUS", width: .fixed(9)),
                      .init("WHEN", width: .fixed(11), alignRight: true)],
            rows: snapshot.pushes.map { p in
                [p.notification?.alert ?? p.name ?? p.id, p.status?.rawValue ?? "-",
                 PushSnapshot.time(of: p).map { Self.when($0, now: context.now) } ?? "-"]
            })
        table.cellStyle = StatusColumn.style(column: 1, roles: snapshot.pushes.map { Self.role($0.status) })
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
