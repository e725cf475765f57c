@testable import LaunchdeckApp
import LaunchdeckModel
import TerminalUI
import Testing

@Suite struct MouseActionsTests {
    let size = Size(width: 120, height: 40)

    @Test func wheelMovesAndClicksFocusThenOpen() {
        var state = DashboardState()
        #expect(MouseActions.action(for: MouseEvent(.scrollDown, x: 5, y: 5), state: state, size: size) == .down)
        #expect(MouseActions.action(for: MouseEvent(.scrollUp, x: 5, y: 5), state: state, size: size) == .up)
        // The grid: Web top left, Experiments top right, Push bottom left, Crashes bottom right.
        #expect(MouseActions.action(for: MouseEvent(.press, x: 100, y: 30), state: state, size: size) == .pane4)
        #expect(MouseActions.action(for: MouseEvent(.press, x: 100, y: 3), state: state, size: size) == .pane2)
        #expect(MouseActions.action(for: MouseEvent(.press, x: 3, y: 3), state: state, size: size) == .open,
                "a click on the focused pane opens it")
        #expect(MouseActions.action(for: MouseEvent(.press, x: 3, y: 0), state: state, size: size) == nil,
                "the breadcrumb line is no pane")
        state.helpShown = true
        #expect(MouseActions.action(for: MouseEvent(.press, x: 100, y: 30), state: state, size: size) == nil)
    }

    @Test func stackedPanesBelow100Columns() {
        let state = DashboardState()
        let small = Size(width: 80, height: 24)
        #expect(MouseActions.action(for: MouseEvent(.press, x: 10, y: 20), state: state, size: small) == .pane4)
        #expect(MouseActions.action(for: MouseEvent(.press, x: 10, y: 12), state: state, size: small) == .pane3)
    }
}
