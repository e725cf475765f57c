/// The bottom line: key hints on the left (`? help  q quit`), a note on the right (such as
/// the request budgets). Hints are kept in order while they fit; one that does not fit is
/// dropped whole, with every hint after it, never cut. While a command is typed or a flash
/// message shows, `CommandPrompt` or `FlashMessage` takes the line instead.
public struct StatusBar: Sendable, Hashable {
    /// A key and what it does; also a line of `HelpOverlay`.
    public struct Hint: Sendable, Hashable {
        public var key: String
        public var action: String
        public init(_ key: String, _ action: String) {
            self.key = key
            self.action = action
        }
    }

    public var hints: [Hint]
    /// Right-aligned and muted; left out when the line cannot hold it.
    public var note: String

    public init(hints: [Hint], note: String = "") {
        self.hints = hints
        self.note = note
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let noteWidth = TextWidth.of(Sanitizer.clean(note))
        var x = area.x + 1
        // Each hint is followed by two spaces; a note keeps a column free each side.
        let limit = area.maxX - (noteWidth > 0 ? noteWidth + 2 : 0)
        for hint in hints {
            let width = TextWidth.of(Sanitizer.clean(hint.key)) + 1 + TextWidth.of(Sanitizer.clean(hint.action)) + 2
            guard x + width <= limit else { break }
            x += buffer.write(hint.key, x: x, y: area.y, style: Style(.accent, bold: true), maxWidth: area.maxX - x)
            x += buffer.write(" " + hint.action + "  ", x: x, y: area.y, style: .muted, maxWidth: area.maxX - x)
        }
        if noteWidth > 0, noteWidth + 2 < area.width {
            buffer.write(note, x: area.maxX - noteWidth - 1, y: area.y, style: .muted, maxWidth: noteWidth)
        }
    }
}
