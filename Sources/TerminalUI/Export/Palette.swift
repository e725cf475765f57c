/// RGB values for the 16 palette colours and the default colours, for exports that must
/// pick real colours (SVG): a dark terminal in the xterm palette.
public struct Palette: Sendable, Hashable {
    public var foreground: String
    public var background: String
    public var colors: [String]

    public static let dark = Palette(
        foreground: "#d0d0d0", background: "#1c1c1c",
        colors: ["#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
                 "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"])

    /// A light terminal, for pictures of the `light` theme.
    public static let light = Palette(
        foreground: "#1c1c1c", background: "#fafafa",
        colors: ["#000000", "#c91b00", "#00a600", "#a68b00", "#0225c7", "#b200b2", "#00a6b2", "#bfbfbf",
                 "#686868", "#ff6e67", "#1db81d", "#c4a000", "#5c6cf6", "#d335d3", "#14b8c4", "#ffffff"])

    public func hex(_ color: TerminalColor, isForeground: Bool) -> String {
        switch color {
        case .default: return isForeground ? foreground : background
        case .ansi(let c): return colors[c.rawValue]
        case .indexed(let i):
            let rgb = XtermPalette.rgb(i)
            return TerminalColor.rgb(rgb.r, rgb.g, rgb.b).name
        case .rgb: return color.name
        }
    }
}
