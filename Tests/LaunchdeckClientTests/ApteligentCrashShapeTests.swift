import Foundation
import LaunchdeckAPI
@testable import LaunchdeckClient
import LaunchdeckTesting
import Testing

/// The crash group detail as real bodies have it (notes.md, last section): daily occurrences
/// by version as `[startDate, [30 counts]]` with a `total` key, session counts by version with
/// `total`, `null` display reason and suspect line, and fields no doc lists.
@Suite struct ApteligentCrashShapeTests {
    func decode<T: Decodable>(_ body: Data, as type: T.Type) throws -> T {
        try ResponseDecoder.decode(T.self, from: TransportResponse(status: 200, body: body), service: .apteligent)
    }

    @Test func theRecordedRealCrashBodyDecodesWhole() throws {
        let crash = try decode(try Fixture.data("apteligent-crash-real"), as: ApteligentEnvelope<ApteligentCrash>.self).data
        #expect(crash.hash == "8f2c1a0e7d3b4c5a69e1f0d2b3a4c5d6e7f80912")
        #expect(crash.name == "NSInvalidArgumentException")
        #expect(crash.displayReason == nil)
        #expect(crash.suspectLine == nil)
        #expect(crash.numOccurrences == 284)
        #expect(crash.lastOccurred == "2016-12-06T21:54:48.612000")
        let daily = try #require(crash.dailyOccurrencesByVersion)
        #expect(daily.sortedVersions == ["1.0.5", "1.0.6", "1.0.7"], "total is kept apart from the versions")
        let newest = try #require(daily.versions["1.0.7"])
        #expect(newest.start == "2016-11-07")
        #expect(newest.counts.count == 30)
        #expect(newest.counts.suffix(3) == [4, 9, 12])
        #expect(daily.total?.counts.count == 30)
        #expect(daily.total?.total == 284)
        #expect(crash.sessionCountsByVersion?.versions["1.0.6"]?.value == 221)
        #expect(crash.sessionCountsByVersion?.total?.value == 285)
        #expect(crash.uniqueSessionCountsByVersion?.versions["1.0.7"]?.value == 37)
        #expect(crash.uniqueSessionCountsByVersion?.total?.value == 257)
        #expect(crash.stacktrace?.count == 4)
        #expect(crash.stacktrace?.first { $0.suspect == true }?.lineNumber == 2)
        #expect(crash.appType == "ios")
        #expect(crash.appId == "519d53101386202089000007")
        #expect(crash.crashClass == "ios")
        #expect(crash.unsymbolizedHash == "3b1f0a9c2d7e4f6a8b0c1d2e3f4a5b6c7d8e9f01")
        #expect(crash.appTimeZoneOffset == .number(-8))
    }

    @Test func thePlainDailyShapeStillDecodes() throws {
        let crash = try decode(Data(#"{"data": {"hash": "abc", "dailyOccurrencesByVersion": {"3.3.0": [1, 2, 9]}}}"#.utf8),
                               as: ApteligentEnvelope<ApteligentCrash>.self).data
        #expect(crash.dailyOccurrencesByVersion?.versions["3.3.0"] == ApteligentDailyOccurrences(start: nil, counts: [1, 2, 9]))
        #expect(crash.dailyOccurrencesByVersion?.total == nil)
    }

    /// One field of an unexpected shape costs that field only, never the crash group.
    @Test func aFieldOfAnUnexpectedShapeCostsOnlyThatField() throws {
        let body = """
            {"data": {"hash": "abc", "name": "SIGSEGV", "numOccurrences": "many", "displayReason": 7,
              "stacktrace": {"frames": []}, "suspectLine": null, "firstOccurred": ["2016"],
              "dailyOccurrencesByVersion": {"1.0.7": {"start": "2016-11-07"}, "1.0.8": ["2016-11-07", [1, 2.6, null, 1e300]],
                                            "total": "n/a"},
              "sessionCountsByVersion": [1, 2], "uniqueSessionCountsByVersion": {"1.0.8": 3, "total": 3.0},
              "appTimeZoneOffset": "-08:00", "class": {"x": 1}, "somethingNew": [1, {"a": null}]}}
            """
        let crash = try decode(Data(body.utf8), as: ApteligentEnvelope<ApteligentCrash>.self).data
        #expect(crash.name == "SIGSEGV")
        #expect(crash.numOccurrences == nil)
        #expect(crash.displayReason == nil)
        #expect(crash.stacktrace == nil)
        #expect(crash.firstOccurred == nil)
        #expect(crash.dailyOccurrencesByVersion?.sortedVersions == ["1.0.8"], "the entry of another shape is left out")
        #expect(crash.dailyOccurrencesByVersion?.versions["1.0.8"]?.counts == [1, 3, 0, 1_000_000_000_000_000])
        #expect(crash.dailyOccurrencesByVersion?.total == nil)
        #expect(crash.sessionCountsByVersion == nil)
        #expect(crash.uniqueSessionCountsByVersion?.total?.value == 3)
        #expect(crash.appTimeZoneOffset == .string("-08:00"))
        #expect(crash.crashClass == nil)
    }

    @Test func aCrashGroupWithoutItsHashFailsClearly() {
        #expect(throws: ClientError(.apteligent, .decoding(path: "data.hash"), detail: "missing")) {
            try decode(Data(#"{"data": {"name": "SIGSEGV"}}"#.utf8), as: ApteligentEnvelope<ApteligentCrash>.self)
        }
    }

    @Test func aCrashTableRowWithoutAHashIsLeftOutAndTheOthersKept() throws {
        let body = """
            {"data": {"errors": [{"name": "no hash"}, {"hash": "b", "name": "SIGSEGV", "num_unique_sessions": "x",
              "total_occurrences": 4.0, "daily_occurrences": ["2016-11-07", [1, 2]]}, 5],
              "pagination": {"pageNum": "one"}}}
            """
        let table = try decode(Data(body.utf8), as: ApteligentEnvelope<ApteligentCrashTable>.self).data
        #expect(table.errors.map(\.hash) == ["b"])
        #expect(table.errors.first?.numUniqueSessions == nil)
        #expect(table.errors.first?.totalOccurrences == 4)
        #expect(table.errors.first?.dailyOccurrences == [1, 2])
        #expect(table.pagination == nil)
        #expect(!table.hasNext)
    }

    /// The simulator serves crash detail in the real shape, which the client reads back.
    @Test func theSimulatorServesTheRealCrashShape() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let app = "519d53101386202089000007"
            // One token for every call: 12 calls of the 20 a minute.
            let bearer = [(name: "Authorization", value: "Bearer \(try await sim.apteligentToken())")]
            func get(_ path: String) async throws -> TransportResponse {
                try await sim.send(.apteligentBare, "GET", path, headers: bearer)
            }
            let table = try SimulatorHarness.json(try await get("/v2/crash/paginatedtable/\(app)?pageNum=1"))
            let rows = try #require(((table as? [String: Any])?["data"] as? [String: Any])?["errors"] as? [[String: Any]])
            #expect(rows.count == 10)
            var sawNullReason = false
            for row in rows {
                let hash = try #require(row["hash"] as? String)
                let answer = try await get("/v2/crash/\(app)/\(hash)")
                let data = try #require((try SimulatorHarness.json(answer) as? [String: Any])?["data"] as? [String: Any])
                for key in ["displayReason", "suspectLine", "appTimeZoneOffset", "unsymbolizedHash", "class", "appType", "appId"] {
                    #expect(data.keys.contains(key), "\(key) in \(hash)")
                }
                sawNullReason = sawNullReason || data["displayReason"] is NSNull
                let daily = try #require(data["dailyOccurrencesByVersion"] as? [String: Any])
                #expect(daily.keys.contains("total"))
                for (version, value) in daily {
                    let pair = try #require(value as? [Any], "\(version)")
                    #expect(pair.count == 2)
                    #expect(pair.first is String)
                    #expect((pair.last as? [Any])?.count == 30)
                }
                for field in ["sessionCountsByVersion", "uniqueSessionCountsByVersion"] {
                    let map = try #require(data[field] as? [String: Any], "\(field)")
                    #expect(map["total"] is NSNumber)
                }
                let crash = try decode(answer.body, as: ApteligentEnvelope<ApteligentCrash>.self).data
                #expect(crash.dailyOccurrencesByVersion?.total?.counts.count == 30)
                #expect(!(crash.dailyOccurrencesByVersion?.versions.isEmpty ?? true))
            }
            #expect(sawNullReason, "some groups have a null displayReason, as real ones do")
        }
    }
}
