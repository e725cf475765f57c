import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LaunchdeckModel
import LaunchdeckTesting
import Testing

/// screenshots/*.txt are real renders of the program; they must match what it renders now.
/// Re-record them with `bash scripts/screenshots.sh`.
@Suite struct ScreenshotTests {
    /// screenshots/screens.list: the one list scripts/screenshots.sh renders.
    static let cases: [(name: String, size: String, extra: [String])] = {
        let list = (try? PackagePaths.text("screenshots/screens.list")) ?? ""
        return list.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").map(String.init)
            guard let name = words.first, !name.hasPrefix("#"), words.count >= 2 else { return nil }
            return (name, words[1], Array(words.dropFirst(2)))
        }
    }()

    /// The screen a line of the list renders: its `--screen`, or the overview.
    static func screen(of extra: [String]) -> String {
        guard let at = extra.firstIndex(of: "--screen"), at + 1 < extra.count else { return "overview" }
        return extra[at + 1]
    }

    /// The registry (`Route.screens`, which `launchdeck screenshot --screen` takes) and the
    /// list agree: every registered screen has a picture, and every picture a registered screen.
    @Test func theListNamesEveryRegisteredScreen() {
        let registered = Set(Route.screens.map(\.name))
        let listed = Set(Self.cases.map { Self.screen(of: $0.extra) })
        #expect(registered.subtracting(listed).isEmpty, "no screenshot of \(registered.subtracting(listed).sorted())")
        #expect(listed.subtracting(registered).isEmpty, "not registered: \(listed.subtracting(registered).sorted())")
        for entry in Self.cases where Self.screen(of: entry.extra) != "overview" {
            #expect(entry.name.hasPrefix(Self.screen(of: entry.extra) + "-"), "\(entry.name) is named for its screen")
        }
    }

    @Test(arguments: cases.map(\.name))
    func screenshotMatchesTheCode(name: String) throws {
        let entry = try #require(Self.cases.first { $0.name == name })
        let recorded = try PackagePaths.text("screenshots/\(name).txt")
        let result = try Spawn.run(
            [PackagePaths.binary.path, "screenshot", "--demo", "--seed", "42", "--time", "2026-11-23T12:00:00Z",
             "--size", entry.size, "--format", "text"] + entry.extra,
            environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(result.errors)")
        let now = result.output.components(separatedBy: "\n")
        let then = recorded.components(separatedBy: "\n")
        let diff = zip(then, now).enumerated().filter { $0.element.0 != $0.element.1 }
            .map { "line \($0.offset + 1):\n- \($0.element.0)\n+ \($0.element.1)" }
        let shown = diff.prefix(5).joined(separator: "\n")
        #expect(now == then, "screenshots/\(name).txt is out of date (bash scripts/screenshots.sh):\n\(shown)")
    }

    @Test func svgScreenshotIsWellFormedAndShowsTheData() throws {
        let result = try Spawn.run(
            [PackagePaths.binary.path, "screenshot", "--demo", "--time", "2026-11-23T12:00:00Z", "--size", "100x30",
             "--format", "svg"], environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(result.output.contains(">DEMO</text>"))
        #expect(result.output.contains("/pricing"))
        let parser = XMLParser(data: Data(result.output.utf8))
        #expect(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))")
    }

    @Test func badArgumentsAreRefusedWithAReason() throws {
        let result = try Spawn.run([PackagePaths.binary.path, "screenshot", "--size", "big"],
                                   environment: ProcessInfo.processInfo.environment)
        #expect(result.status != 0)
        #expect(result.errors.contains("--size must look like 100x30"))
        let unknown = try Spawn.run([PackagePaths.binary.path, "screenshot", "--demo", "--screen", "nope"],
                                    environment: ProcessInfo.processInfo.environment)
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("no screen \"nope\"; available: overview, hits, leaderboard"))
    }
}
