import LaunchdeckModel
import LaunchdeckScreens
import TerminalUI

/// What the mouse does when `mouse = true`: the wheel moves like the arrow keys, a click on
/// an overview pane focuses it (a second click opens it). Nothing while help or input is up.
enum MouseActions {
    static func action(for event: MouseEvent, state: DashboardState, size: Size) -> Action? {
        guard !state.helpShown, state.input == .normal else { return nil }
        switch event.kind {
        case .scrollUp: return .up
        case .scrollDown: return .down
        case .release: return nil
        case .press:
            guard state.route == .overview, !state.zoomed else { return nil }
            // The overview's panes sit between the breadcrumb line and the status bar.
            let area = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
            let rects = DashboardScreen.paneRects(area)
            guard let index = rects.firstIndex(where: { event.x >= $0.x && event.x < $0.maxX && event.y >= $0.y && event.y < $0.maxY }),
                  let pane = Pane(rawValue: index) else { return nil }
            if pane == state.focus { return .open }
            return [Action.pane1, .pane2, .pane3, .pane4][index]
        }
    }
}
