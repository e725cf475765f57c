/// One of the 16 palette colours, which the user's terminal scheme decides.
public enum ANSIColor: Int, Sendable, Hashable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The name used in theme files ("red", "bright-black", ...).
    public var name: String {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][rawValue % 8]
        return rawValue < 8 ? base : "bright-" + base
    }
}

/// A terminal colour: the terminal's own default, one of the 16 palette colours, an index
/// into the 256-colour palette, or a 24-bit value. What the terminal cannot show is
/// degraded to the nearest colour it can (`degraded(to:)`).
public enum TerminalColor: Sendable, Hashable {
    case `default`
    case ansi(ANSIColor)
    /// 16...255 of the xterm 256-colour palette (0...15 are kept as `.ansi`).
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = TerminalColor.ansi(.black), red = TerminalColor.ansi(.red)
    public static let green = TerminalColor.ansi(.green), yellow = TerminalColor.ansi(.yellow)
    public static let blue = TerminalColor.ansi(.blue), magenta = TerminalColor.ansi(.magenta)
    public static let cyan = TerminalColor.ansi(.cyan), white = TerminalColor.ansi(.white)
    public static let brightBlack = TerminalColor.ansi(.brightBlack), brightRed = TerminalColor.ansi(.brightRed)
    public static let brightGreen = TerminalColor.ansi(.brightGreen), brightYellow = TerminalColor.ansi(.brightYellow)
    public static let brightBlue = TerminalColor.ansi(.brightBlue)
    public static let brightMagenta = TerminalColor.ansi(.brightMagenta)
    public static let brightCyan = TerminalColor.ansi(.brightCyan), brightWhite = TerminalColor.ansi(.brightWhite)

    /// A palette index: 0...15 are the named colours.
    public static func palette(_ index: UInt8) -> TerminalColor {
        index < 16 ? .ansi(ANSIColor(rawValue: Int(index)) ?? .black) : .indexed(index)
    }

    /// How theme files spell it: `default`, `cyan`, `bright-black`, `208`, `#ff8700`.
    public var name: String {
        switch self {
        case .default: return "default"
        case .ansi(let color): return color.name
        case .indexed(let index): return String(index)
        case .rgb(let r, let g, let b): return "#" + [r, g, b].map(Self.hexByte).joined()
        }
    }

    /// Reads a colour as theme files spell it (see `name`).
    public init?(name: String) {
        if name == "default" {
            self = .default
        } else if let ansi = ANSIColor.allCases.first(where: { $0.name == name }) {
            self = .ansi(ansi)
        } else if name.allSatisfy({ $0.isASCII && $0.isNumber }), let index = UInt8(name) {
            self = .palette(index)
        } else if name.hasPrefix("#"), name.utf8.count == 7, name.dropFirst().allSatisfy(\.isHexDigit),
                  let value = UInt32(name.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
