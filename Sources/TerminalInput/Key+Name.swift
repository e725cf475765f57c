/// Keys by name, as the config's `[keys]` table and help write them: a printable character
/// (`q`, `?`, `/`, `é`), or one of `Enter`, `Esc`, `Backspace`, `Tab`, `S-Tab`, `Up`, `Down`,
/// `Left`, `Right`, `PgUp`, `PgDn`, `Home`, `End`, `Delete`, `F1`…`F12`, `C-a`…`C-z`.
/// The one place a key becomes a name or a name a key: the config is parsed with
/// `Key(name:)`, help and `launchdeck keys` show `name`; everything else matches `Key` cases.
extension Key {
    /// The keys named by a word (their words are in `name`).
    private static let named: [Key] = [
        .enter, .escape, .backspace, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .delete,
    ]

    /// The key a config name stands for; nil for anything that is not a key name.
    public init?(name: String) {
        if let key = Self.named.first(where: { $0.name == name }) {
            self = key
        } else if name.count == 1, let c = name.first, let scalar = name.unicodeScalars.first,
                  scalar.value > 0x20, scalar.value != 0x7F {
            self = .character(c)
        } else if name.hasPrefix("C-"), name.count == 3, let c = name.last, c.isLetter, c.isLowercase {
            self = .ctrl(c)
        } else if name.hasPrefix("F"), let n = Int(name.dropFirst()), (1...12).contains(n) {
            self = .function(n)
        } else {
            return nil
        }
    }

    /// The key's name, as the config writes it (`Key(name: key.name) == key` for every key
    /// a config can name).
    public var name: String {
        switch self {
        case .character(let c): String(c)
        case .ctrl(let c): "C-" + String(c).lowercased()
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        // Mouse reporting is off unless asked for; no action is bound to it.
        case .mouse: "Mouse"
        }
    }
}
