/// A row of tab titles, the selected one highlighted: ` Overview │ Hits │ Crashes `.
/// When they do not all fit, the row starts late enough for the selected tab to show,
/// and an ellipsis marks each side that has more.
public struct Tabs: Sendable, Hashable {
    public var titles: [String]
    public var selected: Int
    public var selectedStyle: Style
    public var style: Style

    public init(_ titles: [String], selected: Int, selectedStyle: Style = Style(.selection, bold: true),
                style: Style = .muted) {
        self.titles = titles
        self.selected = selected
        self.selectedStyle = selectedStyle
        self.style = style
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty, !titles.isEmpty else { return }
        let labels = titles.map { " " + Sanitizer.clean($0) + " " }
        let widths = labels.map { TextWidth.of($0) }
        let selected = Swift.min(Swift.max(0, self.selected), titles.count - 1)
        let divider = String(buffer.glyphs.vertical)
        // The first tab shown: the earliest from which the selected one still fits.
        var first = selected
        var span = widths[selected] + 2  // room for the ellipses on both sides
        while first > 0, span + widths[first - 1] + 1 <= area.width {
            first -= 1
            span += widths[first] + 1
        }
        var x = area.x
        let ellipsis = String(buffer.glyphs.ellipsis)
        if first > 0 { x += buffer.write(ellipsis, x: x, y: area.y, style: style) }
        for index in first..<titles.count {
            let isLast = index == titles.count - 1
            let room = area.maxX - x - (isLast ? 0 : 1)
            guard widths[index] <= room || index == selected else {
                buffer.write(ellipsis, x: x, y: area.y, style: style, maxWidth: area.maxX - x)
                break
            }
            x += buffer.write(labels[index], x: x, y: area.y, style: index == selected ? selectedStyle : style,
                              maxWidth: area.maxX - x)
            if !isLast, x < area.maxX { x += buffer.write(divider, x: x, y: area.y, style: .border) }
        }
    }
}
