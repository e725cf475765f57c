import Testing
@testable import LaunchdeckConfig

/// No message about a config can carry a control or bidi character to the terminal.
@Suite struct VisibleTests {
    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { Visible.isHidden($0) && $0 != "\n" && $0 != "\t" }
    }

    @Test func escapesHiddenCharacters() {
        #expect(Visible.text("a\u{1B}[31mb\u{202E}c\u{9B}") == "a\\u{1B}[31mb\\u{202E}c\\u{9B}")
        #expect(Visible.text("line\nnext", keeping: ["\n"]) == "line\nnext")
        #expect(Visible.text("plain é 🚀") == "plain é 🚀")
    }

    @Test func unknownKeyWithAnEscapeIsShownEscaped() throws {
        let messages = try warnings("[ui]\n\"\\u001b]0;owned\\u0007\" = 1")
        #expect(messages == ["config.toml: line 2: unknown key `\\u{1B}]0;owned\\u{7}` in [ui] is ignored"])
    }

    @Test func echoedValuesAreEscaped() {
        let choice = loadError("[ui]\nnotifications = \"\\u001b[2J\"")?.message ?? ""
        #expect(choice.contains("found \"\\u{1B}[2J\""))
        #expect(Self.isClean(choice))
        let duration = loadError("[ui]\n[tinylytics]\nrefresh = \"\\u009b5m\"")?.message ?? ""
        #expect(duration.contains("found \"\\u{9B}5m\""))
        #expect(Self.isClean(duration))
        let site = loadError("", environment: ["TINYLYTICS_SITE_ID": "1\n\u{1B}[2J"])?.message ?? ""
        #expect(site == "TINYLYTICS_SITE_ID: expected a site id (a whole number above 0, from GET /sites), found \"1\\u{A}\\u{1B}[2J\"")
    }

    @Test func duplicateKeyWithABidiOverrideIsEscaped() {
        let message = loadError("\"a\\u202Eb\" = 1\n\"a\\u202Eb\" = 2")?.message ?? ""
        #expect(message.hasPrefix("config.toml: line 2, column 1: duplicate key `a\\u{202E}b` (first set on line 1)"))
        #expect(Self.isClean(message))
    }

    @Test func bidiCharacterInTheExcerptIsAQuestionMark() {
        #expect(loadError("a = \"x\u{202E}\" 1")?.message == """
            config.toml: line 1, column 10: expected the end of the line (one key = value per line), found `1`
                a = "x?" 1
                         ^
            """)
    }
}
