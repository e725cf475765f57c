/// A bordered box with a title on the left and a status (age, DEMO badge) on the right.
public struct Block: Sendable {
    public var title: String
    public var status: [(String, Style)]
    public var borderStyle: Style

    public init(title: String, status: [(String, Style)] = [], borderStyle: Style = .border) {
        self.title = title
        self.status = status
        self.borderStyle = borderStyle
    }

    /// Draws the block and returns the area inside its border.
    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let g = buffer.glyphs
        let right = area.maxX - 1, bottom = area.maxY - 1
        let horizontal = String(repeating: g.horizontal, count: area.width - 2)
        buffer.write(String(g.topLeft) + horizontal + String(g.topRight), x: area.x, y: area.y, style: borderStyle)
        buffer.write(String(g.bottomLeft) + horizontal + String(g.bottomRight), x: area.x, y: bottom, style: borderStyle)
        for y in (area.y + 1)..<bottom {
            buffer.write(String(g.vertical), x: area.x, y: y, style: borderStyle)
            buffer.write(String(g.vertical), x: right, y: y, style: borderStyle)
        }
        // Status first (right-aligned), then the title gets what is left.
        let status = self.status.map { (Sanitizer.clean($0.0), $0.1) }
        let statusWidth = status.reduce(0) { $0 + TextWidth.of($1.0) + 2 }
        var titleRoom = area.width - 4
        if statusWidth > 0, statusWidth + 6 <= area.width - 4 {
            var x = right - 1 - statusWidth
            for (text, style) in status {
                buffer.write(" ", x: x, y: area.y, style: borderStyle)
                x += 1
                x += buffer.write(text, x: x, y: area.y, style: style)
                buffer.write(" ", x: x, y: area.y, style: borderStyle)
                x += 1
            }
            titleRoom = area.width - 4 - statusWidth - 1
        }
        if titleRoom > 2, !title.isEmpty {
            let shown = Truncate.toWidth(title, titleRoom - 2, ellipsis: g.ellipsis)
            buffer.write(" " + shown + " ", x: area.x + 1, y: area.y, style: .title, maxWidth: titleRoom)
        }
        return area.inset(by: 1)
    }
}
