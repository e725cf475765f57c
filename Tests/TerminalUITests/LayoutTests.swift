import TerminalUI
import Testing

@Suite struct LayoutTests {
    @Test func fixedPercentageMinAndFillShareAWidth() {
        let layout = Layout(.horizontal, [.fixed(10), .percentage(25), .min(5), .fill])
        // 100: fixed 10, 25% 25, min 5; the 60 left split between min and fill.
        #expect(layout.sizes(total: 100) == [10, 25, 35, 30])
    }

    @Test func percentagesCoverAnOddWidthExactly() {
        #expect(Layout(.horizontal, [.percentage(50), .percentage(50)]).sizes(total: 81) == [40, 41])
        #expect(Layout(.horizontal, [.percentage(33), .percentage(33), .percentage(34)]).sizes(total: 10) == [3, 3, 4])
    }

    @Test func fillWeightsSplitTheRestAndTheRemainderGoesLast() {
        #expect(Layout(.vertical, [.fill(1), .fill(2)]).sizes(total: 10) == [3, 7])
        #expect(Layout(.vertical, [.fill, .fill, .fill]).sizes(total: 10) == [3, 3, 4])
    }

    @Test func whenTooSmallTheLastPartsShrinkFirstAndNothingIsNegative() {
        #expect(Layout(.vertical, [.fixed(3), .min(4), .fixed(5)]).sizes(total: 6) == [3, 3, 0])
        #expect(Layout(.vertical, [.fixed(3), .fill]).sizes(total: 0) == [0, 0])
        #expect(Layout(.vertical, [.fixed(-3), .percentage(-10), .percentage(400), .min(-1)]).sizes(total: 10)
            == [0, 0, 10, 0])
    }

    @Test func withoutFlexiblePartsTheRestStaysEmptyAtTheEnd() {
        let parts = Rect(x: 2, y: 1, width: 20, height: 3).columns([.fixed(5), .fixed(5)])
        #expect(parts == [Rect(x: 2, y: 1, width: 5, height: 3), Rect(x: 7, y: 1, width: 5, height: 3)])
    }

    @Test func spacingGoesBetweenParts() {
        let parts = Rect(x: 0, y: 0, width: 10, height: 11).rows([.fill, .fill], spacing: 1)
        #expect(parts == [Rect(x: 0, y: 0, width: 10, height: 5), Rect(x: 0, y: 6, width: 10, height: 5)])
        // More spacing than room: zero-size parts, all inside the area.
        let squeezed = Rect(x: 0, y: 0, width: 3, height: 1).columns([.fill, .fill, .fill], spacing: 4)
        #expect(squeezed.allSatisfy { $0.width == 0 && $0.x <= 3 })
    }

    @Test func partsNeverOverflowTheArea() {
        var generator = SplitMix(seed: 7)
        let options: [(Int) -> Constraint] = [{ .fixed($0) }, { .percentage($0 * 7) }, { .min($0) }, { .fill($0 % 3) }]
        for _ in 0..<2000 {
            let constraints = (0..<Int(generator.next() % 6)).map { _ in
                options[Int(generator.next() % 4)](Int(generator.next() % 40) - 5)
            }
            let total = Int(generator.next() % 120)
            let area = Rect(x: 3, y: 0, width: total, height: 1)
            let parts = area.columns(constraints, spacing: Int(generator.next() % 3))
            #expect(parts.count == constraints.count)
            #expect(parts.allSatisfy { $0.width >= 0 && $0.x >= area.x && $0.maxX <= area.maxX })
            if constraints.count == 1, case .fill(let weight) = constraints[0], weight > 0 {
                #expect(parts[0].width == total)
            }
        }
    }

    @Test func centredRectanglesAreClampedToTheArea() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(area.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(area.centered(width: 200, height: -1) == Rect(x: 0, y: 12, width: 80, height: 0))
    }
}

@Suite struct PaneGridTests {
    let grid = PaneGrid(columns: 2, compactBelow: 100)

    @Test func wideTerminalsGetTheGrid() {
        let cells = grid.cells(count: 4, in: Rect(x: 0, y: 0, width: 120, height: 40))
        #expect(cells == [
            Rect(x: 0, y: 0, width: 60, height: 20), Rect(x: 60, y: 0, width: 60, height: 20),
            Rect(x: 0, y: 20, width: 60, height: 20), Rect(x: 60, y: 20, width: 60, height: 20),
        ])
    }

    @Test func narrowTerminalsGetAStack() {
        #expect(grid.isCompact(width: 99) && !grid.isCompact(width: 100))
        let cells = grid.cells(count: 4, in: Rect(x: 0, y: 1, width: 80, height: 22))
        #expect(cells.map(\.width) == [80, 80, 80, 80])
        #expect(cells.map(\.y) == [1, 6, 12, 17])
        #expect(cells.map(\.height) == [5, 6, 5, 6])
    }

    @Test func aShortLastRowIsWidened() {
        let cells = PaneGrid(columns: 2, spacing: 1).cells(count: 3, in: Rect(x: 0, y: 0, width: 101, height: 9))
        #expect(cells.map(\.width) == [50, 50, 101])
        #expect(cells[2] == Rect(x: 0, y: 5, width: 101, height: 4))
        #expect(grid.cells(count: 0, in: Rect(x: 0, y: 0, width: 10, height: 10)).isEmpty)
    }
}

/// A small seeded generator, so the property test is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
