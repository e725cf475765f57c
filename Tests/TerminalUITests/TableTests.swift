import Synchronization
import TerminalUI
import Testing

@Suite struct TableTests {
    let numbered = Table(columns: [.init("N", width: .fixed(3), alignRight: true), .init("NAME", width: .fill(min: 4))],
                         rows: TableRows(count: 20) { ["\($0)", "row \($0)"] })

    @Test func theSelectedRowIsReversedOnThePageThatHoldsIt() {
        var table = numbered
        table.selected = 4
        var buffer = Buffer(size: Size(width: 12, height: 4))
        table.render(buffer.area, into: &buffer)
        // Three rows a page: row 4 is on the second page, rows 3 to 5.
        #expect(buffer.lines == ["  N NAME    ", "  3 row 3   ", "  4 row 4   ", "  5 row 5   "])
        #expect((0..<12).allSatisfy { buffer[$0, 2].style == Style(.selection, reverse: true) })
        #expect(buffer[0, 1].style.role == .text && buffer[0, 0].style == Style(.muted, bold: true))
        // A selection past the rows selects the last one.
        table.selected = 99
        var last = Buffer(size: Size(width: 12, height: 4))
        table.render(last.area, into: &last)
        #expect(last.lines == ["  N NAME    ", " 18 row 18  ", " 19 row 19  ", "            "])
        #expect(last[0, 2].style.reverse && !last[0, 1].style.reverse)
    }

    @Test func withoutASelectionTheRowsStartAtTheOffset() {
        var table = numbered
        table.offset = 7
        var buffer = Buffer(size: Size(width: 12, height: 3))
        table.render(buffer.area, into: &buffer)
        #expect(buffer.lines == ["  N NAME    ", "  7 row 7   ", "  8 row 8   "])
        #expect(!buffer[0, 1].style.reverse)
    }

    @Test func cellsCanHaveTheirOwnStyleAndTheSelectionWins() {
        var table = Table(columns: [.init("APP", width: .fixed(4)), .init("STATUS", width: .fixed(6))],
                          rows: [["ios", "down"], ["web", "up"], ["api", "down"]])
        table.cellStyle = { _, column in column == 1 ? Style(.bad) : nil }
        table.selected = 2
        var buffer = Buffer(size: Size(width: 11, height: 4))
        table.render(buffer.area, into: &buffer)
        #expect(buffer[5, 1].style.role == .bad && buffer[0, 1].style.role == .text)
        #expect(buffer[5, 3].style == Style(.selection, reverse: true))
        #expect(buffer[5, 0].style == Style(.muted, bold: true))  // never the header
    }

    @Test(arguments: [100, 100_000])
    func aFrameFetchesOnlyTheVisibleRows(rowCount: Int) {
        let fetched = Mutex(0)
        let rows = TableRows(count: rowCount) { index in
            fetched.withLock { $0 += 1 }
            return ["\(index)"]
        }
        var table = Table(columns: [.init("N", width: .fill(min: 1))], rows: rows)
        var buffer = Buffer(size: Size(width: 20, height: 11))
        table.selected = rowCount / 2
        table.render(buffer.area, into: &buffer)
        table.selected = rowCount / 2 + 1
        table.render(buffer.area, into: &buffer)
        // Two frames of ten visible rows: twenty fetches, whatever the row count.
        #expect(fetched.withLock { $0 } == 20)
        #expect(buffer.lines[1].hasPrefix("\(rowCount / 2)"))
    }

    @Test func anyRandomAccessCollectionCanFeedATable() {
        let rows = TableRows(ContiguousArray((0..<1000).map { ["r\($0)"] }))
        #expect(rows.count == 1000)
        #expect(rows.row(at: 999) == ["r999"])
        let slice = TableRows([["a"], ["b"], ["c"]][1...])
        #expect(slice.row(at: 0) == ["b"])
    }
}
