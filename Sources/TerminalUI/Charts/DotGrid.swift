/// A grid of dots drawn as characters: braille (2x4 dots a cell), half blocks (1x2) or
/// ASCII (1x2). Dot (0, 0) is the top left of the area.
///
/// The canvas of `LineChart` and of braille sparklines; the line charts are drawn by the
/// timeline (issue 14).
struct DotGrid {
    let columns: Int
    let rows: Int
    let dotsAcross: Int
    let dotsDown: Int
    let variant: ChartVariant
    private var dots: [Bool]

    init(area: Rect, variant: ChartVariant) {
        self.variant = variant
        dotsAcross = variant == .braille ? 2 : 1
        dotsDown = variant == .braille ? 4 : 2
        columns = area.width
        rows = area.height
        dots = Array(repeating: false, count: columns * dotsAcross * rows * dotsDown)
    }

    var width: Int { columns * dotsAcross }
    var height: Int { rows * dotsDown }

    mutating func set(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        dots[y * width + x] = true
    }

    /// Sets the dots on a straight line between two dots (Bresenham).
    mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int)) {
        var x = a.x, y = a.y
        let dx = abs(b.x - a.x), dy = -abs(b.y - a.y)
        let sx = a.x < b.x ? 1 : -1, sy = a.y < b.y ? 1 : -1
        var error = dx + dy
        while true {
            set(x: x, y: y)
            if x == b.x && y == b.y { return }
            let e2 = 2 * error
            if e2 >= dy { error += dy; x += sx }
            if e2 <= dx { error += dx; y += sy }
        }
    }

    /// Draws every cell that has a dot; empty cells are left as they were.
    func render(_ area: Rect, into buffer: inout Buffer, style: Style) {
        for row in 0..<rows {
            for column in 0..<columns {
                if let symbol = symbol(column: column, row: row) {
                    buffer.put(Cell(symbol, style: style), x: area.x + column, y: area.y + row)
                }
            }
        }
    }

    private func isSet(_ x: Int, _ y: Int) -> Bool { dots[y * width + x] }

    /// Braille dot bits, left column (dots 1 2 3 7) then right (4 5 6 8), top to bottom.
    private static let brailleBits: [UInt32] = [0x01, 0x02, 0x04, 0x40, 0x08, 0x10, 0x20, 0x80]
    /// Top half, bottom half, both.
    private static let halfBlocks: [Character] = ["▀", "▄", "█"]
    private static let halfASCII: [Character] = ["'", ".", ":"]

    private func symbol(column: Int, row: Int) -> Character? {
        let x0 = column * dotsAcross, y0 = row * dotsDown
        switch variant {
        case .braille:
            var mask: UInt32 = 0
            for dy in 0..<4 {
                if isSet(x0, y0 + dy) { mask |= Self.brailleBits[dy] }
                if isSet(x0 + 1, y0 + dy) { mask |= Self.brailleBits[dy + 4] }
            }
            guard mask != 0, let scalar = Unicode.Scalar(0x2800 + mask) else { return nil }
            return Character(scalar)
        case .blocks, .ascii:
            let index = (isSet(x0, y0) ? 1 : 0) + (isSet(x0, y0 + 1) ? 2 : 0)
            guard index > 0 else { return nil }
            return (variant == .blocks ? Self.halfBlocks : Self.halfASCII)[index - 1]
        }
    }
}
