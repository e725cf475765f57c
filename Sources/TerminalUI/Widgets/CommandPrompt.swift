/// The command line, on the status bar's row: `:` and what was typed, `_` for the cursor,
/// then, when more than one command could complete it, the candidates (muted, left out when
/// fewer than 9 columns remain for them).
public struct CommandPrompt: Sendable, Hashable {
    public var text: String
    public var candidates: [String]

    public init(text: String, candidates: [String] = []) {
        self.text = text
        self.candidates = candidates
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let mark = Style(.accent, bold: true)
        var x = area.x
        x += buffer.write(":", x: x, y: area.y, style: mark, maxWidth: area.width)
        x += buffer.write(text, x: x, y: area.y, style: .text, maxWidth: area.width - 2)
        buffer.write("_", x: x, y: area.y, style: mark, maxWidth: area.maxX - x)
        guard candidates.count > 1 else { return }
        let room = area.maxX - x - 3
        if room > 8 { buffer.write(candidates.joined(separator: "  "), x: x + 2, y: area.y, style: .muted, maxWidth: room) }
    }
}
