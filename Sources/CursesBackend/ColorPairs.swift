import CNCurses
import TerminalUI

/// Colour pairs are created once per (foreground, background) and reused, with each
/// colour first degraded to what the terminal can show.
struct ColorPairs {
    private struct Key: Hashable {
        var foreground: TerminalColor
        var background: TerminalColor
    }
    private var cache: [Key: Int32] = [:]
    private var next: Int32 = 1
    let depth: ColorDepth

    init(depth: ColorDepth) { self.depth = depth }

    mutating func pair(foreground: TerminalColor, background: TerminalColor) -> Int32 {
        let key = Key(foreground: foreground.degraded(to: depth), background: background.degraded(to: depth))
        if key.foreground == .default && key.background == .default { return 0 }
        if let pair = cache[key] { return pair }
        guard next < cnc_color_pairs() else { return 0 }
        guard cnc_init_pair(next, Self.number(key.foreground, depth: depth),
                            Self.number(key.background, depth: depth)) != ERR else { return 0 }
        cache[key] = next
        next += 1
        return next - 1
    }

    /// The ncurses colour number: -1 for the default, the palette index, or on a
    /// direct-colour terminal the packed RGB value (where 0-7 still mean the ANSI colours).
    static func number(_ color: TerminalColor, depth: ColorDepth) -> Int32 {
        switch color {
        case .default: return -1
        case .ansi(let c) where depth == .trueColor && c.rawValue >= 8:
            return packed(XtermPalette.rgb(UInt8(c.rawValue)))
        case .ansi(let c): return Int32(c.rawValue)
        case .indexed(let i) where depth == .trueColor: return packed(XtermPalette.rgb(i))
        case .indexed(let i): return Int32(i)
        case .rgb(let r, let g, let b): return packed((r, g, b))
        }
    }

    private static func packed(_ rgb: XtermPalette.RGB) -> Int32 {
        // Packed values below 8 would read as ANSI colours: nudge pure near-black up.
        max(8, Int32(rgb.r) << 16 | Int32(rgb.g) << 8 | Int32(rgb.b))
    }
}
