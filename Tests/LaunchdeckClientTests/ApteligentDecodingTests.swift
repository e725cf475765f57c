import Foundation
import LaunchdeckAPI
@testable import LaunchdeckClient
import Testing

/// Bodies of the shapes shared/api/apteligent.md gathered from public clients (the seed
/// shows only the token and 429 bodies, decoded verbatim here).
@Suite struct ApteligentDecodingTests {
    func decode<T: Decodable>(_ body: String, as type: T.Type) throws -> T {
        try ResponseDecoder.decode(T.self, from: TransportResponse(status: 200, body: Data(body.utf8)), service: .apteligent)
    }

    @Test func seedTokenReplyDecodes() throws {
        let token = try decode(#"{"access_token": "7oHh1moGJKysza691pa5Ucl4vgr59hGq", "token_type": "bearer", "expires_in": 2592000}"#,
                               as: ApteligentToken.self)
        #expect(token == ApteligentToken(accessToken: "7oHh1moGJKysza691pa5Ucl4vgr59hGq", tokenType: "bearer", expiresIn: 2_592_000))
    }

    @Test func seed429BodyDecodes() throws {
        let body = try decode(#"{"actual": 25, "message": "API rate limit exceeded", "limit": 20, "reset": 42, "success": 0}"#,
                              as: ApteligentRateLimitBody.self)
        #expect(body.reset == 42)
        #expect(body.actual == 25)
    }

    @Test func trendsDecode() throws {
        let body = """
            {"data": {"series": {"crashesByVersion": {"units": {"of": "crashes", "type": "count"},
              "todayTopValues": {"3.3.0": 120, "3.2.0": 40},
              "categories": {"3.3.0": {"buckets": [{"duration": "P1D", "start": "2016-11-01T00:00:00", "value": 130}]}}},
              "dau": {"units": {"of": "dau", "type": "count"}, "todayTopValues": null, "categories": {}}}},
             "links": {"self": "/v2/trends/519d53101386202089000007"}}
            """
        let trends = try decode(body, as: ApteligentEnvelope<ApteligentTrends>.self).data
        let crashes = try #require(trends.series["crashesByVersion"])
        #expect(crashes.units?.of == "crashes")
        #expect(crashes.todayTopValues?["3.3.0"] == 120)
        #expect(crashes.categories["3.3.0"]?.buckets.first?.value == 130)
        #expect(trends.series["dau"]?.todayTopValues == nil)
    }

    @Test func crashTableRowsAreSnakeCaseAndDetailIsCamelCase() throws {
        let table = try decode("""
            {"data": {"errors": [{"hash": "abc", "name": "SIGABRT", "display_reason": "Index out of range",
              "total_occurrences": 12, "num_unique_sessions": 9, "daily_occurrences": [1, 2, 9]}],
              "pagination": {"pageNum": 1, "totalPages": 3}}}
            """, as: ApteligentEnvelope<ApteligentCrashTable>.self).data
        #expect(table.errors.first?.displayReason == "Index out of range")
        #expect(table.errors.first?.dailyOccurrences == [1, 2, 9])
        #expect(table.hasNext)
        let crash = try decode("""
            {"data": {"hash": "abc", "displayReason": "Index out of range", "numOccurrences": 12,
              "suspectLine": "Feed.swift:88", "stacktrace": [{"line_number": 1, "trace": "Feed.render", "suspect": true}],
              "dailyOccurrencesByVersion": {"3.3.0": [1, 2, 9]}}}
            """, as: ApteligentEnvelope<ApteligentCrash>.self).data
        #expect(crash.suspectLine == "Feed.swift:88")
        #expect(crash.stacktrace?.first?.lineNumber == 1)
        #expect(crash.dailyOccurrencesByVersion?.versions["3.3.0"]?.counts == [1, 2, 9])
    }

    @Test func appsMapIDsToAttributes() throws {
        let apps = try decode(#"{"data": {"519d53101386202089000007": {"appName": "Acme", "appType": "ios", "crashPercent": 0.42, "dau": 10, "appVersions": ["1.0"]}}}"#,
                              as: ApteligentEnvelope<ApteligentApps>.self).data
        #expect(apps["519d53101386202089000007"]?.crashPercent == 0.42)
        #expect(apps["519d53101386202089000007"]?.appVersions == ["1.0"])
    }

    @Test func aBodyWithoutDataNamesTheMissingField() {
        #expect(throws: ClientError(.apteligent, .decoding(path: "data"), detail: "missing")) {
            try decode(#"{"links": {}}"#, as: ApteligentEnvelope<ApteligentApps>.self)
        }
    }
}
