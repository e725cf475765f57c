import LaunchdeckModel
import TerminalInput
import Testing

@Suite struct KeyMapTests {
    @Test func everyActionHasAKeyAndNoKeyIsBoundTwice() {
        let map = KeyMap.standard
        #expect(Set(map.bindings.map(\.action)) == Set(Action.allCases))
        let keys = map.bindings.flatMap(\.keys)
        #expect(keys.count == Set(keys).count, "a key bound to two actions: \(keys)")
        #expect(keys.allSatisfy { Key(name: $0.name) == $0 }, "every bound key can be named in the config")
    }

    @Test func issueKeysAreBound() {
        let map = KeyMap.standard
        let expected: [(Key, Action)] = [
            (.enter, .open), (.escape, .back), (.backspace, .back), (.character("h"), .back), (.tab, .nextPane),
            (.backTab, .previousPane), (.character("1"), .pane1), (.character("4"), .pane4), (.character("j"), .down),
            (.character("k"), .up), (.up, .up), (.pageDown, .pageDown), (.home, .home), (.end, .end),
            (.character("/"), .filter), (.character(":"), .command), (.character("r"), .refresh),
            (.character("R"), .refreshAll), (.character("z"), .zoom), (.character("f"), .freeze),
            (.character("?"), .help), (.function(1), .help), (.character("q"), .quit),
        ]
        for (key, action) in expected { #expect(map.action(for: key) == action, "\(key.name)") }
        #expect(map.action(for: .character("x")) == nil)
    }

    @Test func overridesMoveKeysAndReportMistakes() {
        let (map, warnings) = KeyMap.standard.overridden(by: [
            "quit": ["x", "C-q"], "refresh": ["q"], "zoomm": ["Z"], "freeze": ["Ctrl+F"],
        ])
        #expect(map.keys(for: .quit) == [.character("x"), .ctrl("q")])
        #expect(map.action(for: .character("q")) == .refresh)
        #expect(map.action(for: .character("r")) == nil)
        #expect(map.keys(for: .freeze) == [.character("f")], "an unusable key keeps the default")
        #expect(warnings.contains { $0.contains("unknown action \"zoomm\"") })
        #expect(warnings.contains { $0.contains("\"Ctrl+F\" is not a key name") })
    }

    @Test func keyNames() {
        let named: [(String, Key)] = [
            ("q", .character("q")), ("?", .character("?")), ("é", .character("é")), ("C-r", .ctrl("r")),
            ("F1", .function(1)), ("F12", .function(12)), ("S-Tab", .backTab), ("PgDn", .pageDown), ("Esc", .escape),
            ("Enter", .enter), ("Backspace", .backspace), ("Delete", .delete),
        ]
        for (name, key) in named {
            #expect(Key(name: name) == key, "\(name)")
            #expect(key.name == name, "\(name)")
        }
        for bad in ["", " ", "C-", "C-R", "F13", "F0", "Ctrl+F", "ab", "esc", "\u{1B}", "\u{7F}"] {
            #expect(Key(name: bad) == nil, "\(bad.debugDescription)")
        }
    }

    /// The README's key table and help show the names the config takes.
    @Test func markdownNamesKeysAsTheConfigDoes() {
        let table = KeyMap.standard.markdown
        #expect(table.contains("| `Esc` `Backspace` `h` | go back one screen (clears a filter first) |"))
        #expect(table.contains("| `?` `F1` | show this help |"))
        #expect(table.contains("| `S-Tab` | focus the previous pane |"))
    }
}
