/// Aligned `key  value` lines: keys muted in one column as wide as the widest (at most half
/// the area), values after them, cut with an ellipsis. Rows past the area are not drawn.
public struct KeyValueList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: String
        public var style: Style
        public init(_ key: String, _ value: String, style: Style = .text) {
            self.key = key
            self.value = value
            self.style = style
        }
    }

    public var entries: [Entry]
    public var keyStyle: Style

    public init(_ entries: [Entry], keyStyle: Style = .muted) {
        self.entries = entries
        self.keyStyle = keyStyle
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let shown = entries.prefix(area.height)
        // Aligned over every entry, so the column does not move as the list is cut.
        let keyWidth = Swift.min(TextWidth.widest(entries.map(\.key)), area.width / 2)
        let valueX = area.x + keyWidth + (keyWidth > 0 ? 2 : 0)
        let valueWidth = area.maxX - valueX
        let ellipsis = buffer.glyphs.ellipsis
        for (row, entry) in shown.enumerated() {
            let y = area.y + row
            buffer.write(Truncate.toWidth(entry.key, keyWidth, ellipsis: ellipsis), x: area.x, y: y, style: keyStyle)
            guard valueWidth > 0 else { continue }
            buffer.write(Truncate.toWidth(entry.value, valueWidth, ellipsis: ellipsis), x: valueX, y: y,
                         style: entry.style)
        }
    }
}
