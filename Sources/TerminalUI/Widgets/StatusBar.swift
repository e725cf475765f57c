/// The bottom line: key hints on the left (`q quit  ? help`), an optional note on the right.
/// Hints are kept in order while they fit; one that does not fit is dropped whole, with
/// every hint after it, never cut.
public struct StatusBar: Sendable, Hashable {
    public struct Hint: Sendable, Hashable {
        public var key: String
        public var action: String
        public init(_ key: String, _ action: String) {
            self.key = key
            self.action = action
        }
        var width: Int { TextWidth.of(Sanitizer.clean(key)) + 1 + TextWidth.of(Sanitizer.clean(action)) }
    }

    public var hints: [Hint]
    public var note: String
    public var noteStyle: Style

    public init(hints: [Hint], note: String = "", noteStyle: Style = .muted) {
        self.hints = hints
        self.note = note
        self.noteStyle = noteStyle
    }

    /// How many hints are drawn in `width` columns beside a note `noteWidth` wide.
    public func fittingHints(width: Int, noteWidth: Int) -> Int {
        var used = 1  // left margin
        let limit = width - 1 - (noteWidth > 0 ? noteWidth + 2 : 0)  // right margin, gap before the note
        for (index, hint) in hints.enumerated() {
            let needed = (index == 0 ? 0 : 2) + hint.width
            if used + needed > limit { return index }
            used += needed
        }
        return hints.count
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let note = Sanitizer.clean(self.note)
        var noteWidth = TextWidth.of(note)
        if noteWidth + 2 > area.width { noteWidth = 0 }  // a note that does not fit is left out
        if noteWidth > 0 { buffer.write(note, x: area.maxX - 1 - noteWidth, y: area.y, style: noteStyle) }
        var x = area.x + 1
        for (index, hint) in hints.prefix(fittingHints(width: area.width, noteWidth: noteWidth)).enumerated() {
            if index > 0 { x += 2 }
            x += buffer.write(hint.key, x: x, y: area.y, style: Style(.accent, bold: true))
            x += buffer.write(" " + hint.action, x: x, y: area.y, style: .muted)
        }
    }
}
