import TerminalUI
import Testing

/// Buffer.write takes a fast path for ASCII (whole strings, and ASCII runs inside mixed
/// text); these pin down that it draws exactly what the general path would.
@Suite struct BufferWriteTests {
    @Test func asciiOverWideCharactersRepairsBothEnds() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        buffer.write("日本語日", x: 0, y: 0)
        #expect(buffer.write("abcd", x: 1, y: 0) == 4)  // starts on 日's second half, ends on 語's first
        #expect(buffer.lines == [" abcd 日"])
        #expect(!buffer[5, 0].isContinuation && buffer[6, 0].width == 2 && buffer[7, 0].isContinuation)
    }

    @Test func asciiClipsAtBothEdgesAndCountsLikeTheGeneralPath() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        #expect(buffer.write("abcdef", x: -2, y: 0, maxWidth: 5) == 5)
        #expect(buffer.lines == ["cde   "])
        #expect(buffer.write("xyz", x: 4, y: 0) == 2)
        #expect(buffer.lines == ["cde xy"])
        #expect(buffer.write("zz", x: 2, y: 0, maxWidth: 0) == 0)
        // Wholly left of the screen: nothing drawn, the columns still advance as on screen.
        #expect(buffer.write("zz", x: -5, y: 0) == 2)
        #expect(buffer.lines == ["cde xy"])
    }

    @Test func mixedTextKeepsClustersThatStartWithAsciiWhole() {
        var buffer = Buffer(size: Size(width: 12, height: 1))
        let written = buffer.write("ab\u{301}c日e\u{308}…z", x: 0, y: 0)
        #expect(written == 8)
        #expect(buffer[1, 0].symbol == "b\u{301}" && buffer[2, 0].symbol == "c")
        #expect(buffer[3, 0].width == 2 && buffer[5, 0].symbol == "e\u{308}" && buffer[6, 0].symbol == "…")
        #expect(buffer.lines == ["ab\u{301}c日e\u{308}…z    "])
    }
}
