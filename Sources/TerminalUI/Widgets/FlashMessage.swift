/// A short message on the status bar's row, in place of the key hints, until its expiry
/// instant: a command's answer ("theme set to light") in the accent colour, an error or an
/// alert in bold red. Whoever holds it decides when it has expired, passing the time in;
/// drawing never reads a clock.
public struct FlashMessage<Instant: Comparable & Sendable>: Sendable {
    public var text: String
    public var isError: Bool
    public var expires: Instant

    public init(_ text: String, isError: Bool = false, expires: Instant) {
        self.text = text
        self.isError = isError
        self.expires = expires
    }

    /// True from the expiry instant on.
    public func isExpired(at now: Instant) -> Bool { now >= expires }

    /// Draws the message on the first row of `area`, a column in from each side.
    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        buffer.write(text, x: area.x + 1, y: area.y, style: Style(isError ? .bad : .accent, bold: isError),
                     maxWidth: area.width - 2)
    }
}

extension FlashMessage: Equatable {}
