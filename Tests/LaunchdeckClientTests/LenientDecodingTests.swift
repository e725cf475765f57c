import Foundation
import LaunchdeckAPI
@testable import LaunchdeckClient
import Testing

/// The wire rule: a value of an unexpected shape costs that value, with a note; only what a
/// model cannot exist without fails the body.
@Suite struct LenientDecodingTests {
    struct Item: Codable, Equatable {
        var id: String
        var count: Int?
        var when: Date?
        var tags: [String]?
        var inner: Inner?
    }

    struct Inner: Codable, Equatable {
        var name: String
        var size: Double?
    }

    struct Page: Codable, Equatable {
        var items: [Item]
        var byVersion: [String: Int]?
        var series: [Double]?
    }

    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> (value: T, notes: [DecodeNote]) {
        try LenientJSON.decode(type, from: Data(json.utf8))
    }

    @Test func anOptionalFieldOfTheWrongShapeBecomesNilAndANote() throws {
        let (item, notes) = try decode(Item.self, #"{"id": "a", "count": "many", "when": "2026-12-06T21:54:48Z"}"#)
        #expect(item.id == "a" && item.count == nil)
        #expect(item.when == Timestamp.parse("2026-12-06T21:54:48Z"), "the neighbours are untouched")
        #expect(notes == [DecodeNote(steps: [.key("count")], problem: "expected Int")])
    }

    @Test func aRequiredFieldStillFailsTheBody() {
        #expect(throws: DecodingError.self) { try decode(Item.self, #"{"id": 7}"#) }
        #expect(throws: DecodingError.self) { try decode(Item.self, #"{"count": 7}"#) }
    }

    @Test func aBadRecordInAListIsLeftOutAndTheRestKept() throws {
        let (page, notes) = try decode(Page.self, #"{"items": [{"id": "a"}, {"count": 3}, {"id": "c", "count": 1.5}]}"#)
        #expect(page.items.map(\.id) == ["a", "c"])
        #expect(page.items[1].count == nil, "a fractional count is not an Int")
        #expect(notes.map(\.path) == ["items[1]", "items[2].count"])
        #expect(notes[0].problem == "left out: missing id")
    }

    @Test func aSeriesWithABadPointIsDroppedWholeNotShifted() throws {
        let (page, notes) = try decode(Page.self, #"{"items": [], "series": [1, 2, "x", 4]}"#)
        #expect(page.series == nil)
        #expect(notes.map(\.path) == ["series"])
        #expect(notes[0].problem == "expected Double at [2]")
    }

    @Test func aMapKeepsTheEntriesItCanRead() throws {
        let (page, notes) = try decode(Page.self, #"{"items": [], "byVersion": {"1.0": 3, "1.1": 4, "total": [1, 2]}}"#)
        #expect(page.byVersion == ["1.0": 3, "1.1": 4])
        #expect(notes.map(\.path) == ["byVersion.total"])
    }

    @Test func aNestedRecordMissingItsRequiredFieldCostsOnlyThatField() throws {
        let (item, notes) = try decode(Item.self, #"{"id": "a", "inner": {"size": 2}, "tags": ["x", null]}"#)
        #expect(item.inner == nil && item.tags == nil)
        #expect(Set(notes.map(\.path)) == ["inner", "tags"])
    }

    @Test func nullIsAbsentNotAProblem() throws {
        let (item, notes) = try decode(Item.self, #"{"id": "a", "count": null, "inner": null, "when": null}"#)
        #expect(item == Item(id: "a"))
        #expect(notes.isEmpty)
    }

    @Test func aBadTimestampCostsOnlyItself() throws {
        let (item, notes) = try decode(Item.self, #"{"id": "a", "when": "yesterday", "count": 2}"#)
        #expect(item.when == nil && item.count == 2)
        #expect(notes.map(\.path) == ["when"])
    }

    @Test func handWrittenDecodersAreLenientToo() throws {
        // TinylyticsGroupedHit decodes by hand with decodeIfPresent.
        let (page, notes) = try decode(
            TinylyticsGroupedHitsResponse.self,
            #"{"grouped_hits": [{"path": "/a", "views": "12", "unique_views": 3}, {"path": "/b", "views": 5}],"#
                + #""pagination": {"current_page": 1, "per_page": 100, "total_count": 2, "total_pages": 1}}"#)
        #expect(page.groupedHits.map(\.key) == ["/a", "/b"])
        #expect(page.groupedHits[0].views == nil && page.groupedHits[0].uniqueViews == 3)
        #expect(notes.map(\.path) == ["grouped_hits[0].views"])
    }

    @Test func invalidJSONIsStillAnError() {
        #expect(throws: (any Error).self) { try decode(Item.self, #"{"id": "a""#) }
    }
}

extension LenientDecodingTests {
    @Test func somethingElseWhereARecordBelongsIsLeftOutToo() throws {
        let (page, notes) = try decode(Page.self, #"{"items": [{"id": "a"}, [1, 2], "b", {"id": "c"}]}"#)
        #expect(page.items.map(\.id) == ["a", "c"])
        #expect(notes.map(\.path) == ["items[1]", "items[2]"])
    }
}

/// The client reports what it could not read, by endpoint path, never by query.
@Suite struct DecodeNoteLogTests {
    @Test func aClientReadRecordsItsNotesOnceEachWithCounts() async throws {
        let log = DecodeNoteLog()
        let body = Data(#"{"id": 123, "email": 5}"#.utf8)
        let response = TransportResponse(status: 200, body: body)
        for _ in 0..<2 {
            let account = try ResponseDecoder.decode(TinylyticsAccount.self, from: response, service: .tinylytics,
                                                     endpoint: "/api/v1/me", notes: log)
            #expect(account.id == 123 && account.email == nil)
        }
        #expect(log.all.count == 1)
        #expect(log.all.first?.count == 2)
        #expect(log.all.first?.endpoint == "/api/v1/me")
        #expect(log.all.first?.note.path == "email")
    }

    @Test func theDebugLogGetsEachNewNoteOnce() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: file) }
        let log = DecodeNoteLog()
        log.logTo(file.path)
        let note = DecodeNote(steps: [.key("data"), .key("x")], problem: "expected Int")
        log.record([note], service: .apteligent, endpoint: "/v2/apps")
        log.record([note], service: .apteligent, endpoint: "/v2/apps")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 1)
        #expect(text.contains("apteligent /v2/apps data.x: expected Int"))
    }
}

extension LenientDecodingTests {
    @Test func anObjectAmongTheNumbersOfASeriesFailsTheSeriesNotShiftsIt() throws {
        let (page, notes) = try decode(Page.self, #"{"items": [], "series": [1, {}, 3]}"#)
        #expect(page.series == nil)
        #expect(notes.map(\.path) == ["series"])
    }
}

extension DecodeNoteLogTests {
    @Test func aKeyWithEscapesIsWrittenEscapedToTheLog() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: file) }
        let log = DecodeNoteLog()
        log.logTo(file.path)
        log.record([DecodeNote(steps: [.key("map"), .key("c\u{1B}[31m\u{202E}")], problem: "left out: expected Int")],
                   service: .apteligent, endpoint: "/v2/x")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(text.contains(#"map.c\u{1b}[31m\u{202e}: left out: expected Int"#))
    }
}
