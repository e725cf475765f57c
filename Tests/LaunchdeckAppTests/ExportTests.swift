import Foundation
@testable import LaunchdeckApp
import LaunchdeckConfig
import LaunchdeckStore
import Testing

/// `launchdeck export`: the history as CSV or JSON, from a moment on.
@Suite struct ExportTests {
    let now = Date(timeIntervalSince1970: 1_796_000_000)

    /// A state directory holding the demo's history with two polls an hour apart and one event.
    func stateWithHistory() throws -> (environment: [String: String], directory: String) {
        let directory = NSTemporaryDirectory() + "launchdeck-export-\(UUID().uuidString)"
        let environment = ["XDG_STATE_HOME": directory, "HOME": directory]
        let path = try #require(HistoryPlace.path(.init(), demo: true, environment: environment))
        let store = try SQLiteHistoryStore(path: path)
        try store.record(PollRecord(source: "web/7", observedAt: now.addingTimeInterval(-3600),
                                    points: [Observation(series: "web/7/views_today", value: 100)]))
        try store.record(PollRecord(source: "web/7", observedAt: now, points: [Observation(series: "web/7/views_today", value: 250)],
                                    events: [HistoryEvent(at: now, kind: "push_sent", subject: "Launch")]))
        try store.setMeta("t0", "2026-11-30T00:30:00Z")
        return (environment, directory)
    }

    func export(_ since: String?, format: String = "csv", environment: [String: String], directory: String) -> (Int32, String) {
        let output = directory + "/export.\(format)"
        let status = ExportRunner.run(.init(since: since, format: format, output: output, forceDemo: false, configPath: nil,
                                            environment: environment), now: now)
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    @Test func everythingOrFromASpanBackOrFromT0() throws {
        let (environment, directory) = try stateWithHistory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (status, all) = export(nil, environment: environment, directory: directory)
        #expect(status == 0)
        #expect(all.contains("web/7/views_today,2026-11-29T23:53:20Z,100,") && all.contains("web/7/views_today,2026-11-30T00:53:20Z,250,"))
        #expect(all.contains("push_sent,2026-11-30T00:53:20Z,Launch,"))
        let (_, recent) = export("30m", environment: environment, directory: directory)
        #expect(!recent.contains(",100,") && recent.contains(",250,"), "only the last half hour")
        let (_, sinceT0) = export("T0", environment: environment, directory: directory)
        #expect(!sinceT0.contains(",100,") && sinceT0.contains(",250,"), "T0 is 00:30, after the first poll")
        let (jsonStatus, json) = export(nil, format: "json", environment: environment, directory: directory)
        #expect(jsonStatus == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((object?["events"] as? [Any])?.count == 1)
    }

    @Test func sinceSaysWhatItTakes() {
        func start(_ text: String?, t0: String? = nil) -> String {
            switch ExportRunner.start(of: text, now: now, t0: { t0 }) {
            case .success(let date): "\(date.timeIntervalSince(now))"
            case .failure(let error): error.description
            }
        }
        #expect(start("2h") == "-7200.0")
        #expect(start("90s") == "-90.0")
        #expect(start("7d") == "\(-7.0 * 86_400)")
        #expect(start("2026-11-30T00:53:20Z") == "0.0")
        #expect(start("t0", t0: "2026-11-30T00:52:20Z") == "-60.0")
        #expect(start("T0").contains("set one with :t0"))
        #expect(start("yesterday").contains("--since takes T0, a span such as 90s"))
        #expect(start("-2h").contains("--since takes"), "a span back is not negative")
        #expect(start(nil) == "\(Date.distantPast.timeIntervalSince(now))")
    }

    @Test func withoutHistoryItSaysSoAndWritesNothing() {
        let directory = NSTemporaryDirectory() + "launchdeck-export-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (status, text) = export(nil, environment: ["XDG_STATE_HOME": directory, "HOME": directory], directory: directory)
        #expect(status == 1)
        #expect(text.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory + "/launchdeck/demo/history.sqlite"),
                "exporting never creates an empty history")
    }

    @Test func realCredentialsHaveTheirOwnHistoryNamedByAFingerprint() throws {
        var configuration = Configuration()
        configuration.tinylytics.apiKey = ConfigSecret("tly_secret_key")
        let identity = HistoryPlace.identity(configuration, demo: false)
        #expect(identity.hasPrefix("acct-") && !identity.contains("tly_secret_key"))
        #expect(identity != HistoryPlace.identity(Configuration(), demo: false))
        #expect(HistoryPlace.identity(configuration, demo: true) == "demo")
    }
}
