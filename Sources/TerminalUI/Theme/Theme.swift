/// How one role looks: colours and attributes.
public struct RoleLook: Sendable, Hashable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default,
                bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }
}

/// Maps every role to a look. Loaded from a file in `themes/`; `Theme.default` is the
/// built-in copy of `themes/default.theme` (a test keeps the two equal).
public struct Theme: Sendable, Hashable {
    public var name: String
    public var looks: [Role: RoleLook]

    public init(name: String, looks: [Role: RoleLook]) {
        self.name = name
        self.looks = looks
    }

    public func look(for style: Style) -> RoleLook {
        var look = looks[style.role] ?? RoleLook()
        look.bold = look.bold || style.bold
        look.reverse = look.reverse || style.reverse
        look.underline = look.underline || style.underline
        return look
    }

    /// The terminal's own background and foreground, accents from the 16-colour palette.
    public static let `default` = Theme(name: "default", looks: [
        .text: RoleLook(),
        .muted: RoleLook(dim: true),
        .accent: RoleLook(foreground: .cyan),
        .good: RoleLook(foreground: .green),
        .warning: RoleLook(foreground: .yellow),
        .bad: RoleLook(foreground: .red, bold: true),
        .selection: RoleLook(reverse: true),
        .border: RoleLook(foreground: .blue),
        .title: RoleLook(bold: true),
    ])

    /// No colour at all: the built-in copy of `themes/monochrome.theme`, for NO_COLOR.
    public static let monochrome = Theme(name: "monochrome", looks: [
        .text: RoleLook(),
        .muted: RoleLook(dim: true),
        .accent: RoleLook(bold: true),
        .good: RoleLook(),
        .warning: RoleLook(bold: true),
        .bad: RoleLook(bold: true, underline: true),
        .selection: RoleLook(reverse: true),
        .border: RoleLook(),
        .title: RoleLook(bold: true),
    ])

    /// True when the theme sets no colour anywhere.
    public var isMonochrome: Bool {
        looks.values.allSatisfy { $0.foreground == .default && $0.background == .default }
    }
}
