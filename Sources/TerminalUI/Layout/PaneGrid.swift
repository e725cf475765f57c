/// Places a screen's panes in a grid on a wide terminal and in one column below a width
/// (the compact arrangement): a 2x2 grid becomes a stack of four. The screen decides the
/// panes and their order; this decides where they go.
public struct PaneGrid: Sendable, Hashable {
    /// Panes per row in the wide arrangement.
    public var columns: Int
    /// Below this many columns the panes are stacked.
    public var compactBelow: Int
    /// Cells between neighbouring panes, both ways.
    public var spacing: Int

    public init(columns: Int, compactBelow: Int = 100, spacing: Int = 0) {
        self.columns = Swift.max(1, columns)
        self.compactBelow = compactBelow
        self.spacing = Swift.max(0, spacing)
    }

    /// True when `width` gets the one-column arrangement.
    public func isCompact(width: Int) -> Bool { width < compactBelow }

    /// One rectangle per pane, in reading order. Rows share the height equally; in a last
    /// row with fewer panes, those panes share its whole width.
    public func cells(count: Int, in area: Rect) -> [Rect] {
        guard count > 0 else { return [] }
        let perRow = isCompact(width: area.width) ? 1 : Swift.min(columns, count)
        let rowCount = (count + perRow - 1) / perRow
        let rows = area.rows(Array(repeating: .fill, count: rowCount), spacing: spacing)
        var cells: [Rect] = []
        cells.reserveCapacity(count)
        for (index, row) in rows.enumerated() {
            let inRow = Swift.min(perRow, count - index * perRow)
            cells += row.columns(Array(repeating: .fill, count: inRow), spacing: spacing)
        }
        return cells
    }
}
