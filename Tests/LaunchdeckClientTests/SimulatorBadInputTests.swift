import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// Bad input answers with the documented status and an error body, never a crash or a
/// silent default.
@Suite struct SimulatorBadInputTests {
    @Test(arguments: [
        (SimulatorHarness.API.tinylytics, "/nope", 404, "Not found"),
        (.tinylytics, "/sites/999", 404, "Site not found"),
        (.tinylytics, "/sites/acm3la/hits", 404, "Site not found"),
        (.tinylytics, "/sites/456/hits?grouped=true&group_by=city", 400, "group_by must be one of path, country, referrer, browser_name, platform_name"),
        (.tinylytics, "/sites/456/hits?per_page=1001", 400, "per_page must be between 1 and 1000"),
        (.tinylytics, "/sites/456/kudos?per_page=0", 400, "per_page must be between 1 and 1000"),
        (.tinylytics, "/sites/456/user_journeys?per_page=51", 400, "per_page must be between 1 and 50"),
        (.tinylytics, "/sites/456/insights?per_page=51", 400, "per_page must be between 1 and 50"),
        (.tinylytics, "/sites/456/uptime?per_page=101", 400, "per_page must be between 1 and 100"),
        (.tinylytics, "/sites/456/hits?start_date=2023-01-01&end_date=2026-11-23", 400, "Date range cannot exceed 730 days"),
        (.tinylytics, "/sites/456/hits?start_date=23-11-2026", 400, "start_date must be YYYY-MM-DD"),
        (.tinylytics, "/sites/456/hits?end_date=2026-13-45", 400, "end_date must be YYYY-MM-DD"),
        (.tinylytics, "/sites/456/hits?time_zone=mars", 400, "time_zone must be utc or user"),
        (.tinylytics, "/sites/456/hits?page=0", 400, "page must be an integer from 1 to 1000000"),
        (.tinylytics, "/sites/457/uptime", 404, "Uptime monitoring is not enabled for this site"),
        (.taplytics, "/v2/nope", 404, "Not found"),
        (.taplytics, "/v2/push?per_page=101", 400, "per_page must be between 1 and 100"),
        (.taplytics, "/v2/usersByToken?paginationToken=zz", 400, "Invalid paginationToken"),
        (.taplytics, "/v2/users/nobody", 404, "User not found"),
        (.apteligent, "/v2/nope", 404, "not found"),
        (.apteligent, "/v2/errorMonitoring/graph?appId=519d53101386202089000007&graph=sales", 400, nil),
        (.apteligent, "/v2/errorMonitoring/graph?appId=519d53101386202089000007&duration=7", 400, nil),
        (.apteligent, "/v2/performanceManagement/pie?appId=519d53101386202089000007&duration=61", 400, nil),
        (.apteligent, "/v2/liveStats/519d53101386202089000007/5M", 400, nil),
        (.apteligent, "/v2/crash/paginatedtable/519d53101386202089000007?pageNum=99", 400, "pageNum must be from 1 to 3"),
    ] as [(SimulatorHarness.API, String, Int, String?)])
    func badInputGetsTheDocumentedAnswer(api: SimulatorHarness.API, path: String, status: Int, message: String?) async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let answer = try await sim.send(api, path)
            #expect(answer.status == status, "\(path)")
            let body = try #require(try SimulatorHarness.json(answer) as? [String: Any], "\(path): a JSON object")
            let text = (body["error"] ?? body["message"]) as? String
            #expect(text != nil, "\(path)")
            if let message { #expect(text == message, "\(path)") }
        }
    }
}

/// The simulator reads and echoes days by the same arithmetic as the client (TimestampTests
/// holds it against Foundation), across leap years.
@Suite struct SimulatorCivilDayTests {
    @Test func everyDayOfEightYearsRoundTrips() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            // A range's `filters.start_date` echoes the parsed day; the default end is today.
            for offset in stride(from: 0, to: 8 * 366, by: 37) {
                let day = Timestamp.day(Date(timeIntervalSince1970: 1_700_000_000 - Double(offset) * 86_400))
                let answer = try await sim.send(.tinylytics, "/sites/456/kudos?start_date=\(day)&end_date=\(day)")
                #expect(answer.status == 200, "\(day)")
            }
            for bad in ["2025-02-29", "2024-02-30", "2026-04-31", "2026-00-10", "2026-1-10", "２０２６-11-23"] {
                #expect(try await sim.send(.tinylytics, "/sites/456/kudos?start_date=\(bad)").status == 400, "\(bad)")
            }
            #expect(try await sim.send(.tinylytics, "/sites/456/kudos?start_date=2024-02-29&end_date=2024-02-29").status == 200)
            // Days land where they should: traffic began at 12:00 on 2026-10-09 (45 days before the start).
            func hits(_ day: String) async throws -> Int? {
                let page = try SimulatorHarness.json(try await sim.send(
                    .tinylytics, "/sites/456/hits?start_date=\(day)&end_date=\(day)&per_page=1")) as? [String: Any]
                return (page?["pagination"] as? [String: Any])?["total_count"] as? Int
            }
            #expect(try await hits("2026-10-08") == 0)
            #expect(try await hits("2026-10-09") == 69_120)
            #expect(try await hits("2026-10-10") == 138_240)
            let filters = try #require(try SimulatorHarness.json(try await sim.send(.tinylytics, "/sites/456/kudos"))
                as? [String: Any])["filters"] as? [String: Any]
            #expect(filters?["end_date"] as? String == Timestamp.day(sim.clock.now))
            #expect(filters?["start_date"] as? String == Timestamp.day(sim.clock.now.addingTimeInterval(-30 * 86_400)))
        }
    }
}
