/// How many colours a terminal can show, from what it reports: ncurses' `COLORS` and the
/// `COLORTERM` variable (`truecolor` or `24bit`).
public enum ColorDepth: Int, Sendable, Hashable, Comparable, CaseIterable {
    case none = 0, ansi8, ansi16, palette256, trueColor

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// The depth for a terminal reporting `colors` colours in `environment`.
    public static func detect(colors: Int, environment: [String: String]) -> ColorDepth {
        guard colors >= 8 else { return .none }
        let colorterm = (environment["COLORTERM"] ?? "").lowercased()
        if colorterm == "truecolor" || colorterm == "24bit" || colors >= 1 << 24 { return .trueColor }
        if colors >= 256 { return .palette256 }
        return colors >= 16 ? .ansi16 : .ansi8
    }
}

extension TerminalColor {
    /// The nearest colour a terminal of `depth` can show: 24-bit to the 256-colour palette,
    /// palette colours to the 16 named ones, bright to plain on an 8-colour terminal, and
    /// everything to the default colour on a terminal without colour.
    public func degraded(to depth: ColorDepth) -> TerminalColor {
        switch (self, depth) {
        case (.default, _), (_, .trueColor): return self
        case (_, .none): return .default
        case (.ansi(let c), .ansi8): return .ansi(ANSIColor(rawValue: c.rawValue % 8) ?? c)
        case (.ansi, _): return self
        case (.indexed, .palette256): return self
        case (.indexed(let i), _): return Self.nearestANSI(XtermPalette.rgb(i), depth: depth)
        case (.rgb(let r, let g, let b), .palette256): return .palette(XtermPalette.nearest256((r, g, b)))
        case (.rgb(let r, let g, let b), _): return Self.nearestANSI((r, g, b), depth: depth)
        }
    }

    private static func nearestANSI(_ rgb: XtermPalette.RGB, depth: ColorDepth) -> TerminalColor {
        .ansi(ANSIColor(rawValue: Int(XtermPalette.nearest(rgb, among: depth == .ansi8 ? 0..<8 : 0..<16))) ?? .white)
    }
}
