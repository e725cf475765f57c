import Foundation
import LaunchdeckTesting
import Testing

/// The golden helper itself: where files go, what a mismatch says, that recording writes.
@Suite struct GoldenHelperTests {
    @Test func goldensAreNamedAfterTheirTest() {
        let url = Golden.url(name: "gallery80x24()", filePath: "/repo/Tests/UITests/ScreenTests.swift")
        #expect(url.path == "/repo/Tests/UITests/Goldens/gallery80x24.txt")
    }

    @Test func theDiffNumbersTheRowsThatDifferAndShowsTheirEdges() {
        let diff = Golden.diff(expected: "same\nold  \nend\n", actual: "same\nnew\nend\nextra\n")
        #expect(diff == """
              2 - |old  |
              2 + |new|
              4 - (no line)
              4 + |extra|
            """)
    }

    @Test func aMismatchFailsAndRecordingWritesTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let testFile = folder.appendingPathComponent("FakeTests.swift").path
        Golden.assertLines(["one  ", "two"], name: "screen()", filePath: testFile, record: true)
        let written = try String(contentsOf: folder.appendingPathComponent("Goldens/screen.txt"), encoding: .utf8)
        #expect(written == "one\ntwo\n")
        Golden.assertLines(["one", "two   "], name: "screen()", filePath: testFile, record: false)
        // Not a skip, and permanent: withKnownIssue is how this test asserts that the helper
        // records a failure. Were no issue recorded inside, Swift Testing would fail the test.
        withKnownIssue("a changed row must fail") {
            Golden.assertLines(["one", "three"], name: "screen()", filePath: testFile, record: false)
        }
        withKnownIssue("a missing golden must fail") {
            Golden.assertLines(["one"], name: "other()", filePath: testFile, record: false)
        }
    }
}
