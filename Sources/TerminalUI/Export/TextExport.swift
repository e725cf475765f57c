/// A buffer as plain text or as text with ANSI SGR colours, one line per row.
public enum TextExport {
    /// Plain text, trailing spaces removed, lines ending in newlines.
    public static func plain(_ buffer: Buffer) -> String {
        buffer.lines.map { line in
            var l = line
            while l.last == " " { l.removeLast() }
            return l + "\n"
        }.joined()
    }

    /// Text with SGR sequences from `theme`, for `less -R` or `cat` in a terminal, with
    /// colours degraded to `depth`.
    public static func ansi(_ buffer: Buffer, theme: Theme, depth: ColorDepth = .trueColor) -> String {
        var out = ""
        for y in 0..<buffer.size.height {
            var current: RoleLook?
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                let look = theme.look(for: cell.style)
                if look != current {
                    out += sgr(look, depth: depth)
                    current = look
                }
                out.append(cell.symbol)
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }

    static func sgr(_ look: RoleLook, depth: ColorDepth = .trueColor) -> String {
        var codes = ["0"]
        if look.bold { codes.append("1") }
        if look.dim { codes.append("2") }
        if look.underline { codes.append("4") }
        if look.reverse { codes.append("7") }
        codes += colorCodes(look.foreground.degraded(to: depth), base: 30)
        codes += colorCodes(look.background.degraded(to: depth), base: 40)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// SGR parameters for a colour: 30-37/90-97 (40-47/100-107), 38;5;n or 38;2;r;g;b.
    static func colorCodes(_ color: TerminalColor, base: Int) -> [String] {
        switch color {
        case .default: return []
        case .ansi(let c): return [String(c.rawValue < 8 ? base + c.rawValue : base + 60 + c.rawValue - 8)]
        case .indexed(let i): return [String(base + 8), "5", String(i)]
        case .rgb(let r, let g, let b): return [String(base + 8), "2", String(r), String(g), String(b)]
        }
    }
}
