import Testing
@testable import LaunchdeckConfig

@Suite struct TOMLParserTests {
    @Test func readsTablesKeysAndScalars() throws {
        let root = try parse("""
            # a comment
            title = "launch" # trailing comment
            [server]
            port = 8_080
            ratio = 0.25
            big = 1e3
            on = true
            [server.tls]
            "quoted key" = 'C:\\path'
            a.b.c = -1
            """)
        #expect(value(root, "title")?.string == "launch")
        #expect(value(root, "server.port")?.integer == 8080)
        #expect(value(root, "server.ratio")?.float == 0.25)
        #expect(value(root, "server.big")?.float == 1000)
        #expect(value(root, "server.on")?.boolean == true)
        #expect(value(root, "server.tls.quoted key")?.string == "C:\\path")
        #expect(value(root, "server.tls.a.b.c")?.integer == -1)
    }

    @Test func readsEscapes() throws {
        let root = try parse(#"s = "a\"b\\c\nd\te\u00e9\U0001F680""#)
        #expect(value(root, "s")?.string == "a\"b\\c\nd\te\u{e9}\u{1F680}")
    }

    @Test func readsIntegerForms() throws {
        let root = try parse("a = +17\nb = -0\nc = 0xff\nd = 0o17\ne = 0b101\nf = 1_000_000")
        #expect(value(root, "a")?.integer == 17)
        #expect(value(root, "b")?.integer == 0)
        #expect(value(root, "c")?.integer == 255)
        #expect(value(root, "d")?.integer == 15)
        #expect(value(root, "e")?.integer == 5)
        #expect(value(root, "f")?.integer == 1_000_000)
    }

    @Test func readsFloatForms() throws {
        let root = try parse("a = -3.5e-2\nb = inf\nc = -inf\nd = nan\ne = 6.02E+23")
        #expect(value(root, "a")?.float == -0.035)
        #expect(value(root, "b")?.float == .infinity)
        #expect(value(root, "c")?.float == -.infinity)
        #expect(value(root, "d")?.float?.isNaN == true)
        #expect(value(root, "e")?.float == 6.02e23)
    }

    @Test func readsMultiLineArraysWithTrailingCommaAndComments() throws {
        let root = try parse("""
            keys = [
              "q",   # quit
              "ctrl-c",
            ]
            nested = [[1, 2], ["x"]]
            empty = []
            """)
        #expect(value(root, "keys")?.items?.compactMap(\.kind.string) == ["q", "ctrl-c"])
        #expect(value(root, "nested")?.items?.count == 2)
        #expect(value(root, "empty")?.items?.isEmpty == true)
    }

    @Test func readsInlineTables() throws {
        let root = try parse(#"point = { x = 1, y.z = "two" }"# + "\nnone = {}")
        #expect(value(root, "point.x")?.integer == 1)
        #expect(value(root, "point.y.z")?.string == "two")
        guard case .table(let none)? = value(root, "none") else { Issue.record("not a table"); return }
        #expect(none.entries.isEmpty)
    }

    @Test func readsArraysOfTables() throws {
        let root = try parse("""
            [[alerts]]
            kind = "site_down"
            [[alerts]]
            kind = "hits_drop"
            [alerts.extra]
            note = "belongs to the second"
            """)
        let items = try #require(value(root, "alerts")?.items)
        #expect(items.count == 2)
        #expect(value(root, "alerts.kind")?.string == "hits_drop")
        #expect(value(root, "alerts.extra.note")?.string == "belongs to the second")
        #expect(items.map(\.position.line) == [1, 3])
    }

    @Test func readsMultiLineStrings() throws {
        let root = try parse("""
            a = \"\"\"
            one
            two \\
               three\"\"\"
            b = '''
            raw \\n stays'''
            c = \"\"\"ends with quotes\"\"\"\"\"
            """)
        #expect(value(root, "a")?.string == "one\ntwo three")
        #expect(value(root, "b")?.string == "raw \\n stays")
        #expect(value(root, "c")?.string == "ends with quotes\"\"")
    }

    @Test func acceptsCRLFAndByteOrderMark() throws {
        let root = try parse("\u{FEFF}[ui]\r\nbell = false\r\n")
        #expect(value(root, "ui.bell")?.boolean == false)
    }

    @Test func implicitTableMayBeDefinedLater() throws {
        let root = try parse("[a.b]\nx = 1\n[a]\ny = 2")
        #expect(value(root, "a.b.x")?.integer == 1)
        #expect(value(root, "a.y")?.integer == 2)
    }

    @Test func recordsKeyPositions() throws {
        let root = try parse("\n\n[ui]\n  theme = \"light\"")
        guard case .table(let ui)? = value(root, "ui") else { Issue.record("no [ui]"); return }
        #expect(ui["theme"]?.keyPosition == TOMLPosition(line: 4, column: 3))
        #expect(ui["theme"]?.value.position == TOMLPosition(line: 4, column: 11))
    }
}
