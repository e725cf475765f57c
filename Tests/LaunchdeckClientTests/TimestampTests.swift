import Foundation
import LaunchdeckAPI
import Testing

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2026-02-14T09:30:00Z", 1_771_061_400.0),
        ("2026-02-14T10:30:00+01:00", 1_771_061_400.0),
        ("2026-02-14T09:30:00.250Z", 1_771_061_400.25),
        ("2026-02-14T09:30:00", 1_771_061_400.0),
        ("2026-02-14T09:30:00.123456", 1_771_061_400.123456),
    ])
    func everyFormatTheDocsShowParses(text: String, seconds: Double) throws {
        let date = try #require(Timestamp.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_01)
    }

    @Test(arguments: ["", "yesterday", "2026-02-14", "2026-02-14T09:30:00.Z", "2026-13-14T09:30:00Z",
                      "2025-02-29T00:00:00Z", "2026-02-14T24:00:00Z", "2026-02-14T09:60:00Z", "2026-02-14 09:30:00Z",
                      "2026-02-14T09:30:00+1:00", "2026-02-14T09:30:00+01:", "2026-02-14T09:30:00Zjunk", "２０２６-02-14T09:30:00Z"])
    func garbageIsNil(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    /// The arithmetic agrees with Foundation's ISO 8601 style (the oracle here; the app does
    /// not use it because it loads ICU), both ways, every 3 days 7 hours from 1938 to 2052
    /// (2000 is a leap year, 1970 is crossed, times before it are negative).
    @Test func agreesWithFoundationEveryFewDaysForEightyYears() throws {
        let style = Date.ISO8601FormatStyle()
        let dayStyle = Date.ISO8601FormatStyle().year().month().day()
        var seconds = -1_000_000_000.0  // 1938
        var checked = 0
        while seconds < 2_600_000_000 {  // 2052
            let date = Date(timeIntervalSince1970: seconds + 0.75)
            let text = Timestamp.format(date)
            #expect(text == date.formatted(style))
            #expect(Timestamp.day(date) == date.formatted(dayStyle))
            #expect(Timestamp.parse(text) == (try style.parse(text)))
            #expect(Timestamp.parseDay(Timestamp.day(date)) == (try dayStyle.parse(Timestamp.day(date))))
            seconds += 3 * 86_400 + 7 * 3600 + 11
            checked += 1
        }
        #expect(checked > 10_000)
    }

    @Test func offsetsCountTowardUTC() {
        let utc = Timestamp.parse("2026-02-14T09:30:00Z")
        #expect(Timestamp.parse("2026-02-14T04:00:00-05:30") == utc)
        #expect(Timestamp.parse("2026-02-14T11:30:00+0200") == utc)
        #expect(Timestamp.parse("2026-02-14T10:30:00+01") == utc)
        #expect(Timestamp.parse("2026-02-14t09:30:00z") == utc)
        #expect(Timestamp.parseDay("2024-02-29") == Timestamp.parse("2024-02-29T00:00:00Z"))
        #expect(Timestamp.parseDay("2026-02-14T09:30:00Z") == nil)
        #expect(Timestamp.parse("2016-12-31T23:59:60Z") == Timestamp.parse("2016-12-31T23:59:59Z"))
        #expect(Timestamp.format(Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00Z")
    }
}
