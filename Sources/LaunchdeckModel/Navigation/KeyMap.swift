import TerminalInput

/// The one key map: handling and help both read it, so help cannot drift from what keys do.
///
/// Keys are typed; the config's names (`Key(name:)`) are read once, when the map is built.
public struct KeyMap: Sendable, Equatable {
    public struct Binding: Sendable, Equatable {
        public var action: Action
        public var keys: [Key]
    }

    /// In the order help lists them.
    public private(set) var bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    public static let standard = KeyMap(bindings: [
        .init(action: .open, keys: [.enter]),
        .init(action: .back, keys: [.escape, .backspace, .character("h")]),
        .init(action: .nextPane, keys: [.tab]),
        .init(action: .previousPane, keys: [.backTab]),
        .init(action: .pane1, keys: [.character("1")]),
        .init(action: .pane2, keys: [.character("2")]),
        .init(action: .pane3, keys: [.character("3")]),
        .init(action: .pane4, keys: [.character("4")]),
        .init(action: .up, keys: [.up, .character("k")]),
        .init(action: .down, keys: [.down, .character("j")]),
        .init(action: .pageUp, keys: [.pageUp]),
        .init(action: .pageDown, keys: [.pageDown]),
        .init(action: .home, keys: [.home, .character("g")]),
        .init(action: .end, keys: [.end, .character("G")]),
        .init(action: .filter, keys: [.character("/")]),
        .init(action: .command, keys: [.character(":")]),
        .init(action: .refresh, keys: [.character("r")]),
        .init(action: .refreshAll, keys: [.character("R")]),
        .init(action: .zoom, keys: [.character("z")]),
        .init(action: .freeze, keys: [.character("f")]),
        .init(action: .timeline, keys: [.character("t")]),
        .init(action: .stepBack, keys: [.character("[")]),
        .init(action: .stepForward, keys: [.character("]")]),
        .init(action: .play, keys: [.character("p")]),
        .init(action: .slower, keys: [.character("<")]),
        .init(action: .faster, keys: [.character(">")]),
        .init(action: .help, keys: [.character("?"), .function(1)]),
        .init(action: .quit, keys: [.character("q")]),
    ])

    /// The action a key triggers, if any.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The keys bound to an action, in the order they were given.
    public func keys(for action: Action) -> [Key] {
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
            var keys: [Key] = []
            for keyName in table[name] ?? [] {
                if let key = Key(name: keyName) {
                    keys.append(key)
                } else {
                    warnings.append("[keys] \(name): \"\(keyName)\" is not a key name (use e.g. \"x\", \"C-x\", \"Enter\", \"F2\")")
                }
            }
            guard !keys.isEmpty else {
                warnings.append("[keys] \(name): no usable key given; keeping \(map.keys(for: action).map(\.name).joined(separator: " "))")
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
