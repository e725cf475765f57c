import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import Testing

/// Ranges are whole days (Tinylytics takes `start_date`/`end_date`, no hours) and are named
/// by what they fetch; the account's zone is sent as `time_zone=user`, and the title says the
/// dates are named in UTC (the API does not tell the account's zone).
@Suite struct HitsRangeTests {
    let now = Date(timeIntervalSince1970: 1_796_601_600 - 60)  // 2026-12-06T23:59:00Z

    @Test(arguments: [
        (HitsRange.today, "2026-12-06", "2026-12-06", "today (2026-12-06"),
        (.twoDays, "2026-12-05", "2026-12-06", "yesterday and today (2026-12-05 to 2026-12-06"),
        (.last7d, "2026-11-30", "2026-12-06", "7 days to today (2026-11-30 to 2026-12-06"),
        (.last30d, "2026-11-07", "2026-12-06", "30 days to today (2026-11-07 to 2026-12-06"),
    ])
    func rangesAreTheWholeDaysTheyName(range: HitsRange, start: String, end: String, title: String) {
        let query = DrillDownQuery(range: range, grouping: .path, zone: .utc)
        #expect(query.days(now: now) == (start, end))
        #expect(query.title(now: now) == "by path, \(title), UTC days)")
        #expect(query.timeZone == "utc")
    }

    @Test func theAccountZoneIsSentAndTheTitleSaysTheDatesAreUTCs() {
        let query = DrillDownQuery(range: .today, grouping: .country, zone: .account)
        #expect(query.timeZone == "user")
        #expect(query.title(now: now)
            == "by country, today (2026-12-06, the account's days; dates named in UTC, may be a day off near midnight: "
            + "set [tinylytics] account_time_zone)")
    }

    @Test func aConfiguredAccountZoneNamesTheAccountsDays() throws {
        // 23:59 UTC is already the next day in Berlin and still the same day in New York.
        let berlin = DrillDownQuery(range: .twoDays, grouping: .path, zone: .account,
                                    accountZone: try #require(ZoneRules(identifier: "Europe/Berlin")))
        #expect(berlin.days(now: now) == ("2026-12-06", "2026-12-07"))
        #expect(berlin.title(now: now) == "by path, yesterday and today (2026-12-06 to 2026-12-07, the account's days, Europe/Berlin)")
        let newYork = DrillDownQuery(range: .today, grouping: .path, zone: .account,
                                     accountZone: try #require(ZoneRules(identifier: "America/New_York")))
        #expect(newYork.days(now: now) == ("2026-12-06", "2026-12-06"))
        #expect(newYork.timeZone == "user")
        let utc = DrillDownQuery(range: .today, grouping: .path, zone: .utc, accountZone: berlin.accountZone)
        #expect(utc.days(now: now) == ("2026-12-06", "2026-12-06"), "UTC days stay UTC's")
    }

    @Test func oldNamesSayWhatToTypeInstead() {
        let catalog = CommandCatalog()
        func refusal(_ line: String) -> String? {
            if case .failure(let error) = catalog.parse(line) { error.message } else { nil }
        }
        #expect(refusal("range 24h") == ":range 24h is gone: Tinylytics counts whole days; :range 2d is yesterday and today")
        #expect(refusal("zone site") == ":zone site is now :zone account (Tinylytics counts days in the account's time zone)")
        #expect(catalog.parse("range 2d") == .success(.range(.twoDays)))
        #expect(catalog.parse("zone account") == .success(.zone(.account)))
        #expect(catalog.complete("range ").candidates == ["today", "2d", "7d", "30d"])
    }
}
