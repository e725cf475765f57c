/// A yes/no question in a centred box: the message, wrapped, and two buttons, the
/// chosen one highlighted: `[ Quit ]  [ Cancel ]`.
public struct ConfirmDialog: Sendable, Hashable {
    public var title: String
    public var message: String
    public var confirm: String
    public var cancel: String
    /// True when the confirm button is chosen.
    public var confirmSelected: Bool

    public init(title: String, message: String, confirm: String = "Yes", cancel: String = "No",
                confirmSelected: Bool = false) {
        self.title = title
        self.message = message
        self.confirm = confirm
        self.cancel = cancel
        self.confirmSelected = confirmSelected
    }

    public func render(_ screen: Rect, into buffer: inout Buffer) {
        let width = Swift.min(50, screen.width - 4)
        let lines = Wrap.lines(message, width: Swift.max(1, width - 4))
        let modal = Modal(title: title, width: width, height: lines.count + 4)
        let inner = modal.render(screen, into: &buffer)
        guard !inner.isEmpty else { return }
        let (text, rest) = inner.splitTop(Swift.max(0, inner.height - 2))
        for (row, line) in lines.prefix(text.height).enumerated() {
            buffer.write(line, x: text.x, y: text.y + row, maxWidth: text.width)
        }
        let buttons = ["[ " + Sanitizer.clean(confirm) + " ]", "[ " + Sanitizer.clean(cancel) + " ]"]
        let total = TextWidth.of(buttons[0]) + 2 + TextWidth.of(buttons[1])
        guard let y = rest.height > 0 ? rest.maxY - 1 : nil else { return }
        var x = rest.x + Swift.max(0, (rest.width - total) / 2)
        for (index, label) in buttons.enumerated() {
            let chosen = (index == 0) == confirmSelected
            x += buffer.write(label, x: x, y: y, style: chosen ? Style(.selection, bold: true) : .text,
                              maxWidth: rest.maxX - x)
            x += 2
        }
    }
}
