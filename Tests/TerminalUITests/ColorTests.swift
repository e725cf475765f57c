@testable import TerminalUI
import Testing

@Suite struct ColorTests {
    @Test(arguments: [
        ("default", TerminalColor.default), ("cyan", .cyan), ("bright-black", .brightBlack), ("7", .white),
        ("208", .indexed(208)), ("#ff8700", .rgb(255, 135, 0)), ("#FF8700", .rgb(255, 135, 0)),
    ])
    func themeFilesSpellColoursFourWays(name: String, color: TerminalColor) {
        #expect(TerminalColor(name: name) == color)
    }

    @Test(arguments: ["256", "-1", "+5", "#ff870", "#gg0000", "#+12345", "orange", "٣"])
    func badColoursAreRefused(name: String) {
        #expect(TerminalColor(name: name) == nil)
    }

    @Test func namesRoundTrip() {
        for color in [TerminalColor.default, .brightMagenta, .indexed(17), .rgb(1, 2, 255)] {
            #expect(TerminalColor(name: color.name) == color)
        }
    }

    @Test func depthComesFromColorsAndColorterm() {
        #expect(ColorDepth.detect(colors: 8, environment: [:]) == .ansi8)
        #expect(ColorDepth.detect(colors: 16, environment: [:]) == .ansi16)
        #expect(ColorDepth.detect(colors: 256, environment: [:]) == .palette256)
        #expect(ColorDepth.detect(colors: 256, environment: ["COLORTERM": "truecolor"]) == .trueColor)
        #expect(ColorDepth.detect(colors: 256, environment: ["COLORTERM": "24bit"]) == .trueColor)
        #expect(ColorDepth.detect(colors: 1 << 24, environment: [:]) == .trueColor)
        #expect(ColorDepth.detect(colors: 2, environment: ["COLORTERM": "truecolor"]) == .none)
        #expect(ColorDepth.detect(colors: -1, environment: [:]) == .none)
    }

    @Test func trueColourDegradesToTheNearestPaletteColour() {
        #expect(TerminalColor.rgb(255, 0, 0).degraded(to: .palette256) == .indexed(196))
        #expect(TerminalColor.rgb(255, 135, 0).degraded(to: .palette256) == .indexed(208))
        #expect(TerminalColor.rgb(128, 128, 128).degraded(to: .palette256) == .indexed(244))
        #expect(TerminalColor.rgb(30, 30, 30).degraded(to: .palette256) == .indexed(234))
        #expect(TerminalColor.rgb(255, 0, 0).degraded(to: .ansi16) == .brightRed)
        #expect(TerminalColor.rgb(200, 0, 0).degraded(to: .ansi16) == .red)
        #expect(TerminalColor.rgb(255, 0, 0).degraded(to: .ansi8) == .red)
        #expect(TerminalColor.rgb(30, 30, 200).degraded(to: .ansi16) == .blue)
        #expect(TerminalColor.rgb(1, 2, 3).degraded(to: .trueColor) == .rgb(1, 2, 3))
    }

    @Test func paletteColoursDegradeTo16And8() {
        #expect(TerminalColor.indexed(208).degraded(to: .palette256) == .indexed(208))
        #expect(TerminalColor.indexed(196).degraded(to: .ansi16) == .brightRed)
        #expect(TerminalColor.indexed(232).degraded(to: .ansi16) == .black)
        #expect(TerminalColor.indexed(250).degraded(to: .ansi16) == .white)
        #expect(TerminalColor.brightCyan.degraded(to: .ansi8) == .cyan)
        #expect(TerminalColor.brightCyan.degraded(to: .ansi16) == .brightCyan)
        #expect(TerminalColor.cyan.degraded(to: .none) == .default)
        #expect(TerminalColor.default.degraded(to: .ansi8) == .default)
    }

    @Test func everyPaletteEntryMapsBackToItself() {
        for index in UInt8(16)...255 {
            let rgb = XtermPalette.rgb(index)
            let back = XtermPalette.nearest256(rgb)
            #expect(XtermPalette.rgb(back) == rgb, "entry \(index)")
        }
    }

    @Test func ansiExportWritesEachDepthsSequences() {
        let look = RoleLook(foreground: .rgb(255, 135, 0), background: .indexed(17))
        #expect(TextExport.sgr(look) == "\u{1B}[0;38;2;255;135;0;48;5;17m")
        #expect(TextExport.sgr(look, depth: .palette256) == "\u{1B}[0;38;5;208;48;5;17m")
        // Orange is nearest the plain yellow, navy nearest black.
        #expect(TextExport.sgr(look, depth: .ansi16) == "\u{1B}[0;33;40m")
        #expect(TextExport.sgr(RoleLook(foreground: .brightWhite, background: .red)) == "\u{1B}[0;97;41m")
    }

    @Test func themesAcceptPaletteAndTrueColourValues() throws {
        let text = Role.allCases.map { "\($0.rawValue) = \"#ff8700 on 236 bold\"" }.joined(separator: "\n")
        let theme = try ThemeParser.parse(text, name: "t")
        #expect(theme.looks[.accent] == RoleLook(foreground: .rgb(255, 135, 0), background: .indexed(236), bold: true))
        // A # inside quotes is a colour; outside, a comment.
        let commented = text + "\naccent = \"#00ff00\"  # green, # twice"
        #expect(try ThemeParser.parse(commented, name: "t").looks[.accent] == RoleLook(foreground: .rgb(0, 255, 0)))
    }

    @Test func svgUsesTheRealColourOfPaletteAndTrueColourValues() {
        #expect(Palette.dark.hex(.indexed(208), isForeground: true) == "#ff8700")
        #expect(Palette.dark.hex(.rgb(1, 2, 3), isForeground: false) == "#010203")
        #expect(Palette.dark.hex(.red, isForeground: true) == "#cd3131")
    }
}
