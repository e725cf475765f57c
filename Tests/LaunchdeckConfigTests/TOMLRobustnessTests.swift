import Testing
@testable import LaunchdeckConfig

/// Every one-character deletion and a few insertions into a file that uses every feature:
/// the reader never traps, and each failure points inside the text.
@Suite struct TOMLRobustnessTests {
    static let sample = """
        # launchdeck
        [tinylytics]
        api_key = "tly-ro-\\u00e9\\"x"
        site_id = 1_234
        "quoted.key" = 'lit'
        a.b = [1, 2.5e3, -inf, true, { c = "d" },]
        m = \"\"\"
        two \\
          lines\"\"\"
        [[alerts]]
        kind = "site_down"
        """

    func check(_ text: String) {
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        do {
            _ = try TOMLParser.parse(text)
        } catch {
            #expect((1...lineCount).contains(error.position.line), "\(text.debugDescription)")
            #expect(error.position.column >= 1)
            #expect(!error.message.isEmpty)
        }
        // Through the loader the same text gives a message or a config, never a trap.
        _ = loadError(text)
    }

    @Test func everyDeletionParsesOrFailsInsideTheText() {
        let scalars = Array(Self.sample.unicodeScalars)
        for i in scalars.indices {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<i])
            view.append(contentsOf: scalars[(i + 1)...])
            check(String(view))
        }
    }

    @Test func insertionsOfSyntaxParseOrFailInsideTheText() {
        let scalars = Array(Self.sample.unicodeScalars)
        for inserted in ["[", "\"", "=", "\n", "{", ",", "\\", "'", "\u{0}"] as [Unicode.Scalar] {
            for i in stride(from: 0, to: scalars.count, by: 3) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[..<i])
                view.append(inserted)
                view.append(contentsOf: scalars[i...])
                check(String(view))
            }
        }
    }

    @Test func sampleItselfParses() throws {
        let root = try TOMLParser.parse(Self.sample)
        #expect(value(root, "tinylytics.api_key")?.string == "tly-ro-\u{e9}\"x")
        #expect(value(root, "tinylytics.m")?.string == "two lines")
        #expect(value(root, "tinylytics.a.b")?.items?.count == 5)
    }
}
