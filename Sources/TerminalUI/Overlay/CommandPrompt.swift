/// The command line in a centred box: `:` and what was typed, a cursor, and below it the
/// completions, the chosen one highlighted. The line scrolls to keep the cursor in view.
public struct CommandPrompt: Sendable, Hashable {
    public var prompt: String
    public var text: String
    /// The cursor, as a count of characters (grapheme clusters) before it.
    public var cursor: Int
    public var candidates: [String]
    public var selectedCandidate: Int?
    /// Most completions listed at once.
    public var maxCandidates: Int

    public init(prompt: String = ":", text: String, cursor: Int? = nil, candidates: [String] = [],
                selectedCandidate: Int? = nil, maxCandidates: Int = 8) {
        self.prompt = prompt
        self.text = text
        self.cursor = cursor ?? text.count
        self.candidates = candidates
        self.selectedCandidate = selectedCandidate
        self.maxCandidates = maxCandidates
    }

    public func render(_ screen: Rect, into buffer: inout Buffer) {
        let listed = Swift.min(candidates.count, Swift.max(0, maxCandidates))
        let modal = Modal(title: "Command", status: [("tab complete", .muted)],
                          width: Swift.min(64, screen.width - 4), height: 3 + listed)
        let inner = modal.render(screen, into: &buffer)
        guard !inner.isEmpty else { return }
        let (line, list) = inner.splitTop(1)
        drawLine(line, into: &buffer)
        let first = Swift.max(0, Swift.min((selectedCandidate ?? 0) - list.height + 1, candidates.count - list.height))
        for (row, index) in (first..<Swift.min(candidates.count, first + list.height)).enumerated() {
            let y = list.y + row
            let style = index == selectedCandidate ? Style(.selection) : Style.muted
            if index == selectedCandidate { buffer.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: style) }
            buffer.write(Truncate.toWidth(candidates[index], list.width, ellipsis: buffer.glyphs.ellipsis),
                         x: list.x, y: y, style: style)
        }
    }

    /// The prompt, the part of the text around the cursor, and the cursor as a reversed cell.
    private func drawLine(_ area: Rect, into buffer: inout Buffer) {
        let promptWidth = buffer.write(prompt, x: area.x, y: area.y, style: Style(.accent, bold: true),
                                       maxWidth: area.width)
        let room = area.width - promptWidth
        guard room > 0 else { return }
        let characters = Array(Sanitizer.clean(text))
        let cursor = Swift.min(Swift.max(0, self.cursor), characters.count)
        // Start far enough right that the cursor's cell is inside the room.
        var start = 0
        var widthToCursor = characters[..<cursor].reduce(0) { $0 + TextWidth.of($1) }
        let cursorWidth = cursor < characters.count ? Swift.max(1, TextWidth.of(characters[cursor])) : 1
        while widthToCursor + cursorWidth > room, start < cursor {
            widthToCursor -= TextWidth.of(characters[start])
            start += 1
        }
        var x = area.x + promptWidth
        for index in start..<characters.count {
            let isCursor = index == cursor
            let written = buffer.write(String(characters[index]), x: x, y: area.y,
                                       style: isCursor ? Style(.text, reverse: true) : .text, maxWidth: area.maxX - x)
            if written == 0 { break }
            x += written
        }
        if cursor == characters.count, x < area.maxX {
            buffer.write(" ", x: x, y: area.y, style: Style(.text, reverse: true))
        }
    }
}
