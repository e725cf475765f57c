import TerminalUI

/// Names keys the way the key map and the config do (`q`, `Enter`, `S-Tab`, `C-r`, `F1`).
enum KeyNames {
    static func name(of key: Key) -> String {
        switch key {
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
