import Synchronization
import TerminalUI
import Testing

@Suite struct TableStateTests {
    @Test func selectionStaysInsideTheRows() {
        var state = TableState()
        state.move(by: 1, rowCount: 5)
        #expect(state.selected == 0)
        state.move(by: 10, rowCount: 5)
        #expect(state.selected == 4)
        state.move(by: -100, rowCount: 5)
        #expect(state.selected == 0)
        state.move(by: Int.max, rowCount: 5)
        #expect(state.selected == 4)
        state.move(by: 1, rowCount: 0)
        #expect(state.selected == nil)
        state.move(by: -1, rowCount: 3)
        #expect(state.selected == 2)
        state.page(-1, visibleRows: 10, rowCount: 3)
        #expect(state.selected == 0)
        state.selectLast(rowCount: 50)
        #expect(state.selected == 49)
    }

    @Test func scrollingMovesAsLittleAsItCanToShowTheSelection() {
        var state = TableState(selected: 0)
        state.scrollToSelection(visibleRows: 5, rowCount: 100)
        #expect(state.offset == 0)
        state.select(7, rowCount: 100)
        state.scrollToSelection(visibleRows: 5, rowCount: 100)
        #expect(state.offset == 3)  // row 7 is now the last visible row
        state.select(5, rowCount: 100)
        state.scrollToSelection(visibleRows: 5, rowCount: 100)
        #expect(state.offset == 3)  // still visible: no move
        state.select(1, rowCount: 100)
        state.scrollToSelection(visibleRows: 5, rowCount: 100)
        #expect(state.offset == 1)
        // The rows shrank under the selection: both are pulled back.
        state = TableState(selected: 90, offset: 88)
        state.scrollToSelection(visibleRows: 5, rowCount: 10)
        #expect(state.selected == 9 && state.offset == 5)
    }

    @Test func theSelectedRowIsHighlightedAndKeptOnScreen() {
        let table = Table(columns: [.init("N", width: .fixed(3), alignRight: true), .init("NAME", width: .fill(min: 4))],
                          rows: TableRows(count: 20) { ["\($0)", "row \($0)"] })
        var buffer = Buffer(size: Size(width: 12, height: 4))
        var state = TableState(selected: 12)
        table.render(buffer.area, into: &buffer, state: &state)
        #expect(buffer.lines == ["  N NAME    ", " 10 row 10  ", " 11 row 11  ", " 12 row 12  "])
        #expect(state.offset == 10)
        #expect((0..<12).allSatisfy { buffer[$0, 3].style.role == .selection })
        #expect(buffer[0, 2].style.role == .text)
    }

    @Test func cellsOfUnselectedRowsCanHaveTheirOwnStyle() {
        var table = Table(columns: [.init("APP", width: .fixed(4)), .init("STATUS", width: .fixed(6))],
                          rows: [["ios", "down"], ["web", "up"], ["api", "down"]])
        table.cellStyle = { _, column in column == 1 ? Style(.bad) : nil }
        var buffer = Buffer(size: Size(width: 11, height: 4))
        var state = TableState(selected: 2)
        table.render(buffer.area, into: &buffer, state: &state)
        #expect(buffer[5, 1].style.role == .bad && buffer[0, 1].style.role == .text)
        #expect(buffer[5, 3].style.role == .selection)  // the selection wins
        #expect(buffer[5, 0].style == Style(.muted, bold: true))  // never the header
    }

    @Test(arguments: [100, 100_000])
    func aFrameFetchesOnlyTheVisibleRows(rowCount: Int) {
        let fetched = Mutex(0)
        let rows = TableRows(count: rowCount) { index in
            fetched.withLock { $0 += 1 }
            return ["\(index)"]
        }
        let table = Table(columns: [.init("N", width: .fill(min: 1))], rows: rows)
        var buffer = Buffer(size: Size(width: 20, height: 11))
        var state = TableState(selected: rowCount / 2)
        table.render(buffer.area, into: &buffer, state: &state)
        state.move(by: 1, rowCount: rowCount)
        table.render(buffer.area, into: &buffer, state: &state)
        // Two frames of ten visible rows: twenty fetches, whatever the row count.
        #expect(fetched.withLock { $0 } == 20)
        #expect(buffer.lines[10].hasPrefix("\(rowCount / 2 + 1)"))
    }

    @Test func anyRandomAccessCollectionCanFeedATable() {
        let rows = TableRows(ContiguousArray((0..<1000).map { ["r\($0)"] }))
        #expect(rows.count == 1000)
        #expect(rows.row(at: 999) == ["r999"])
        let slice = TableRows([["a"], ["b"], ["c"]][1...])
        #expect(slice.row(at: 0) == ["b"])
    }
}
