import Foundation
@testable import TerminalUI
import Testing

@Suite struct ThemeTests {
    /// themes/default.theme is the file users copy; the built-in default must equal it.
    @Test func defaultThemeFileMatchesTheBuiltInTheme() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("themes/default.theme"), encoding: .utf8)
        let theme = try ThemeParser.parse(text, name: "default")
        #expect(theme == Theme.default)
    }

    @Test func looksParseInAnyOrder() throws {
        let text = Role.allCases.map { "\($0.rawValue) = \"black on yellow bold\"" }.joined(separator: "\n")
        let theme = try ThemeParser.parse(text, name: "t")
        #expect(theme.looks[.warning] == RoleLook(foreground: .black, background: .yellow, bold: true))
    }

    @Test func mistakesNameTheLine() {
        #expect(throws: ThemeParser.Failure(line: 2, message: "unknown word `purple`")) {
            try ThemeParser.parse("text = \"default\"\nmuted = \"purple\"", name: "t")
        }
        #expect(throws: ThemeParser.Failure(line: 0, message: "missing roles: muted, accent, good, warning, bad, selection, border, title")) {
            try ThemeParser.parse("text = \"default\"", name: "t")
        }
    }
}
