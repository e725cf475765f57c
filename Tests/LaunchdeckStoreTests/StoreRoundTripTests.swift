import Foundation
@testable import LaunchdeckStore
import Testing

/// A temporary history database, removed with its folder when the test ends.
final class TemporaryStore {
    let directory: String
    var path: String { directory + "/history.sqlite" }

    init() {
        directory = NSTemporaryDirectory() + "launchdeck-store-\(UUID().uuidString)"
    }

    func open(busyTimeout: Duration = .seconds(2), maxPageCount: Int? = nil) throws -> SQLiteHistoryStore {
        try SQLiteHistoryStore(path: path, busyTimeout: busyTimeout, maxPageCount: maxPageCount)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }
}

@Suite struct StoreRoundTripTests {
    let t0 = Date(timeIntervalSince1970: 1_796_000_000)

    @Test func aPollsPointsAndEventsReadBackInOrder() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        try store.record(PollRecord(source: "web", observedAt: t0.addingTimeInterval(30), points: [
            Observation(series: "web.hits_per_minute", at: t0, value: 42),
            Observation(series: "web.views_today", value: 1_000),
        ], events: [HistoryEvent(at: t0.addingTimeInterval(5), kind: "push_sent", subject: "Launch", detail: "to all")]))
        try store.record(PollRecord(source: "web", observedAt: t0.addingTimeInterval(60), points: [
            Observation(series: "web.hits_per_minute", at: t0.addingTimeInterval(-60), value: 40),
        ]))

        let hits = try store.points("web.hits_per_minute", from: t0.addingTimeInterval(-3600), to: t0.addingTimeInterval(3600))
        #expect(hits.map(\.value) == [40, 42], "oldest moment first, whatever the order of writing")
        #expect(hits.map(\.at) == [t0.addingTimeInterval(-60), t0])
        #expect(hits.map(\.observedAt) == [t0.addingTimeInterval(60), t0.addingTimeInterval(30)])
        let views = try store.points("web.views_today", from: t0, to: t0.addingTimeInterval(3600))
        #expect(views == [SeriesPoint(at: t0.addingTimeInterval(30), value: 1_000, observedAt: t0.addingTimeInterval(30))],
                "without a source time a point describes the moment it was observed")
        #expect(try store.events(from: t0, to: t0.addingTimeInterval(10))
                == [HistoryEvent(at: t0.addingTimeInterval(5), kind: "push_sent", subject: "Launch", detail: "to all")])
        #expect(try store.seriesNames() == ["web.hits_per_minute", "web.views_today"])
        #expect(try store.points("web.hits_per_minute", from: t0.addingTimeInterval(1), to: t0.addingTimeInterval(3600)).isEmpty,
                "the range is half-open and exact to the millisecond")
    }

    @Test func aLaterReadOfTheSameMomentReplacesIt() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        for (n, value) in [10.0, 25, 31].enumerated() {
            try store.record(PollRecord(source: "web", observedAt: t0.addingTimeInterval(Double(n) * 10),
                                        points: [Observation(series: "web.hits_per_minute", at: t0, value: value)]))
        }
        let points = try store.points("web.hits_per_minute", from: t0, to: t0.addingTimeInterval(1))
        #expect(points.map(\.value) == [31], "this minute's hits, still growing, are one point")
        #expect(points.first?.observedAt == t0.addingTimeInterval(20))
    }

    @Test func valuesThatAreNotNumbersAreNotRecorded() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        try store.record(PollRecord(source: "crashes", observedAt: t0, points: [
            Observation(series: "crashes.rate", value: .nan), Observation(series: "crashes.rate", at: t0.addingTimeInterval(-1), value: .infinity),
        ]))
        #expect(try store.points("crashes.rate", from: .distantPast, to: .distantFuture).isEmpty, "a gap, never an invented point")
    }

    @Test func metaValuesAreSetReplacedAndRemoved() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        #expect(try store.meta("t0") == nil)
        try store.setMeta("t0", "2026-12-06T18:00:00Z")
        try store.setMeta("t0", "2026-12-06T18:05:00Z")
        #expect(try store.meta("t0") == "2026-12-06T18:05:00Z")
        try store.setMeta("t0", nil)
        #expect(try store.meta("t0") == nil)
    }

    @Test func metaValuesAreFoundByTheirKeysStart() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        try store.setMeta("room.watch.12", "a")
        try store.setMeta("room.watch.7", "b")
        try store.setMeta("room.watcher", "c")
        try store.setMeta("room_watch.1", "d")  // `_` is itself, not LIKE's any character
        #expect(try store.metas(prefix: "room.watch.") == ["room.watch.12": "a", "room.watch.7": "b"])
        #expect(try store.metas(prefix: "nothing").isEmpty)
    }

    @Test func reopeningKeepsEverythingAndTheJournalIsWAL() throws {
        let temp = TemporaryStore()
        do {
            let store = try temp.open()
            try store.record(PollRecord(source: "web", observedAt: t0, points: [Observation(series: "a", value: 1)]))
        }
        let again = try temp.open()
        #expect(try again.points("a", from: t0, to: t0.addingTimeInterval(1)).map(\.value) == [1])
        #expect(FileManager.default.fileExists(atPath: temp.path + "-wal"), "write-ahead log: readers never wait for the writer")
        #expect(try again.integrity() == "ok")
        // SQLite's page cache stays bounded however long the dashboard runs (the kernel caches the file).
        let cache = try again.read { db throws(SQLiteConnection.Failure) in try db.query("PRAGMA cache_size") }
        #expect(cache.first?.first?.int64 == -Int64(SQLiteHistoryStore.cacheKilobytes))
    }

    @Test func theDirectoryIsMadePrivate() throws {
        let temp = TemporaryStore()
        _ = try temp.open()
        let mode = try FileManager.default.attributesOfItem(atPath: temp.directory)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }
}
