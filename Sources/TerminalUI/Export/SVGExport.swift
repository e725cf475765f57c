/// A buffer as an SVG picture of a terminal: a monospace grid in the theme's colours, wide
/// characters placed on their two cells. `rsvg-convert` turns it into a PNG.
public enum SVGExport {
    static let cellWidth = 8.4
    static let cellHeight = 17.0
    static let fontSize = 14.0

    public static func render(_ buffer: Buffer, theme: Theme, palette: Palette = .dark) -> String {
        let width = Double(buffer.size.width) * cellWidth
        let height = Double(buffer.size.height) * cellHeight
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(fmt(width + 16))" height="\(fmt(height + 16))" \
            viewBox="0 0 \(fmt(width + 16)) \(fmt(height + 16))">
            <rect width="100%" height="100%" fill="\(palette.background)"/>
            <g transform="translate(8 8)" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" \
            font-size="\(fmt(fontSize))">

            """
        for y in 0..<buffer.size.height {
            var x = 0
            while x < buffer.size.width {
                let cell = buffer[x, y]
                if cell.isContinuation {
                    x += 1
                    continue
                }
                let look = theme.look(for: cell.style)
                if let segments = boxSegments[cell.symbol] {
                    out += boxCell(segments, x: x, y: y, look: look, palette: palette)
                    x += 1
                    continue
                }
                // A run: narrow cells of one look, or one wide cell on its own.
                var text = String(cell.symbol)
                var span = Int(cell.width)
                if cell.width == 1 {
                    while x + span < buffer.size.width {
                        let next = buffer[x + span, y]
                        guard next.width == 1, boxSegments[next.symbol] == nil, theme.look(for: next.style) == look
                        else { break }
                        text.append(next.symbol)
                        span += 1
                    }
                }
                out += cellRun(text: text, x: x, y: y, span: span, look: look, palette: palette)
                x += span
            }
        }
        out += "</g>\n</svg>\n"
        return out
    }

    /// Box-drawing characters as lines from the cell's centre (left, right, up, down), so
    /// borders join whatever font renders the picture.
    static let boxSegments: [Character: (l: Bool, r: Bool, u: Bool, d: Bool)] = [
        "─": (true, true, false, false), "│": (false, false, true, true),
        "┌": (false, true, false, true), "┐": (true, false, false, true),
        "└": (false, true, true, false), "┘": (true, false, true, false),
    ]

    static func boxCell(_ s: (l: Bool, r: Bool, u: Bool, d: Bool), x: Int, y: Int, look: RoleLook,
                        palette: Palette) -> String {
        let x0 = Double(x) * cellWidth, y0 = Double(y) * cellHeight
        let cx = x0 + cellWidth / 2, cy = y0 + cellHeight / 2
        var path = ""
        if s.l { path += "M\(fmt(x0)) \(fmt(cy))H\(fmt(cx))" }
        if s.r { path += "M\(fmt(cx)) \(fmt(cy))H\(fmt(x0 + cellWidth))" }
        if s.u { path += "M\(fmt(cx)) \(fmt(y0))V\(fmt(cy))" }
        if s.d { path += "M\(fmt(cx)) \(fmt(cy))V\(fmt(y0 + cellHeight))" }
        let color = palette.hex(look.foreground, isForeground: true)
        return "<path d=\"\(path)\" stroke=\"\(color)\" stroke-width=\"1.2\" fill=\"none\"/>\n"
    }

    static func cellRun(text: String, x: Int, y: Int, span: Int, look: RoleLook, palette: Palette) -> String {
        var fg = palette.hex(look.foreground, isForeground: true)
        var bg: String? = look.background == .default ? nil : palette.hex(look.background, isForeground: false)
        if look.reverse {
            let oldFG = fg
            fg = bg ?? palette.background
            bg = oldFG
        }
        let px = Double(x) * cellWidth, py = Double(y) * cellHeight
        var out = ""
        if let bg {
            out += "<rect x=\"\(fmt(px))\" y=\"\(fmt(py))\" width=\"\(fmt(Double(span) * cellWidth))\" "
                + "height=\"\(fmt(cellHeight))\" fill=\"\(bg)\"/>\n"
        }
        if text.allSatisfy({ $0 == " " }) { return out }
        var attributes = "fill=\"\(fg)\""
        if look.bold { attributes += " font-weight=\"bold\"" }
        if look.dim { attributes += " fill-opacity=\"0.6\"" }
        if look.underline { attributes += " text-decoration=\"underline\"" }
        out += "<text x=\"\(fmt(px))\" y=\"\(fmt(py + cellHeight * 0.78))\" textLength=\"\(fmt(Double(span) * cellWidth))\" "
            + "lengthAdjust=\"spacingAndGlyphs\" xml:space=\"preserve\" \(attributes)>\(escape(text))</text>\n"
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static func fmt(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
