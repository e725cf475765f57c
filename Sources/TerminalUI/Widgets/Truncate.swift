/// Cuts text to a number of columns, ending with an ellipsis when it had to cut.
public enum Truncate {
    /// Control characters are first replaced by the one-column placeholder they will be
    /// drawn as, so the measured width is the drawn width.
    public static func toWidth(_ text: String, _ width: Int, ellipsis: Character) -> String {
        guard width > 0 else { return "" }
        let text = Sanitizer.clean(text)
        if TextWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = TextWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        out.append(ellipsis)
        return out
    }

    /// Pads (or cuts) text to exactly `width` columns, aligned left or right.
    public static func pad(_ text: String, _ width: Int, alignRight: Bool, ellipsis: Character) -> String {
        let cut = toWidth(text, width, ellipsis: ellipsis)
        let room = max(0, width - TextWidth.of(cut))
        let spaces = String(repeating: " ", count: room)
        return alignRight ? spaces + cut : cut + spaces
    }
}
