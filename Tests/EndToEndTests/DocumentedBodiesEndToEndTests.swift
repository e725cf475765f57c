import Foundation
import LaunchdeckTesting
import Testing

/// launchdeck against a server it did not write (scripts/replay/replay_docs.py, Python),
/// which answers with the vendors' documented example bodies verbatim, one field broken:
/// the panes draw what the docs' bodies hold, and the broken field is named, not fatal.
@Suite(.serialized) struct DocumentedBodiesEndToEndTests {
    @Test func thePanesDrawTheDocumentedBodiesAndNameTheFieldTheyCouldNotRead() throws {
        let server = try Tmux(width: 100, height: 10)
        defer { server.close() }
        let script = PackagePaths.root.appendingPathComponent("scripts/replay/replay_docs.py").path
        try server.typeLine("python3 -B '\(script)' --port 0 --break 'tinylytics-site:lifetime_kudos=\"many\"'")
        let (ready, serverScreen) = server.waitForScreen { $0.contains { $0.contains("replaying on ") } }
        let port = serverScreen.lazy.compactMap { line in line.components(separatedBy: "replaying on ").dropFirst().first }
            .first.map { $0.trimmingCharacters(in: .whitespaces) }
        guard ready, let port, Int(port) != nil else {
            Issue.record("the replay server did not start:\n\(serverScreen.joined(separator: "\n"))")
            return
        }

        let home = NSTemporaryDirectory() + "launchdeck-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let log = home + "/notes.log"
        let environment = [
            "HOME": home, "TINYLYTICS_BASE_URL": "http://127.0.0.1:\(port)/api/v1", "TINYLYTICS_API_KEY": "tly-ro-docs",
            "TAPLYTICS_BASE_URL": "http://127.0.0.1:\(port)", "TAPLYTICS_API_TOKEN": "docs-token", "LAUNCHDECK_DEBUG_LOG": log,
        ]
        let tmux = try Tmux(width: 120, height: 40, environment: DashboardEndToEndTests.utf8.merging(environment) { $1 })
        defer { tmux.close() }
        try tmux.typeLine("clear; '\(PackagePaths.binary.path)'; echo EXIT=$?")
        let (drawn, screen) = tmux.waitForScreen { s in
            s.contains { $0.contains("230 visitors") } && s.contains { $0.contains("Congratulations, you've won") }
                && s.contains { $0.contains("1 unread field (:open notes)") }
        }
        let text = screen.joined(separator: "\n")
        #expect(drawn, "the documented bodies should draw:\n\(text)")
        #expect(text.contains("1 Web · 1 broken link · My Blog"),
                "the site's other fields are read, and the content example's broken link")
        #expect(text.contains("today 142 views"), "the grouped-hits example's views")
        #expect(text.contains("ANYTHING") && text.contains("active"), "the experiments example")
        #expect(text.contains("CREATED") && !text.contains("STATUS           WHEN"),
                "the documented GET push body has no status or time: CREATED comes from its id")
        #expect(!text.contains("DEMO"))

        try tmux.send(":")
        try tmux.typeLine("open notes")
        let (listed, notes) = tmux.waitForScreen { $0.contains { $0.contains("lifetime_kudos") } }
        #expect(listed, "the notes screen names the field:\n\(notes.joined(separator: "\n"))")
        #expect(notes.contains { $0.contains("/api/v1/sites/456") && $0.contains("expected Int") })
        try tmux.send("q")
        let (quit, _) = tmux.waitForScreen { $0.contains { $0.contains("EXIT=0") } }
        #expect(quit)
        let written = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(written.contains("tinylytics /api/v1/sites/456 lifetime_kudos: expected Int"))
        #expect(!written.contains("tly-ro-docs") && !written.contains("docs-token"), "no key in the log")
    }
}
