import Foundation
import TerminalUI
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct ExportTests {
    var buffer: Buffer {
        var b = Buffer(size: Size(width: 16, height: 3))
        Block(title: "<&> 日本").render(b.area, into: &b)
        b.write("\u{1B}]0;x\u{07}", x: 1, y: 1)
        return b
    }

    @Test func plainTextDropsTrailingSpaces() {
        #expect(TextExport.plain(buffer) == "┌ <&> 日本 ────┐\n│�]0;x�        │\n└──────────────┘\n")
    }

    @Test func ansiCarriesColoursButNoDataEscapes() {
        let ansi = TextExport.ansi(buffer, theme: .default)
        #expect(ansi.contains("\u{1B}[0;34m┌"))
        // Every ESC in the output starts one of our SGR sequences, none came from the data.
        let escapes = ansi.components(separatedBy: "\u{1B}").dropFirst()
        #expect(escapes.allSatisfy { $0.hasPrefix("[") && $0.contains("m") })
        #expect(!ansi.contains("]0;x\u{07}"))
    }

    @Test func svgIsWellFormedAndEscapesText() {
        let svg = SVGExport.render(buffer, theme: .default)
        #expect(svg.contains("&lt;&amp;"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }
}
