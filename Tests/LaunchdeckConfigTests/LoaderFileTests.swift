import Foundation
import Testing
@testable import LaunchdeckConfig

/// The default path, missing files, permissions: against real files in a temporary directory.
@Suite struct LoaderFileTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("launchdeck-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func write(_ text: String, to name: String, mode: Int) throws -> String {
        let path = directory + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test func defaultPathPrefersXDGConfigHome() {
        #expect(ConfigLoader.defaultPath(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"])
                == "/x/cfg/launchdeck/config.toml")
        #expect(ConfigLoader.defaultPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u/"])
                == "/home/u/.config/launchdeck/config.toml")
        #expect(ConfigLoader.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.config/launchdeck/config.toml")
        #expect(ConfigLoader.defaultPath(environment: [:]) == nil)
    }

    @Test func missingDefaultFileIsNoConfig() throws {
        let loaded = try ConfigLoader.load(path: nil, environment: ["XDG_CONFIG_HOME": directory, "TAPLYTICS_API_TOKEN": "t"])
        #expect(loaded.path == nil)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.config.taplytics.apiToken?.reveal() == "t")
    }

    @Test func defaultFileIsRead() throws {
        let path = try write("[ui]\ntheme = \"light\"", to: "launchdeck/config.toml", mode: 0o644)
        let loaded = try ConfigLoader.load(path: nil, environment: ["XDG_CONFIG_HOME": directory])
        #expect(loaded.path == path)
        #expect(loaded.config.ui.theme == "light")
        #expect(loaded.warnings.isEmpty)
    }

    /// The message loading `path` fails with, or nil when it loads.
    func failure(_ path: String) -> String? {
        do {
            _ = try ConfigLoader.load(path: path, environment: [:])
            return nil
        } catch {
            return error.message
        }
    }

    @Test func missingExplicitFileIsAnError() {
        #expect(failure(directory + "/nope.toml") == "\(directory)/nope.toml: no such config file")
    }

    @Test func directoryIsNotAConfigFile() {
        #expect(failure(directory) == "\(directory): not a file")
    }

    @Test func fileThatIsNotUTF8NamesTheLine() throws {
        let path = directory + "/latin1.toml"
        try Data("[ui]\ntheme = \"caf".utf8 + [0xE9, 0x22, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(failure(path) == "\(path): line 2: the config file is not UTF-8 text")
    }

    @Test func secretsInAFileOthersCanReadGiveTheChmodToRun() throws {
        let path = try write("[tinylytics]\napi_key = \"tly-ro-abc\"", to: "open.toml", mode: 0o644)
        let loaded = try ConfigLoader.load(path: path, environment: [:])
        #expect(loaded.warnings.map(\.message) == [
            "\(path): holds secrets (`api_key` in [tinylytics]) and can be read by group or others (mode 644); "
                + "run: chmod 600 \(path)",
        ])
        #expect(!loaded.warnings.map(\.message).joined().contains("tly-ro-abc"))
    }

    @Test func privateFileOrNoSecretsGiveNoWarning() throws {
        let secret = try write("[tinylytics]\napi_key = \"tly-ro-abc\"", to: "private.toml", mode: 0o600)
        #expect(try ConfigLoader.load(path: secret, environment: [:]).warnings.isEmpty)
        let command = try write("[tinylytics]\napi_key_command = \"echo k\"", to: "command.toml", mode: 0o644)
        #expect(try ConfigLoader.load(path: command, environment: ["PATH": "/bin:/usr/bin"]).warnings.isEmpty)
    }

    @Test func chmodSuggestionQuotesAnAwkwardPath() throws {
        let path = try write("[taplytics]\napi_token = \"t\"", to: "my config's.toml", mode: 0o640)
        let message = try ConfigLoader.load(path: path, environment: [:]).warnings.first?.message ?? ""
        #expect(message.hasSuffix("(mode 640); run: chmod 600 '\(directory)/my config'\\''s.toml'"))
    }

    @Test func secretOverriddenByTheEnvironmentStillCountsAsInTheFile() throws {
        let path = try write("[taplytics]\napi_token = \"t\"", to: "overridden.toml", mode: 0o604)
        let messages = try ConfigLoader.load(path: path, environment: ["TAPLYTICS_API_TOKEN": "env"]).warnings.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.last?.hasSuffix("(mode 604); run: chmod 600 \(path)") == true)
    }
}
