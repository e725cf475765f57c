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
