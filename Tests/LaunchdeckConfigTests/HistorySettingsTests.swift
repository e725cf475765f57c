import Testing
@testable import LaunchdeckConfig

/// `[history]` and `[launch]`: the history's place, retention and size cap, and T0.
@Suite struct HistorySettingsTests {
    @Test func defaultsWithoutASection() throws {
        let config = try load("").config
        #expect(config.history.enabled)
        #expect(config.history.dir == nil)
        #expect(config.history.retention == .seconds(30 * 86_400))
        #expect(config.history.maxBytes == 100_000_000)
        #expect(config.launch.t0 == nil)
    }

    @Test func readsEveryKey() throws {
        let loaded = try load("""
            [history]
            enabled = false
            dir = "/var/lib/launchdeck"
            retention = "7d"
            max_size = "2GB"

            [launch]
            t0 = "2026-12-06T18:00:00Z"
            """)
        #expect(loaded.warnings.isEmpty)
        #expect(!loaded.config.history.enabled)
        #expect(loaded.config.history.dir == "/var/lib/launchdeck")
        #expect(loaded.config.history.retention == .seconds(7 * 86_400))
        #expect(loaded.config.history.maxBytes == 2_000_000_000)
        #expect(loaded.config.launch.t0 == "2026-12-06T18:00:00Z")
    }

    @Test func retentionAndSizeSpellings() {
        #expect(HistorySettings.parseRetention("12h") == .seconds(12 * 3600))
        #expect(HistorySettings.parseRetention("1h30m") == .seconds(5400))
        #expect(HistorySettings.parseRetention("0d") == nil)
        #expect(HistorySettings.parseRetention("soon") == nil)
        #expect(HistorySettings.parseSize("500 KB") == nil, "below 1 MB")
        #expect(HistorySettings.parseSize("1.5mb") == 1_500_000)
        #expect(HistorySettings.parseSize("5000000") == 5_000_000)
        #expect(HistorySettings.parseSize("-3MB") == nil)
    }

    @Test func mistakesPointAtTheKeyAndSayWhatItTakes() {
        let retention = loadError("[history]\nretention = \"a month\"")
        #expect(retention?.message.contains("expected a duration such as \"30d\"") == true)
        #expect(retention?.message.contains("line 2") == true || retention?.line == 2)
        let size = loadError("[history]\nmax_size = \"huge\"")
        #expect(size?.message.contains("at least 1 MB") == true)
        let dir = loadError("[history]\ndir = \"state\"")
        #expect(dir?.message.contains("absolute path") == true)
    }
}
