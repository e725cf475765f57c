#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckConfig
import TerminalUI

/// Finds a theme by name: `themes/NAME.theme` in the project the binary was built from,
/// then in `share/launchdeck/themes` beside an installed binary's `bin` (scripts/install.sh),
/// then `$XDG_CONFIG_HOME/launchdeck/themes/NAME.theme` (default `~/.config`). `default`
/// always exists (built in). With NO_COLOR set and no theme asked for, `monochrome`.
public enum ThemeLoader {
    public static func load(name requested: String?, environment: [String: String],
                            executable: URL = ThemeLoader.runningExecutable) throws(ConfigError) -> Theme {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let name = requested ?? (noColor ? "monochrome" : "default")
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
            throw ConfigError(message: "theme names are letters, digits, - and _: \(name.prefix(40).debugDescription)")
        }
        let folders = directories(environment: environment, executable: executable)
        for folder in folders {
            let file = folder.appendingPathComponent(name + ".theme")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            do {
                return try ThemeParser.parse(text, name: name)
            } catch {
                throw ConfigError(message: "\(file.path), \(error.description)")
            }
        }
        if name == "default" { return .default }
        if name == "monochrome" { return .monochrome }
        let known = available(environment: environment, executable: executable).joined(separator: ", ")
        throw ConfigError(message: "no theme \(name.debugDescription); available: \(known). "
                                 + "A theme is a file NAME.theme in " + folders.map(\.path).joined(separator: " or "))
    }

    /// This process's binary, whatever directory it was started from (argv[0] may be a
    /// bare name found on PATH).
    public static var runningExecutable: URL {
        let proc = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: proc.path) { return proc.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "")
    }

    /// Every theme name found, sorted, `default` included.
    public static func available(environment: [String: String], executable: URL) -> [String] {
        var names: Set<String> = ["default", "monochrome"]
        for folder in directories(environment: environment, executable: executable) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files where file.hasSuffix(".theme") { names.insert(String(file.dropLast(".theme".count))) }
        }
        return names.sorted()
    }

    static func directories(environment: [String: String], executable: URL) -> [URL] {
        var folders: [URL] = []
        // The project holding the binary (.build/debug/launchdeck → the folder with Package.swift).
        let binary = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        var folder = binary
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                folders.append(folder.appendingPathComponent("themes"))
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        // An installed binary: PREFIX/bin/launchdeck and PREFIX/share/launchdeck/themes.
        let installed = binary.deletingLastPathComponent().appendingPathComponent("share/launchdeck/themes")
        if FileManager.default.fileExists(atPath: installed.path) { folders.append(installed) }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".config") }
        if let config { folders.append(config.appendingPathComponent("launchdeck/themes")) }
        return folders
    }
}
