/// Which row of a table is selected and which row is at the top; kept between frames by
/// the screen that owns the table. Every change keeps the selection inside the rows and,
/// once the table has been drawn, on screen.
public struct TableState: Sendable, Hashable {
    /// The selected row, or nil for none.
    public private(set) var selected: Int?
    /// The first row shown.
    public private(set) var offset: Int

    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected.map { Swift.max(0, $0) }
        self.offset = Swift.max(0, offset)
    }

    /// Selects `row` (clamped to the rows), or nothing.
    public mutating func select(_ row: Int?, rowCount: Int) {
        guard let row, rowCount > 0 else {
            selected = nil
            return
        }
        selected = Swift.min(Swift.max(0, row), rowCount - 1)
    }

    /// Moves the selection by `delta` rows (negative: up), stopping at the first and last
    /// row. With nothing selected, down selects the first row and up the last.
    public mutating func move(by delta: Int, rowCount: Int) {
        guard rowCount > 0 else {
            selected = nil
            return
        }
        guard let current = selected else {
            select(delta >= 0 ? 0 : rowCount - 1, rowCount: rowCount)
            return
        }
        select(current.addingReportingOverflow(delta).overflow ? (delta > 0 ? Int.max : 0) : current + delta,
               rowCount: rowCount)
    }

    /// Moves by one page of `visibleRows` rows.
    public mutating func page(_ pages: Int, visibleRows: Int, rowCount: Int) {
        move(by: pages * Swift.max(1, visibleRows), rowCount: rowCount)
    }

    public mutating func selectFirst(rowCount: Int) { select(0, rowCount: rowCount) }
    public mutating func selectLast(rowCount: Int) { select(rowCount - 1, rowCount: rowCount) }

    /// Adjusts the offset so the selection is among the `visibleRows` rows shown, moving
    /// as little as possible, and so the last page is full when the rows allow it.
    public mutating func scrollToSelection(visibleRows: Int, rowCount: Int) {
        if let s = selected, s >= rowCount { selected = rowCount > 0 ? rowCount - 1 : nil }
        let visible = Swift.max(0, visibleRows)
        offset = Swift.min(offset, Swift.max(0, rowCount - visible))
        guard let selected, visible > 0 else { return }
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
    }
}
