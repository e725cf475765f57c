#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import TerminalUI

/// What every pane draws the same way: the border (accent when focused), the DEMO badge and
/// the data's age (amber past twice the interval, red past five times), and the body's
/// loading, error and "not configured" states. A failure keeps the last good data.
public struct PaneChrome<Value: Sendable>: Sendable {
    public var title: String
    public var state: Loadable<Value>
    public var focused: Bool
    /// Set when the service has no credentials: how to turn it on.
    public var offHint: String?

    public init(title: String, state: Loadable<Value>, focused: Bool, offHint: String? = nil) {
        self.title = title
        self.state = state
        self.focused = focused
        self.offHint = offHint
    }

    /// Draws the frame and returns the body area and the value to draw in it (nil: the chrome
    /// already said why there is nothing). The last body row is kept for an error beside data.
    public func render(_ area: Rect, into buffer: inout Buffer, context: PaneContext,
                       loading: String) -> (body: Rect, value: Value?) {
        let block = Block(title: Self.separators(title, buffer.glyphs), status: status(context),
                          borderStyle: focused ? Style(.accent, bold: true) : .border)
        let inner = block.render(area, into: &buffer)
        guard inner.width > 2, inner.height > 0 else { return (Rect(x: inner.x, y: inner.y, width: 0, height: 0), nil) }
        var body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        if let offHint {
            Wrap.render(offHint, in: body, into: &buffer, style: .muted)
            return (Rect(x: body.x, y: body.y, width: 0, height: 0), nil)
        }
        guard let value = state.value else {
            if let error = state.error {
                Wrap.render(error, in: body, into: &buffer, style: Style(.bad))
            } else {
                buffer.write(loading + String(buffer.glyphs.ellipsis), x: body.x, y: body.y, style: .muted, maxWidth: body.width)
            }
            return (Rect(x: body.x, y: body.y, width: 0, height: 0), nil)
        }
        if let error = state.error, body.height > 1 {
            let (rest, line) = body.splitBottom(1)
            buffer.write("! " + error, x: line.x, y: line.y, style: Style(.bad), maxWidth: line.width)
            body = rest
        }
        return (body, value)
    }

    private func status(_ context: PaneContext) -> [(String, Style)] {
        var parts: [(String, Style)] = []
        if context.demo { parts.append(("DEMO", Style(.warning, bold: true, reverse: true))) }
        if offHint != nil { parts.append(("off", .muted)) }
        if let age = state.age(at: context.now) {
            let role: Role
            switch Freshness(age: age, interval: context.refreshInterval) {
            case .fresh: role = .muted
            case .stale: role = .warning
            case .veryStale: role = .bad
            }
            let text = AgeText.of(age)
            parts.append((text == "now" ? "updated now" : "\(text) ago", Style(role)))
        }
        return parts
    }
}

extension PaneChrome {
    /// Titles and summaries are written with `·`; an ASCII terminal gets its own separator.
    static func separators(_ text: String, _ glyphs: Glyphs) -> String {
        glyphs.asciiOnly ? text.replacing("\u{00B7}", with: String(glyphs.separator)) : text
    }
}
