/// A grid of cells that widgets draw into; a backend copies it to the screen.
///
/// Every string written is sanitised first (see `Sanitizer`), so nothing from data reaches
/// the terminal unescaped, and wide characters are never split at a clip edge.
public struct Buffer: Sendable, Equatable {
    public let size: Size
    public let glyphs: Glyphs
    public private(set) var cells: [Cell]

    public init(size: Size, glyphs: Glyphs = .unicode) {
        self.size = size
        self.glyphs = glyphs
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Writes `text` at (x, y), clipped to `maxWidth` columns and the buffer's edge.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .text, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, x + (maxWidth ?? size.width))
        if Sanitizer.isPlainASCII(text) { return writeASCII(text, x: x, y: y, style: style, limit: limit) }
        let clean = Sanitizer.clean(text, placeholder: glyphs.placeholder, asciiOnly: glyphs.asciiOnly)
        let bytes = clean.utf8
        var column = x
        var index = bytes.startIndex
        while index < bytes.endIndex {
            // An ASCII byte followed by another (or the end) is a whole cluster: no need to
            // ask for grapheme breaking, which is most of the cost of a frame.
            let byte = bytes[index], after = bytes.index(after: index)
            if byte < 0x80, after == bytes.endIndex || bytes[after] < 0x80 {
                guard column < limit else { break }
                if column >= 0 { put(Cell(Self.asciiCharacters[Int(byte)], style: style), x: column, y: y) }
                column += 1
                index = after
                continue
            }
            let character = clean[index]
            index = clean.index(after: index)
            let width = TextWidth.of(character)
            if width == 0 {
                continue  // a lone zero-width cluster: nothing to place
            }
            if column + width > limit {
                // Never split a wide character: pad the last column instead.
                if column < limit, column >= 0 { put(Cell(" ", style: style), x: column, y: y) }
                if column < limit { column += 1 }
                break
            }
            if column >= 0 {
                put(Cell(character, width: UInt8(width), style: style), x: column, y: y)
                if width == 2 { put(.continuation(style), x: column + 1, y: y) }
            }
            column += width
        }
        return max(0, column - x)
    }

    /// Printable ASCII: one cell a byte, no grapheme breaking (the common case, and the
    /// difference between a frame in a fraction of a millisecond and several).
    private mutating func writeASCII(_ text: String, x: Int, y: Int, style: Style, limit: Int) -> Int {
        let start = max(0, x), end = min(limit, x + text.utf8.count)
        guard start < end else { return max(0, min(limit, x + text.utf8.count) - x) }
        // Repair wide characters cut at either end, then copy the bytes straight in.
        put(Cell(" ", style: style), x: start, y: y)
        put(Cell(" ", style: style), x: end - 1, y: y)
        let row = y * size.width
        var column = x
        for byte in text.utf8 {
            if column >= end { break }
            if column >= start { cells[row + column] = Cell(Self.asciiCharacters[Int(byte)], style: style) }
            column += 1
        }
        return end - x
    }

    /// Characters for the 128 ASCII bytes, made once: building a Character is most of the
    /// cost of a cell.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Fills a rectangle with one character in one style.
    public mutating func fill(_ rect: Rect, with symbol: Character = " ", style: Style = .text) {
        let clipped = rect.clamped(to: area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                put(Cell(symbol, style: style), x: x, y: y)
            }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping its text.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        let clipped = rect.clamped(to: area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                cells[y * size.width + x].style = style
            }
        }
    }

    /// Places one cell, repairing any wide character it cuts in half.
    public mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let index = y * size.width + x
        let oldWidth = cells[index].width  // not the whole cell: copying a Character costs
        if oldWidth == 0, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if oldWidth == 2, cell.width != 2, x + 1 < size.width {
            cells[index + 1] = Cell(" ", style: cells[index].style)
        }
        cells[index] = cell
    }

    /// Indices of the cells that differ from `previous` (all of them if the sizes differ).
    public func changedIndices(since previous: Buffer?) -> [Int] {
        guard let previous, previous.size == size else { return Array(cells.indices) }
        var changed: [Int] = []
        for index in cells.indices where cells[index] != previous.cells[index] {
            changed.append(index)
        }
        return changed
    }

    /// The buffer as plain text lines (wide characters once), trailing spaces kept.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let cell = self[x, y]
                if !cell.isContinuation { line.append(cell.symbol) }
            }
            return line
        }
    }
}

extension Rect {
    /// The part of this rectangle inside `bounds`.
    public func clamped(to bounds: Rect) -> Rect {
        let x0 = max(x, bounds.x), y0 = max(y, bounds.y)
        let x1 = min(maxX, bounds.maxX), y1 = min(maxY, bounds.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
