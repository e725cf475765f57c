/// Places a screen's panes: a grid of `columns` panes a row on a wide terminal, one column
/// (a stack) below `compactBelow` columns. The screen decides the panes and their order;
/// this decides where they go.
public struct PaneGrid: Sendable, Hashable {
    /// Panes per row in the wide arrangement.
    public var columns: Int
    /// Below this many columns the panes are stacked.
    public var compactBelow: Int

    public init(columns: Int, compactBelow: Int = 100) {
        self.columns = Swift.max(1, columns)
        self.compactBelow = compactBelow
    }

    /// True when `width` gets the one-column arrangement.
    public func isCompact(width: Int) -> Bool { width < compactBelow }

    /// One rectangle per pane, in reading order. Rows share the height and the panes of a
    /// row its width (see `shares`); in a last row with fewer panes, those share its whole
    /// width.
    public func cells(count: Int, in area: Rect) -> [Rect] {
        guard count > 0 else { return [] }
        let perRow = isCompact(width: area.width) ? 1 : Swift.min(columns, count)
        let rowCount = (count + perRow - 1) / perRow
        var cells: [Rect] = []
        cells.reserveCapacity(count)
        for (index, row) in Self.shares(area.height, parts: rowCount).enumerated() {
            let inRow = Swift.min(perRow, count - index * perRow)
            for column in Self.shares(area.width, parts: inRow) {
                cells.append(Rect(x: area.x + column.start, y: area.y + row.start, width: column.size, height: row.size))
            }
        }
        return cells
    }

    /// `total` cells split into `parts`: each part takes what is left divided by the parts
    /// left, so a remainder goes to the last parts (22 rows in four: 5, 5, 6, 6).
    static func shares(_ total: Int, parts: Int) -> [(start: Int, size: Int)] {
        var out: [(start: Int, size: Int)] = []
        var start = 0
        for index in 0..<parts {
            let size = (Swift.max(0, total) - start) / (parts - index)
            out.append((start, size))
            start += size
        }
        return out
    }
}
