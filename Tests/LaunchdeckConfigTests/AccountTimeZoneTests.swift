import Foundation
import Testing
@testable import LaunchdeckConfig

/// `[tinylytics] account_time_zone`: the account's zone, which the API does not tell, so
/// `:zone account` can name the account's days; a name Foundation does not know is an error.
@Suite struct AccountTimeZoneTests {
    @Test func aZoneNameIsRead() throws {
        let zone = try load("[tinylytics]\naccount_time_zone = \"Europe/Berlin\"").config.tinylytics.accountTimeZone
        #expect(zone?.identifier == "Europe/Berlin")
        let july = Date(timeIntervalSince1970: 1_783_000_000)  // 2026-07-02: summer time
        #expect(zone?.secondsFromGMT(for: july) == TimeZone(identifier: "Europe/Berlin")?.secondsFromGMT(for: july))
        #expect(try load("").config.tinylytics.accountTimeZone == nil, "unset: the dates are named in UTC")
    }

    @Test func anUnknownZoneIsAnError() {
        let message = loadError("[tinylytics]\naccount_time_zone = \"Mars/Olympus\"")?.message
        #expect(message?.contains("expected a time zone name such as \"Europe/Berlin\" for `account_time_zone` "
            + "in [tinylytics], found \"Mars/Olympus\"") == true, "\(message ?? "loaded")")
    }
}
