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
        #expect(Self.names.count >= 6)
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

    @Test func aTrueColourThemeStaysReadableWhenDegraded() throws {
        let theme = try Self.load("solarized-dark")
        for depth in [ColorDepth.palette256, .ansi16] {
            for (role, look) in theme.looks {
                // Text never degrades into its own background.
                #expect(look.foreground.degraded(to: depth) != look.background.degraded(to: depth), "\(role) at \(depth)")
            }
        }
    }
}
