/// Display width of text in terminal columns, without the C library's locale.
///
/// East Asian wide and emoji-presentation characters take two columns, combining marks and
/// format characters none. Control characters never reach this: `Sanitizer` replaces them.
public enum TextWidth {
    /// Columns one grapheme cluster occupies (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        if let byte = character.asciiValue, character.utf8.count == 1 { return byte >= 0x20 && byte < 0x7F ? 1 : 0 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let width = of(first)
        // An emoji presentation selector widens a text-default emoji such as U+2764.
        if width == 1, scalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji {
            return 2
        }
        return width
    }

    /// Columns the widest of `texts` occupies once sanitised (0 for none): for aligning a column.
    public static func widest(_ texts: some Sequence<String>) -> Int {
        texts.reduce(0) { Swift.max($0, of(Sanitizer.clean($1))) }
    }

    /// Columns a whole string occupies.
    public static func of(_ text: String) -> Int {
        if Sanitizer.isPlainASCII(text) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Columns one code point occupies on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        // What widgets draw most (box drawing, block elements, braille): one column, without
        // the Unicode property lookups below.
        if (0x2500...0x259F).contains(v) || (0x2800...0x28FF).contains(v) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        return wideRanges.contains { $0.contains(v) }
    }
}
