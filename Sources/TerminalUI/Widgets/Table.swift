/// A table with a header row and aligned columns; only the rows on screen are fetched.
public struct Table: Sendable {
    public enum Width: Sendable, Hashable {
        case fixed(Int)
        /// Takes what the fixed columns leave, with a minimum.
        case fill(min: Int)
    }

    public struct Column: Sendable, Hashable {
        public var title: String
        public var width: Width
        public var alignRight: Bool
        public init(_ title: String, width: Width, alignRight: Bool = false) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
        }
    }

    public var columns: [Column]
    public var rows: TableRows
    public var headerStyle: Style
    public var rowStyle: Style
    /// A style for one cell (row index, column index), e.g. a status column in `.good` or
    /// `.bad`; nil keeps `rowStyle`. Asked only for rows on screen.
    public var cellStyle: (@Sendable (_ row: Int, _ column: Int) -> Style?)?
    /// The selected row, if any (clamped to the rows): drawn over its whole width in
    /// `selectedStyle`, and the table shows the page that holds it, a page being as many
    /// rows as fit, so the rows stay put while the selection moves within one.
    public var selected: Int?
    public var selectedStyle = Style(.selection, reverse: true)
    /// Index of the first row shown when no row is selected.
    public var offset: Int

    public init(columns: [Column], rows: [[String]], headerStyle: Style = Style(.muted, bold: true),
                rowStyle: Style = .text, offset: Int = 0) {
        self.init(columns: columns, rows: TableRows(rows), headerStyle: headerStyle, rowStyle: rowStyle, offset: offset)
    }

    public init(columns: [Column], rows: TableRows, headerStyle: Style = Style(.muted, bold: true),
                rowStyle: Style = .text, offset: Int = 0) {
        self.columns = columns
        self.rows = rows
        self.headerStyle = headerStyle
        self.rowStyle = rowStyle
        self.offset = offset
    }

    /// How many data rows fit in an area `height` rows tall (the header takes one).
    static func visibleRows(height: Int) -> Int { Swift.max(0, height - 1) }

    /// The width of each column in an area `total` columns wide (one space between columns).
    func columnWidths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { sum, column in
            if case .fixed(let w) = column.width { return sum + w }
            return sum
        }
        let fills = columns.filter { if case .fill = $0.width { return true } else { return false } }.count
        let spare = max(0, total - fixed - gaps)
        return columns.map { column in
            switch column.width {
            case .fixed(let w): return w
            case .fill(let minimum): return max(minimum, fills > 0 ? spare / fills : 0)
            }
        }
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        let widths = columnWidths(total: area.width)
        drawRow(columns.map(\.title), widths: widths, y: area.y, area: area, style: headerStyle, into: &buffer)
        let visible = Self.visibleRows(height: area.height)
        let selected = rows.count > 0 ? self.selected.map { min(max(0, $0), rows.count - 1) } : nil
        let first = selected.map { visible > 0 ? $0 / visible * visible : $0 } ?? offset
        let start = min(max(0, first), rows.count)
        let end = min(rows.count, start + visible)
        for (line, index) in (start..<end).enumerated() {
            let y = area.y + 1 + line
            let styler = cellStyle.map { styler in { (column: Int) in styler(index, column) } }
            drawRow(rows.row(at: index), widths: widths, y: y, area: area, style: rowStyle, cellStyle: styler, into: &buffer)
            if index == selected { buffer.setStyle(Rect(x: area.x, y: y, width: area.width, height: 1), style: selectedStyle) }
        }
    }

    private func drawRow(_ values: [String], widths: [Int], y: Int, area: Rect, style: Style,
                         cellStyle: ((Int) -> Style?)? = nil, into buffer: inout Buffer) {
        var x = area.x
        for (i, column) in columns.enumerated() {
            let room = min(widths[i], area.maxX - x)
            guard room > 0 else { break }
            let value = i < values.count ? values[i] : ""
            let text = Truncate.pad(value, room, alignRight: column.alignRight, ellipsis: buffer.glyphs.ellipsis)
            buffer.write(text, x: x, y: y, style: cellStyle?(i) ?? style, maxWidth: room)
            x += widths[i] + 1
        }
    }
}
