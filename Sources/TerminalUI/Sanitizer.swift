/// Makes text from data safe to put on a terminal.
///
/// C0 and C1 controls, ESC, DEL and the bidi override and isolate characters become a
/// visible placeholder, so an API value can never move the cursor, retitle the window,
/// write the clipboard (OSC 52) or hide text. In an ASCII-only terminal every non-ASCII
/// character becomes the placeholder too.
public enum Sanitizer {
    /// True for the code points that must never reach the terminal as they are.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        if v == 0x200E || v == 0x200F || v == 0x061C { return true }
        return false
    }

    /// True when `text` is printable ASCII only: nothing to clean, one column a byte.
    /// Most text is; the render core takes a fast path for it.
    public static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// The text with every unsafe character replaced by `placeholder`.
    public static func clean(_ text: String, placeholder: Character = "\u{FFFD}", asciiOnly: Bool = false) -> String {
        if isPlainASCII(text) { return text }
        // Most non-ASCII text (box drawing, names, CJK) is safe too: check before rebuilding.
        if !asciiOnly, !text.unicodeScalars.contains(where: isUnsafe) { return text }
        var out = String()
        out.reserveCapacity(text.utf8.count)
        for character in text {
            let scalars = character.unicodeScalars
            if scalars.contains(where: isUnsafe) {
                out.append(placeholder)
            } else if asciiOnly && !character.isASCII {
                out.append(placeholder)
            } else {
                out.append(character)
            }
        }
        return out
    }
}
