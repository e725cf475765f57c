/// Text wrapped at spaces into lines at most a width wide. Newlines start paragraphs; a word
/// wider than a line keeps a line of its own and is cut where it is drawn.
public enum Wrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        // Every control other than the newline becomes the placeholder, measured as drawn.
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in Sanitizer.clean(String(paragraph)).split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if line.isEmpty || TextWidth.of(candidate) <= width {
                    line = candidate
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Draws `text` wrapped into `area`; when it does not all fit, the last row shown ends
    /// in an ellipsis.
    public static func render(_ text: String, in area: Rect, into buffer: inout Buffer, style: Style) {
        guard area.width > 0, area.height > 0 else { return }
        let lines = self.lines(text, width: area.width)
        let ellipsis = buffer.glyphs.ellipsis
        for (i, line) in lines.prefix(area.height).enumerated() {
            var shown = line
            if i == area.height - 1, lines.count > area.height {
                // One ellipsis: after the line when there is room, else in its last column.
                let kept = TextWidth.of(line) < area.width ? line
                    : String(Truncate.toWidth(line, area.width, ellipsis: ellipsis).dropLast())
                shown = kept + String(ellipsis)
            }
            buffer.write(shown, x: area.x, y: area.y + i, style: style, maxWidth: area.width)
        }
    }
}
