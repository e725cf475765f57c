import Foundation
import LaunchdeckConfig
import LaunchdeckApp
import LaunchdeckTesting
import TerminalUI
import Testing

@Suite struct ThemeLoaderTests {
    /// As if the binary were the project's debug build.
    let executable = PackagePaths.root.appendingPathComponent(".build/debug/launchdeck")

    @Test(arguments: ["default", "light", "ansi", "high-contrast", "monochrome"])
    func everyShippedThemeLoadsWithEveryRole(name: String) throws {
        let theme = try ThemeLoader.load(name: name, environment: [:], executable: executable)
        #expect(theme.name == name)
        #expect(Set(theme.looks.keys) == Set(Role.allCases))
    }

    @Test func theShippedFilesMatchTheBuiltInFallbacks() throws {
        #expect(try ThemeLoader.load(name: "default", environment: [:], executable: executable) == .default)
        #expect(try ThemeLoader.load(name: "monochrome", environment: [:], executable: executable) == .monochrome)
        #expect(Theme.monochrome.isMonochrome)
        #expect(try ThemeLoader.load(name: "ansi", environment: [:], executable: executable).isMonochrome == false)
    }

    @Test func noColorMeansMonochromeUnlessAThemeIsNamed() throws {
        #expect(try ThemeLoader.load(name: nil, environment: ["NO_COLOR": "1"], executable: executable).name == "monochrome")
        #expect(try ThemeLoader.load(name: nil, environment: ["NO_COLOR": ""], executable: executable).name == "default")
    }

    @Test func aUsersOwnThemeIsFoundInXDGConfig() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("ld-themes-\(UUID().uuidString)")
        let folder = config.appendingPathComponent("launchdeck/themes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        let text = Role.allCases.map { "\($0.rawValue) = \"magenta\"" }.joined(separator: "\n")
        try text.write(to: folder.appendingPathComponent("mine.theme"), atomically: true, encoding: .utf8)
        let theme = try ThemeLoader.load(name: "mine", environment: ["XDG_CONFIG_HOME": config.path], executable: executable)
        #expect(theme.looks[.text]?.foreground == .magenta)
        #expect(ThemeLoader.available(environment: ["XDG_CONFIG_HOME": config.path], executable: executable)
                    .contains("mine"))
    }

    /// scripts/install.sh puts PREFIX/bin/launchdeck beside PREFIX/share/launchdeck/themes,
    /// far from any project: the installed themes are found there, and not without them.
    @Test func anInstalledBinaryFindsTheThemesInstalledBesideIt() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("ld-prefix-\(UUID().uuidString)")
        let themes = prefix.appendingPathComponent("share/launchdeck/themes")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: prefix) }
        let installed = prefix.appendingPathComponent("bin/launchdeck")
        #expect(throws: ConfigError.self) {
            try ThemeLoader.load(name: "light", environment: [:], executable: installed)
        }
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        let shipped = PackagePaths.root.appendingPathComponent("themes/light.theme")
        try FileManager.default.copyItem(at: shipped, to: themes.appendingPathComponent("light.theme"))
        let theme = try ThemeLoader.load(name: "light", environment: [:], executable: installed)
        #expect(theme == (try ThemeLoader.load(name: "light", environment: [:], executable: executable)))
        #expect(ThemeLoader.available(environment: [:], executable: installed) == ["default", "light", "monochrome"])
    }

    @Test func unknownAndMalformedThemesSayWhatToDo() throws {
        #expect {
            try ThemeLoader.load(name: "nope", environment: [:], executable: executable)
        } throws: { error in
            String(describing: error).hasPrefix("no theme \"nope\"; available: ansi, default, high-contrast, light, monochrome.")
        }
        #expect(throws: ConfigError.self) {
            try ThemeLoader.load(name: "../etc/passwd", environment: [:], executable: executable)
        }
    }
}
