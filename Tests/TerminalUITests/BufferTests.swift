import TerminalUI
import Testing

@Suite struct BufferTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        let written = buffer.write("日本語", x: 0, y: 0)
        #expect(written == 5)
        #expect(buffer.lines == ["日本 "])
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[4, 0].symbol == " ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("日本", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.lines == [" x本"])
        buffer.write("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy "])
    }

    @Test func maxWidthClips() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        #expect(buffer.write("abcdef", x: 2, y: 0, maxWidth: 3) == 3)
        #expect(buffer.lines == ["  abc     "])
    }

    @Test func combiningMarksStayWithTheirBase() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("e\u{301}x", x: 0, y: 0)
        #expect(buffer.lines == ["e\u{301}x  "])
    }

    @Test func onlyChangedCellsAreReported() {
        var a = Buffer(size: Size(width: 10, height: 2))
        a.write("views 142", x: 0, y: 0)
        var b = a
        b.write("143", x: 6, y: 0)
        #expect(b.changedIndices(since: a) == [8])
        #expect(a.changedIndices(since: a).isEmpty)
        #expect(b.changedIndices(since: nil).count == 20)
        #expect(b.changedIndices(since: Buffer(size: Size(width: 5, height: 2))).count == 20)
    }

    @Test func testBackendCountsWhatEachFrameChanged() {
        var backend = TestBackend(size: Size(width: 4, height: 1))
        var frame = Buffer(size: Size(width: 4, height: 1))
        frame.write("ab", x: 0, y: 0)
        backend.draw(frame)
        backend.draw(frame)
        #expect(backend.changedCounts == [2, 0])
        #expect(backend.lines == ["ab"])
    }
}

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("日", 2), ("한", 2), ("🚀", 2), ("❤️", 2), ("e\u{301}", 1), ("Ａ", 2),
    ])
    func widths(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }
}

@Suite struct SanitizerTests {
    @Test(arguments: Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F) + [0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                                                         0x2066, 0x2067, 0x2068, 0x2069])
    func everyControlAndBidiOverrideBecomesThePlaceholder(code: Int) throws {
        let scalar = try #require(Unicode.Scalar(UInt32(code)))
        #expect(Sanitizer.clean("a\(Character(scalar))b") == "a\u{FFFD}b")
    }

    @Test func escapeSequencesCannotReachTheTerminal() {
        // CSI clear screen, OSC 0 (title), OSC 52 (clipboard), DCS.
        let hostile = "\u{1B}[2J\u{1B}]0;owned\u{07}\u{1B}]52;c;ZWNobw==\u{1B}\\\u{1B}Pq\u{1B}\\"
        let clean = Sanitizer.clean(hostile)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        var buffer = Buffer(size: Size(width: 40, height: 1))
        buffer.write(hostile, x: 0, y: 0)
        #expect(!buffer.cells.contains { $0.symbol.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test func asciiOnlyReplacesEverythingElse() {
        #expect(Sanitizer.clean("café 日本", placeholder: "?", asciiOnly: true) == "caf? ??")
    }

    @Test func plainTextIsUntouched() {
        #expect(Sanitizer.clean("/blog/hello-world?x=1") == "/blog/hello-world?x=1")
        #expect(Sanitizer.clean("Zürich 日本 🚀") == "Zürich 日本 🚀")
    }
}
