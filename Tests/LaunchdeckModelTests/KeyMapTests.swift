import LaunchdeckModel
import Testing

@Suite struct KeyMapTests {
    @Test func everyActionHasAKeyAndNoKeyIsBoundTwice() {
        let map = KeyMap.standard
        #expect(Set(map.bindings.map(\.action)) == Set(Action.allCases))
        let keys = map.bindings.flatMap(\.keys)
        #expect(keys.count == Set(keys).count, "a key bound to two actions: \(keys)")
        #expect(keys.allSatisfy(KeyName.isValid))
    }

    @Test func issueKeysAreBound() {
        let map = KeyMap.standard
        let expected: [(String, Action)] = [
            ("Enter", .open), ("Esc", .back), ("Backspace", .back), ("h", .back), ("Tab", .nextPane),
            ("S-Tab", .previousPane), ("1", .pane1), ("4", .pane4), ("j", .down), ("k", .up), ("Up", .up),
            ("PgDn", .pageDown), ("Home", .home), ("End", .end), ("/", .filter), (":", .command), ("r", .refresh),
            ("R", .refreshAll), ("z", .zoom), ("f", .freeze), ("?", .help), ("q", .quit),
        ]
        for (key, action) in expected { #expect(map.action(for: key) == action, "\(key)") }
        #expect(map.action(for: "x") == nil)
    }

    @Test func overridesMoveKeysAndReportMistakes() {
        let (map, warnings) = KeyMap.standard.overridden(by: [
            "quit": ["x", "C-q"], "refresh": ["q"], "zoomm": ["Z"], "freeze": ["Ctrl+F"],
        ])
        #expect(map.keys(for: .quit) == ["x", "C-q"])
        #expect(map.action(for: "q") == .refresh)
        #expect(map.action(for: "r") == nil)
        #expect(map.keys(for: .freeze) == ["f"], "an unusable key keeps the default")
        #expect(warnings.contains { $0.contains("unknown action \"zoomm\"") })
        #expect(warnings.contains { $0.contains("\"Ctrl+F\" is not a key name") })
    }

    @Test func keyNames() {
        for good in ["q", "?", "é", "C-r", "F1", "F12", "S-Tab", "PgDn"] { #expect(KeyName.isValid(good), "\(good)") }
        for bad in ["", " ", "C-", "C-R", "F13", "Ctrl+F", "ab", "\u{1B}"] { #expect(!KeyName.isValid(bad), "\(bad)") }
    }
}
