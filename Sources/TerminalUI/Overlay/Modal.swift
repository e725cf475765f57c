/// A box drawn over the screen, centred: the area under it is cleared, then a bordered
/// block with a title. Help, the command line and confirmations are drawn inside one.
public struct Modal: Sendable {
    public var title: String
    /// Shown right-aligned on the top border, e.g. `esc close`.
    public var status: [(String, Style)]
    /// The box's size including its border; clamped to the screen.
    public var width: Int
    public var height: Int

    public init(title: String, status: [(String, Style)] = [], width: Int, height: Int) {
        self.title = title
        self.status = status
        self.width = width
        self.height = height
    }

    /// Where the box goes in `screen`.
    public func frame(in screen: Rect) -> Rect { screen.centered(width: width, height: height) }

    /// Clears and draws the box; returns the area inside it, one column of padding each
    /// side (empty when the screen is too small for any content).
    @discardableResult
    public func render(_ screen: Rect, into buffer: inout Buffer) -> Rect {
        let box = frame(in: screen)
        guard !box.isEmpty else { return Rect(x: box.x, y: box.y, width: 0, height: 0) }
        buffer.fill(box)
        let inner = Block(title: title, status: status, borderStyle: Style(.accent)).render(box, into: &buffer)
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }
}
