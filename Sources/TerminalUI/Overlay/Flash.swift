/// A short message that disappears on its own: "theme set to light", "copied". It carries
/// its expiry instant; the caller passes the time in, so tests need no clock.
public struct FlashMessage<Instant: Comparable & Sendable>: Sendable {
    public enum Kind: Sendable, Hashable {
        case info, success, warning, error

        var role: Role {
            switch self {
            case .info: return .accent
            case .success: return .good
            case .warning: return .warning
            case .error: return .bad
            }
        }
    }

    public var text: String
    public var kind: Kind
    public var expires: Instant

    public init(_ text: String, kind: Kind = .info, expires: Instant) {
        self.text = text
        self.kind = kind
        self.expires = expires
    }

    /// True from the expiry instant on.
    public func isExpired(at now: Instant) -> Bool { now >= expires }

    /// Draws the message on the first row of `area` unless it has expired.
    public func render(_ area: Rect, into buffer: inout Buffer, now: Instant) {
        guard !area.isEmpty, !isExpired(at: now) else { return }
        buffer.write(Truncate.toWidth(text, area.width, ellipsis: buffer.glyphs.ellipsis), x: area.x, y: area.y,
                     style: Style(kind.role, bold: true))
    }
}

extension FlashMessage where Instant: InstantProtocol {
    /// A message shown from `now` for `duration`.
    public init(_ text: String, kind: Kind = .info, now: Instant, lasting duration: Instant.Duration) {
        self.init(text, kind: kind, expires: now.advanced(by: duration))
    }
}

/// The flash messages on screen, newest last; expired ones drop out when pruned.
public struct FlashQueue<Instant: Comparable & Sendable>: Sendable {
    public private(set) var messages: [FlashMessage<Instant>] = []

    public init() {}

    public mutating func show(_ message: FlashMessage<Instant>) { messages.append(message) }

    /// Drops the messages expired at `now`; true when that changed what is shown.
    @discardableResult
    public mutating func prune(at now: Instant) -> Bool {
        let before = messages.count
        messages.removeAll { $0.isExpired(at: now) }
        return messages.count != before
    }

    /// The message to show at `now`: the newest one not expired.
    public func current(at now: Instant) -> FlashMessage<Instant>? {
        messages.last { !$0.isExpired(at: now) }
    }

    /// When the screen next needs redrawing for a message to go: the earliest expiry.
    public var nextExpiry: Instant? { messages.map(\.expires).min() }
}
