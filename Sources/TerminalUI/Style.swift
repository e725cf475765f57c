/// What a piece of text means; a theme decides how each role looks.
public enum Role: String, CaseIterable, Sendable, Hashable {
    case text, muted, accent, good, warning, bad, selection, border, title
}

/// A cell's appearance: a semantic role plus the attributes a widget asks for.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role = .text, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let text = Style(.text)
    public static let muted = Style(.muted)
    public static let accent = Style(.accent)
    public static let border = Style(.border)
    public static let title = Style(.title, bold: true)
}
