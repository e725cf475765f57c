import Testing
@testable import LaunchdeckConfig

/// Whole error texts for malformed files: path, line, column, what was expected and
/// found, the line and a caret.
@Suite struct TOMLErrorTests {
    @Test func missingValue() {
        #expect(loadError("[tinylytics]\nsite_id =\n")?.message == """
            config.toml: line 2, column 10: expected a value (a "string", a number, true or false, an [array] or an {inline table}), found end of line
                site_id =
                         ^
            """)
    }

    @Test func unterminatedStringMasksTheSecret() {
        let error = loadError("[tinylytics]\napi_key = \"tly-ro-secret\n")
        #expect(error?.message == """
            config.toml: line 2, column 25: expected `"` to close the string opened on line 2, found end of line
                api_key = **************
                                        ^
            """)
        #expect(error?.line == 2)
        #expect(error?.column == 25)
    }

    @Test func unquotedSecretIsNotEchoed() {
        let message = loadError("[taplytics]\napi_token = abc123\n")?.message ?? ""
        #expect(message.hasPrefix("config.toml: line 2, column 13: expected a value"))
        #expect(message.contains("found an unquoted word; put text in quotes"))
        #expect(!message.contains("abc123"))
    }

    @Test func unquotedWordIsShownForOtherKeys() {
        #expect(loadError("[ui]\nbell = yes")?.message.contains("line 2, column 8: expected a value") == true)
        #expect(loadError("[ui]\nbell = yes")?.message.contains("found `yes`; put text in quotes") == true)
    }

    @Test func missingEquals() {
        #expect(loadError("[ui]\ntheme \"light\"")?.message == """
            config.toml: line 2, column 7: expected `=` after the key `theme`, found `"`
                theme "light"
                      ^
            """)
    }

    @Test func unclosedHeader() {
        #expect(loadError("[tinylytics\nrefresh = 30")?.message == """
            config.toml: line 1, column 12: expected `]` to close the [table] header, found end of line
                [tinylytics
                           ^
            """)
    }

    @Test func twoValuesOnALine() {
        #expect(loadError("[ui]\nbell = true false")?.message.hasPrefix(
            "config.toml: line 2, column 13: expected the end of the line (one key = value per line), found `f`") == true)
    }

    @Test func duplicateKey() {
        #expect(loadError("[ui]\ntheme = \"a\"\n\ntheme = \"b\"")?.message == """
            config.toml: line 4, column 1: duplicate key `theme` (first set on line 2)
                theme = "b"
                ^
            """)
    }

    @Test func duplicateTable() {
        #expect(loadError("[ui]\n[taplytics]\n[ui]")?.message.hasPrefix(
            "config.toml: line 3, column 2: table [ui] is defined twice (first on line 1)") == true)
    }

    @Test func unclosedArrayNamesWhereItOpened() {
        #expect(loadError("[keys]\nquit = [\"q\",\n  \"x\"\n")?.message.hasPrefix(
            "config.toml: line 4, column 1: expected `,` or `]` after an item of the array opened on line 2, found end of file") == true)
    }

    @Test func missingCommaInArray() {
        #expect(loadError("[keys]\nquit = [\"q\" \"x\"]")?.message.hasPrefix(
            "config.toml: line 2, column 13: expected `,` or `]` after an item of the array opened on line 2, found `\"`") == true)
    }

    @Test func badEscape() {
        #expect(loadError(#"a = "\q""#)?.message.hasPrefix(
            #"config.toml: line 1, column 6: expected an escape such as \" \\ \n \t or \uXXXX, found \q"#) == true)
    }

    @Test func datesAreRefusedByName() {
        #expect(loadError("a = 2026-11-23")?.message.hasPrefix(
            "config.toml: line 1, column 5: dates and times are not supported in this file; write the value as a \"string\"") == true)
    }

    @Test func badNumbers() {
        for (text, column) in [("a = 1__0", 5), ("a = 012", 5), ("a = 1.", 5), ("a = 0x_1", 5), ("a = +0x1", 5)] {
            #expect(loadError(text)?.message.hasPrefix("config.toml: line 1, column \(column): expected a number") == true,
                    "\(text)")
        }
        #expect(loadError("a = 99999999999999999999")?.message.contains("is out of range") == true)
    }

    @Test func controlCharacterIsRefusedAndNotEchoed() {
        let message = loadError("a = \"x\u{1B}[31m\"")?.message ?? ""
        #expect(message.hasPrefix("config.toml: line 1, column 7: control character U+001B is not allowed in a string"))
        #expect(!message.contains("\u{1B}"))
    }

    @Test func tabsStayUnderTheCaret() {
        #expect(loadError("[ui]\n\tbell = \"x")?.message == """
            config.toml: line 2, column 11: expected `"` to close the string opened on line 2, found end of file
                \tbell = "x
                \t         ^
            """)
    }

    @Test func valueThenHeaderConflict() {
        #expect(loadError("ui = 1\n[ui]")?.message.hasPrefix(
            "config.toml: line 2, column 2: `ui` is already an integer (line 1), so [ui] cannot be a table") == true)
    }

    @Test func inlineTableCannotBeExtended() {
        #expect(loadError("a = { b = 1 }\n[a.c]")?.message.hasPrefix(
            "config.toml: line 2, column 2: `a` is an inline table (line 1), which cannot be added to later") == true)
    }

    @Test func byteOrderMarkDoesNotShiftColumns() {
        #expect(loadError("\u{FEFF}x = ?")?.message == """
            config.toml: line 1, column 5: expected a value (a "string", a number, true or false, an [array] or an {inline table}), found `?`
                x = ?
                    ^
            """)
    }

    @Test func structuralConflicts() {
        let cases: [(String, String)] = [
            ("a = []\n[[a]]", "line 2, column 3: `a` is already an array (line 1), so [[a]] cannot add to it"),
            ("[[a]]\n[a]", "line 2, column 2: `a` is already an array of tables (line 1), so [a] cannot be a table"),
            ("a = 1\na.b = 2", "line 2, column 1: `a` is already an integer (line 1), not a table"),
            ("a.b = 1\n[a]", "line 2, column 2: table [a] is defined twice (first on line 1)"),
            ("x = { y = 1, y = 2 }", "line 1, column 14: duplicate key `y` (first set on line 1)"),
        ]
        for (text, expected) in cases {
            #expect(loadError(text)?.message.hasPrefix("config.toml: " + expected) == true, "\(text)")
        }
    }

    @Test func columnsIgnoreTheCarriageReturn() {
        #expect(loadError("[ui]\r\nbell = 1 2\r\n")?.message == """
            config.toml: line 2, column 10: expected the end of the line (one key = value per line), found `2`
                bell = 1 2
                         ^
            """)
    }

    @Test func loneCarriageReturnIsAnError() {
        #expect(loadError("a = 1\rb = 2")?.message.hasPrefix(
            "config.toml: line 1, column 6: expected the end of the line (one key = value per line), found control character U+000D") == true)
    }

    @Test func unclosedMultiLineString() {
        #expect(loadError("a = \"\"\"\nstill open\n")?.message.hasPrefix(
            "config.toml: line 3, column 1: expected `\"\"\"` to close the multi-line string opened on line 1, found end of file") == true)
    }
}
