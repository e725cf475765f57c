import Foundation
import LaunchdeckTesting
import Testing

/// The README's key table and config reference are what the program prints, so they cannot drift.
@Suite struct ReadmeTests {
    func section(_ name: String) throws -> String {
        let readme = try PackagePaths.text("README.md")
        let begin = try #require(readme.range(of: "<!-- \(name):begin -->\n"))
        let end = try #require(readme.range(of: "\n<!-- \(name):end -->"))
        return String(readme[begin.upperBound..<end.lowerBound])
    }

    let environment = ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin"]

    @Test func keyTableIsTheKeyMap() throws {
        let printed = try Spawn.run([PackagePaths.binary.path, "keys"], environment: environment)
        #expect(printed.status == 0)
        #expect(try section("keys") == printed.output.trimmingCharacters(in: .newlines),
                "README's key table is out of date: paste the output of `launchdeck keys`")
    }

    @Test func configReferenceIsTheExampleConfig() throws {
        let printed = try Spawn.run([PackagePaths.binary.path, "example-config"], environment: environment)
        #expect(printed.status == 0)
        let block = "```toml\n" + printed.output.trimmingCharacters(in: .newlines) + "\n```"
        #expect(try section("config") == block,
                "README's config reference is out of date: paste the output of `launchdeck example-config`")
    }
}
