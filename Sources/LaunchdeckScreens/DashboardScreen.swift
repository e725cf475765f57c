import LaunchdeckModel
import TerminalUI

/// The whole screen: the hits pane above a one-line key hint bar; a single "terminal too
/// small" line when the terminal cannot hold the pane.
public struct DashboardScreen: Sendable {
    public var hits: Loadable<HitsSnapshot>

    public init(hits: Loadable<HitsSnapshot>) { self.hits = hits }

    /// The smallest terminal the screen can draw in: the pane plus the hint bar.
    public static let minimumSize = Size(width: HitsPane.minimumSize.width, height: HitsPane.minimumSize.height + 1)

    public func render(into buffer: inout Buffer, context: PaneContext) {
        let size = buffer.size
        let minimum = Self.minimumSize
        guard size.width >= minimum.width, size.height >= minimum.height else {
            let times = buffer.glyphs.times
            buffer.write("terminal too small: need \(minimum.width)\(times)\(minimum.height)", x: 0, y: 0,
                         style: Style(.warning, bold: true))
            return
        }
        let (main, bar) = buffer.area.splitBottom(1)
        HitsPane(state: hits).render(main, into: &buffer, context: context)
        hintBar(bar, into: &buffer)
    }

    private func hintBar(_ area: Rect, into buffer: inout Buffer) {
        var x = area.x + 1
        x += buffer.write("q", x: x, y: area.y, style: Style(.accent, bold: true))
        buffer.write(" quit", x: x, y: area.y, style: .muted)
        let name = "launchdeck"
        buffer.write(name, x: area.maxX - name.count - 1, y: area.y, style: .muted)
    }
}
