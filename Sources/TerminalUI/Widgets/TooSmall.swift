/// The one line a screen shows when the terminal cannot hold it:
/// `terminal too small: need 50×12`.
public struct TooSmall: Sendable, Hashable {
    public var minimum: Size

    public init(minimum: Size) { self.minimum = minimum }

    /// True when `size` is smaller than the minimum either way.
    public func applies(to size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let text = "terminal too small: need \(minimum.width)\(buffer.glyphs.times)\(minimum.height)"
        buffer.write(text, x: area.x, y: area.y, style: Style(.warning, bold: true), maxWidth: area.width)
    }
}
