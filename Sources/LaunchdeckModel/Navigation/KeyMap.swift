/// The one key map: handling and help both read it, so help cannot drift from what keys do.
///
/// Keys are named as the config writes them: a printable character (`q`, `?`, `/`), or one
/// of `Enter`, `Esc`, `Backspace`, `Tab`, `S-Tab`, `Up`, `Down`, `Left`, `Right`, `PgUp`,
/// `PgDn`, `Home`, `End`, `Delete`, `F1`…`F12`, `C-a`…`C-z`.
public struct KeyMap: Sendable, Equatable {
    public struct Binding: Sendable, Equatable {
        public var action: Action
        public var keys: [String]
    }

    /// In the order help lists them.
    public private(set) var bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    public static let standard = KeyMap(bindings: [
        .init(action: .open, keys: ["Enter"]),
        .init(action: .back, keys: ["Esc", "Backspace", "h"]),
        .init(action: .nextPane, keys: ["Tab"]),
        .init(action: .previousPane, keys: ["S-Tab"]),
        .init(action: .pane1, keys: ["1"]),
        .init(action: .pane2, keys: ["2"]),
        .init(action: .pane3, keys: ["3"]),
        .init(action: .pane4, keys: ["4"]),
        .init(action: .up, keys: ["Up", "k"]),
        .init(action: .down, keys: ["Down", "j"]),
        .init(action: .pageUp, keys: ["PgUp"]),
        .init(action: .pageDown, keys: ["PgDn"]),
        .init(action: .home, keys: ["Home", "g"]),
        .init(action: .end, keys: ["End", "G"]),
        .init(action: .filter, keys: ["/"]),
        .init(action: .command, keys: [":"]),
        .init(action: .refresh, keys: ["r"]),
        .init(action: .refreshAll, keys: ["R"]),
        .init(action: .zoom, keys: ["z"]),
        .init(action: .freeze, keys: ["f"]),
        .init(action: .help, keys: ["?", "F1"]),
        .init(action: .quit, keys: ["q"]),
    ])

    /// The action a key triggers, if any.
    public func action(for key: String) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The keys bound to an action, in the order they were given.
    public func keys(for action: Action) -> [String] {
        bindings.first { $0.action == action }?.keys ?? []
    }

    /// The map with the config's `[keys]` table applied: each named action gets exactly the
    /// keys given, and a key taken from another action is removed there. Unknown actions and
    /// key names are reported, never silently dropped.
    public func overridden(by table: [String: [String]]) -> (map: KeyMap, warnings: [String]) {
        var map = self
        var warnings: [String] = []
        for name in table.keys.sorted() {
            guard let action = Action(rawValue: name) else {
                let known = Action.allCases.map(\.rawValue).joined(separator: ", ")
                warnings.append("[keys]: unknown action \"\(name)\" (known: \(known))")
                continue
            }
            var keys: [String] = []
            for key in table[name] ?? [] {
                if KeyName.isValid(key) {
                    keys.append(key)
                } else {
                    warnings.append("[keys] \(name): \"\(key)\" is not a key name (use e.g. \"x\", \"C-x\", \"Enter\", \"F2\")")
                }
            }
            guard !keys.isEmpty else {
                warnings.append("[keys] \(name): no usable key given; keeping \(map.keys(for: action).joined(separator: " "))")
                continue
            }
            for i in map.bindings.indices where map.bindings[i].action != action {
                map.bindings[i].keys.removeAll { keys.contains($0) }
            }
            if let i = map.bindings.firstIndex(where: { $0.action == action }) {
                map.bindings[i].keys = keys
            }
        }
        for binding in map.bindings where binding.keys.isEmpty {
            warnings.append("[keys]: \(binding.action.rawValue) has no key left (its keys went to other actions)")
        }
        return (map, warnings)
    }
}

/// Names of keys, as the key map and the config write them.
public enum KeyName {
    static let named: Set<String> = [
        "Enter", "Esc", "Backspace", "Tab", "S-Tab", "Up", "Down", "Left", "Right", "PgUp", "PgDn",
        "Home", "End", "Delete",
    ]

    public static func isValid(_ name: String) -> Bool {
        if named.contains(name) { return true }
        if name.count == 1, let scalar = name.unicodeScalars.first, scalar.value > 0x20, scalar.value != 0x7F {
            return true
        }
        if name.hasPrefix("C-"), name.count == 3, let c = name.last, c.isLetter, c.isLowercase { return true }
        if name.hasPrefix("F"), let n = Int(name.dropFirst()), (1...12).contains(n) { return true }
        return false
    }
}
