import Foundation
import LaunchdeckTesting
import Testing

/// The config as a user meets it on the command line: a bad file stops with its line and
/// column before the screen opens; `check` reads the same file.
@Suite struct ConfigCommandLineTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "launchdeck-\(UUID().uuidString).toml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        _ = chmod(path, 0o600)
        return path
    }

    @Test func aSyntaxErrorNamesTheLineAndColumn() throws {
        let path = try write("[tinylytics]\nrefresh = \"30s\nsite_id = 4\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Spawn.run([PackagePaths.binary.path, "check", "--config", path],
                                   environment: ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin"])
        #expect(result.status == 2)
        #expect(result.errors.contains("line 2, column"), "\(result.errors)")
    }

    @Test func aMissingConfigFileIsAnError() throws {
        let result = try Spawn.run([PackagePaths.binary.path, "check", "--config", "/nonexistent/launchdeck.toml"],
                                   environment: ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin"])
        #expect(result.status == 2)
        #expect(result.errors.contains("/nonexistent/launchdeck.toml"), "\(result.errors)")
    }

    @Test func aTypoWarnsAndCheckSaysNothingIsConfigured() throws {
        let path = try write("[tinylytics]\napi_kye = \"tly-ro-abc\"\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Spawn.run([PackagePaths.binary.path, "check", "--config", path],
                                   environment: ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(result.errors.contains("api_kye"), "the typo is named: \(result.errors)")
        #expect(result.errors.contains("api_key"), "and the likely key suggested")
        #expect(result.errors.contains("no service is configured"))
        #expect(!result.errors.contains("tly-ro-abc") && !result.output.contains("tly-ro-abc"))
    }
}
