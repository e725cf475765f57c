/// Help over the screen: a centred box listing keys and what they do, with notes at its
/// foot. A note wider than the box wraps onto as many rows as it needs. When the box cannot
/// hold every entry, the last row counts those left out; notes give way before entries, the
/// last note first.
public struct HelpOverlay: Sendable, Hashable {
    public var title: String
    /// Right-aligned on the top border, e.g. `any key closes`.
    public var status: String
    public var entries: [StatusBar.Hint]
    /// Lines under the entries: the first on the bottom row, each next one above it.
    public var notes: [String]

    /// Keys wider than this are cut, so that one long binding does not push the texts away.
    static let widestKeys = 18

    public init(title: String = "Keys", status: String = "any key closes", entries: [StatusBar.Hint],
                notes: [String] = []) {
        self.title = title
        self.status = status
        self.entries = entries
        self.notes = notes
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        let keyWidth = Swift.min(Self.widestKeys, TextWidth.widest(entries.map(\.key)))
        let textWidth = TextWidth.widest(entries.map(\.action))
        let width = Swift.min(area.width - 2, Swift.max(keyWidth + 3 + textWidth, TextWidth.widest(notes)) + 4)
        // Each note wrapped to the box's text width (inside the border and its padding).
        let wrapped = notes.map { Wrap.lines($0, width: width - 4) }
        let height = Swift.min(area.height, entries.count + 2 + wrapped.reduce(0) { $0 + $1.count })
        guard width > 10, height > 3 else { return }
        let box = area.centered(width: width, height: height)
        buffer.fill(box)
        let inner = Block(title: title, status: [(status, .muted)], borderStyle: Style(.accent, bold: true))
            .render(box, into: &buffer)
        // Whole notes, in order, while the entries keep their rows.
        var notesShown = 0, noteRows = 0
        for note in wrapped {
            guard entries.count + noteRows + note.count <= inner.height else { break }
            notesShown += 1
            noteRows += note.count
        }
        let rows = inner.height - noteRows
        let shown = entries.count > rows ? rows - 1 : entries.count
        for (i, entry) in entries.prefix(Swift.max(0, shown)).enumerated() {
            let y = inner.y + i
            buffer.write(Truncate.pad(entry.key, keyWidth, alignRight: false, ellipsis: buffer.glyphs.ellipsis),
                         x: inner.x + 1, y: y, style: Style(.accent, bold: true))
            buffer.write(entry.action, x: inner.x + 2 + keyWidth, y: y, style: .text, maxWidth: inner.width - keyWidth - 3)
        }
        if shown < entries.count, shown >= 0 {
            buffer.write("\(entries.count - shown) more: make the terminal taller", x: inner.x + 1, y: inner.y + shown,
                         style: .muted, maxWidth: inner.width - 2)
        }
        // The first note ends on the bottom row; each next one sits above it.
        var y = inner.maxY
        for note in wrapped.prefix(notesShown) {
            y -= note.count
            for (i, line) in note.enumerated() {
                buffer.write(line, x: inner.x + 1, y: y + i, style: .muted, maxWidth: inner.width - 2)
            }
        }
    }
}
