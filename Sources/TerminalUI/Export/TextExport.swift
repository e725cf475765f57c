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

    /// Text with SGR sequences from `theme`, for `less -R` or `cat` in a terminal.
    public static func ansi(_ buffer: Buffer, theme: Theme) -> String {
        var out = ""
        for y in 0..<buffer.size.height {
            var current: RoleLook?
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                let look = theme.look(for: cell.style)
                if look != current {
                    out += sgr(look)
                    current = look
                }
                out.append(cell.symbol)
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }

    static func sgr(_ look: RoleLook) -> String {
        var codes = ["0"]
        if look.bold { codes.append("1") }
        if look.dim { codes.append("2") }
        if look.underline { codes.append("4") }
        if look.reverse { codes.append("7") }
        if look.foreground != .default {
            let c = look.foreground.rawValue
            codes.append(String(c < 8 ? 30 + c : 90 + c - 8))
        }
        if look.background != .default {
            let c = look.background.rawValue
            codes.append(String(c < 8 ? 40 + c : 100 + c - 8))
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
