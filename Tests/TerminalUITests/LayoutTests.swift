import TerminalUI
import Testing

@Suite struct LayoutTests {
    @Test func centredRectanglesAreClampedToTheArea() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(area.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(area.centered(width: 200, height: -1) == Rect(x: 0, y: 12, width: 80, height: 0))
    }
}

@Suite struct PaneGridTests {
    let grid = PaneGrid(columns: 2, compactBelow: 100)

    @Test func wideTerminalsGetTheGrid() {
        let cells = grid.cells(count: 4, in: Rect(x: 0, y: 1, width: 121, height: 37))
        // The odd column and the odd row go to the right and bottom panes.
        #expect(cells == [
            Rect(x: 0, y: 1, width: 60, height: 18), Rect(x: 60, y: 1, width: 61, height: 18),
            Rect(x: 0, y: 19, width: 60, height: 19), Rect(x: 60, y: 19, width: 61, height: 19),
        ])
    }

    @Test func narrowTerminalsGetAStackWithTheOddRowsAtTheBottom() {
        #expect(grid.isCompact(width: 99) && !grid.isCompact(width: 100))
        let cells = grid.cells(count: 4, in: Rect(x: 0, y: 1, width: 80, height: 22))
        #expect(cells.map(\.width) == [80, 80, 80, 80])
        #expect(cells.map(\.y) == [1, 6, 11, 17])
        #expect(cells.map(\.height) == [5, 5, 6, 6])
    }

    @Test func aShortLastRowIsWidened() {
        let cells = grid.cells(count: 3, in: Rect(x: 0, y: 0, width: 101, height: 9))
        #expect(cells.map(\.width) == [50, 51, 101])
        #expect(cells[2] == Rect(x: 0, y: 4, width: 101, height: 5))
        #expect(grid.cells(count: 0, in: Rect(x: 0, y: 0, width: 10, height: 10)).isEmpty)
        #expect(grid.cells(count: 4, in: Rect(x: 0, y: 0, width: 0, height: 0)).allSatisfy { $0.width == 0 && $0.height == 0 })
    }
}
