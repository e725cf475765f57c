import TerminalUI
import Testing

/// What the existing sanitiser tests did not reach: every escape-sequence family, the
/// invisible direction marks, invalid UTF-8, and the widths of the harder clusters.
@Suite struct SanitizerCoverageTests {
    static let placeholder = "\u{FFFD}"

    @Test(arguments: [
        ("\u{1B}]0;title\u{07}", "\u{FFFD}]0;title\u{FFFD}"),            // OSC 0: window title
        ("\u{1B}]2;title\u{1B}\\", "\u{FFFD}]2;title\u{FFFD}\\"),        // OSC 2 with ST
        ("\u{1B}]52;c;aGk=\u{07}", "\u{FFFD}]52;c;aGk=\u{FFFD}"),        // OSC 52: clipboard
        ("\u{1B}[31mred\u{1B}[0m", "\u{FFFD}[31mred\u{FFFD}[0m"),        // CSI SGR
        ("\u{9B}2J", "\u{FFFD}2J"),                                      // 8-bit CSI
        ("\u{1B}P1$r\u{1B}\\", "\u{FFFD}P1$r\u{FFFD}\\"),                // DCS
        ("\u{90}q\u{9C}", "\u{FFFD}q\u{FFFD}"),                          // 8-bit DCS and ST
        ("\u{1B}]8;;http://x\u{07}link", "\u{FFFD}]8;;http://x\u{FFFD}link"),  // OSC 8 hyperlink
        ("\u{1B}c", "\u{FFFD}c"),                                        // RIS: full reset
        ("\u{1B}_apc\u{1B}^pm\u{1B}Xsos", "\u{FFFD}_apc\u{FFFD}^pm\u{FFFD}Xsos"),
        ("a\r\nb", "a\u{FFFD}b"),                                        // CR LF is one cluster
        ("\u{1B}\u{301}", "\u{FFFD}\u{301}"),                            // a mark cannot hide ESC
    ])
    func escapeSequencesBecomeVisiblePlaceholders(hostile: String, shown: String) {
        #expect(Sanitizer.clean(hostile) == shown)
    }

    @Test(arguments: [0x200E, 0x200F, 0x061C])
    func invisibleDirectionMarksAreShown(code: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(code))
        #expect(Sanitizer.clean("a\(Character(scalar))b") == "a\u{FFFD}b")
    }

    @Test(arguments: [
        [0x61, 0xFF, 0x62],          // a byte that is never UTF-8
        [0x61, 0xC0, 0x9B, 0x62],    // an overlong encoding of ESC-like CSI
        [0x61, 0x9B, 0x62],          // a raw 8-bit CSI byte
        [0x61, 0xE6, 0x97, 0x62],    // a truncated three-byte character
        [0x61, 0xED, 0xA0, 0x80, 0x62],  // an encoded surrogate
    ] as [[UInt8]])
    func invalidUTF8IsReplacedAndCannotSmuggleControls(bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let clean = Sanitizer.clean(text)
        #expect(clean.hasPrefix("a") && clean.hasSuffix("b"))
        #expect(!clean.unicodeScalars.contains(where: Sanitizer.isUnsafe))
        #expect(clean.dropFirst().dropLast().allSatisfy { $0 == "\u{FFFD}" })
        #expect(Sanitizer.clean(text, placeholder: "?", asciiOnly: true).allSatisfy { $0 == "a" || $0 == "b" || $0 == "?" })
    }

    @Test func encodedC1ControlsAreCaughtToo() {
        let csi = String(decoding: [0xC2, 0x9B, 0x32, 0x4A] as [UInt8], as: UTF8.self)  // U+009B "2J"
        #expect(Sanitizer.clean(csi) == "\u{FFFD}2J")
    }

    @Test(arguments: [
        ("👩‍💻", 2), ("🇯🇵", 2), ("👍🏽", 2), ("1️⃣", 2), ("☺︎", 1), ("ᄀ", 2), ("가", 2), ("ｱ", 1),
        ("中", 2), ("𠀋", 2), ("a\u{200D}", 1), ("\u{200B}", 0), ("\u{0301}", 0), ("o\u{0308}\u{0304}", 1),
        ("\u{FFFD}", 1), ("Ω", 1), ("→", 1),
    ])
    func widthsOfHarderClusters(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }

    @Test func aWideCharacterAtTheClipEdgeBecomesABlankNotHalfAGlyph() {
        for width in 1...6 {
            var buffer = Buffer(size: Size(width: width, height: 1))
            let written = buffer.write("a日本🚀", x: 0, y: 0)
            #expect(written <= width)
            for x in 0..<width where buffer[x, 0].width == 2 {
                #expect(x + 1 < width && buffer[x + 1, 0].isContinuation)
            }
        }
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("a日本", x: 0, y: 0)
        #expect(buffer.lines == ["a日 "])
    }

    @Test func sanitisedTextKeepsItsWidthInTheBuffer() {
        let hostile = "ok\u{1B}[2J日\u{7}"
        var buffer = Buffer(size: Size(width: 20, height: 1))
        let written = buffer.write(hostile, x: 0, y: 0)
        #expect(written == TextWidth.of(Sanitizer.clean(hostile)))
        #expect(buffer.lines == ["ok\u{FFFD}[2J日\u{FFFD}".padding(20)])
    }
}
