/// Cuts text to a number of columns, ending with an ellipsis when it had to cut.
public enum Truncate {
    /// Control characters are first replaced by the one-column placeholder they will be
    /// drawn as, so the measured width is the drawn width.
    public static func toWidth(_ text: String, _ width: Int, ellipsis: Character) -> String {
        measuredCut(text, width, ellipsis: ellipsis).text
    }

    /// The cut text and the columns it takes.
    static func measuredCut(_ text: String, _ width: Int, ellipsis: Character) -> (text: String, width: Int) {
        guard width > 0 else { return ("", 0) }
        let text = Sanitizer.clean(text)
        let ellipsisWidth = TextWidth.of(ellipsis)
        if Sanitizer.isPlainASCII(text) {
            // One column a byte: cut by bytes, no grapheme breaking.
            let count = text.utf8.count
            if count <= width { return (text, count) }
            return (String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + String(ellipsis), width - 1 + ellipsisWidth)
        }
        let total = TextWidth.of(text)
        if total <= width { return (text, total) }
        var out = ""
        var used = 0
        for character in text {
            let w = TextWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        out.append(ellipsis)
        return (out, used + ellipsisWidth)
    }

    /// Pads (or cuts) text to exactly `width` columns, aligned left or right.
    public static func pad(_ text: String, _ width: Int, alignRight: Bool, ellipsis: Character) -> String {
        let (cut, cutWidth) = measuredCut(text, width, ellipsis: ellipsis)
        let room = max(0, width - cutWidth)
        let spaces = String(repeating: " ", count: room)
        return alignRight ? spaces + cut : cut + spaces
    }
}
