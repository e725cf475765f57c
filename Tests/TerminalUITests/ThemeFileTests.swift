import Foundation
import TerminalUI
import Testing

/// The shipped theme files: each parses with every role, and each keeps its promise.
@Suite struct ThemeFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    static func load(_ name: String) throws -> Theme {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".theme"), encoding: .utf8)
        return try ThemeParser.parse(text, name: name)
    }

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }.sorted()
    }

    @Test func everyThemeFileParses() throws {
        #expect(Self.names.count >= 5)
        for name in Self.names {
            #expect(Set(try Self.load(name).looks.keys) == Set(Role.allCases), "\(name)")
        }
    }

    @Test(arguments: ["default", "ansi", "light", "high-contrast", "monochrome"])
    func paletteThemesUseOnlyThe16Colours(name: String) throws {
        // These follow the user's terminal scheme: no 256-palette or 24-bit value.
        for look in try Self.load(name).looks.values {
            for color in [look.foreground, look.background] {
                switch color {
                case .default, .ansi: continue
                case .indexed, .rgb: Issue.record("\(name) uses \(color.name)")
                }
            }
        }
    }

    /// A 24-bit theme a user might write (Solarized on its own background).
    static let solarized = """
        # launchdeck theme "solarized-dark": Ethan Schoonover's Solarized palette in 24-bit colour,
        # on its own dark background. On a terminal without true colour each value becomes the
        # nearest of the 256-colour palette, or of the 16 colours (see default.theme's format).

        text      = "#839496 on #002b36"
        muted     = "#586e75 on #002b36"
        accent    = "#268bd2 on #002b36"
        good      = "#859900 on #002b36"
        warning   = "#b58900 on #002b36 bold"
        bad       = "#dc322f on #002b36 bold"
        selection = "#002b36 on #93a1a1"
        border    = "#586e75 on #002b36"
        title     = "#93a1a1 on #002b36 bold"
        """

    @Test func aTrueColourThemeStaysReadableWhenDegraded() throws {
        let theme = try ThemeParser.parse(Self.solarized, name: "solarized-dark")
        for depth in [ColorDepth.palette256, .ansi16] {
            for (role, look) in theme.looks {
                // Text never degrades into its own background.
                #expect(look.foreground.degraded(to: depth) != look.background.degraded(to: depth), "\(role) at \(depth)")
            }
        }
    }
}
