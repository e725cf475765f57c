@testable import CursesBackend
import Testing

/// The terminal's key reader assembles characters from bytes itself: a stray byte costs
/// only itself, never the keys after it, and a character split across reads still arrives.
@Suite struct UTF8InputTests {
    func characters(_ bytes: [UInt8], into input: inout UTF8Input) -> String {
        String(String.UnicodeScalarView(bytes.compactMap { input.feed($0) }))
    }

    func characters(_ bytes: [UInt8]) -> String {
        var input = UTF8Input()
        return characters(bytes, into: &input)
    }

    @Test func invalidBytesNeverSwallowTheKeysAfterThem() {
        // The burst of the end-to-end test: only "(" and "q" are characters.
        #expect(characters([0xFF, 0xFE, 0xC3, 0x28, 0x80, 0x71]) == "(q")
        #expect(characters([0xC3, 0x71]) == "q", "a sequence cut short by a key")
        #expect(characters([0xE0, 0x80, 0x80, 0x71]) == "q", "an overlong form")
        #expect(characters([0xED, 0xA0, 0x80, 0x71]) == "q", "a surrogate")
        #expect(characters([0xF4, 0x90, 0x80, 0x80, 0x71]) == "q", "beyond U+10FFFF")
    }

    @Test func validCharactersOfEveryLength() {
        #expect(characters(Array("aé€😀".utf8)) == "aé€😀")
    }

    @Test func aCharacterSplitAcrossReadsArrives() {
        var input = UTF8Input()
        #expect(characters([0xF0, 0x9F], into: &input) == "")
        #expect(characters([0x98, 0x80], into: &input) == "😀")
    }

    @Test func aFunctionKeyInTheMiddleDropsTheSequence() {
        var input = UTF8Input()
        #expect(characters([0xC3], into: &input) == "")
        input.reset()
        #expect(characters([0xA9, 0x71], into: &input) == "q")
    }
}
