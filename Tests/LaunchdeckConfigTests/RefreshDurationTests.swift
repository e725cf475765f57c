import LaunchdeckAPI
import Testing
@testable import LaunchdeckConfig

@Suite struct RefreshDurationTests {
    @Test func parsesUnitsInOrder() {
        #expect(RefreshDuration.parse("30s") == .seconds(30))
        #expect(RefreshDuration.parse("5m") == .seconds(300))
        #expect(RefreshDuration.parse("1h") == .seconds(3600))
        #expect(RefreshDuration.parse("1h30m") == .seconds(5400))
        #expect(RefreshDuration.parse("1h0m5s") == .seconds(3605))
        #expect(RefreshDuration.parse("90s") == .seconds(90))
    }

    @Test func refusesWhatIsNotADuration() {
        for text in ["", "30", "s", "0s", "30x", "5m1h", "1h1h", "30s ", "-5s", "1.5m", "99999999999999999999s"] {
            #expect(RefreshDuration.parse(text) == nil, "\(text)")
        }
    }

    /// One reader of spans for the config and the command line: days too (retention), and
    /// the same refusals everywhere.
    @Test func spansAreReadOnceForEveryCaller() {
        #expect(SpanText.seconds("7d") == 604_800)
        #expect(SpanText.seconds("1d12h") == 129_600)
        #expect(SpanText.seconds("0m") == 0, "zero is a span; callers that need more say so")
        #expect(RefreshDuration.parse("0m") == nil)
        #expect(HistorySettings.parseRetention("30d") == .seconds(30 * 86_400))
        #expect(HistorySettings.parseRetention("12h") == .seconds(43_200))
        #expect(HistorySettings.parseRetention("10001d") == nil)
        for text in ["1.5h", "-2h", "2h1d", "2", "h"] { #expect(SpanText.seconds(text) == nil, "\(text)") }
    }

    @Test func formatsTheShortestSpelling() {
        #expect(RefreshDuration.format(.seconds(5400)) == "1h30m")
        #expect(RefreshDuration.format(.seconds(45)) == "45s")
        #expect(RefreshDuration.format(.seconds(3605)) == "1h5s")
        #expect(RefreshDuration.parse(RefreshDuration.format(.seconds(7384))) == .seconds(7384))
    }

    @Test func integerSecondsAreADuration() throws {
        #expect(try load("[tinylytics]\nrefresh = 45").config.tinylytics.refresh == .seconds(45))
    }
}
