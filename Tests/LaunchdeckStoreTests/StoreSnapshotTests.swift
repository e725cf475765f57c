import Foundation
@testable import LaunchdeckStore
import Testing

/// What each pane showed, kept poll by poll for replay and followers.
@Suite struct StoreSnapshotTests {
    let t0 = Date(timeIntervalSince1970: 1_796_000_000)

    func snapshot(_ source: String, _ seconds: Double, _ text: String) -> StoredSnapshot {
        StoredSnapshot(source: source, observedAt: t0.addingTimeInterval(seconds), body: Array(text.utf8))
    }

    func bodyCount(_ store: SQLiteHistoryStore) throws -> Int64 {
        try store.read { db throws(SQLiteConnection.Failure) in try db.query("SELECT count(*) FROM snapshot_body").first?.first?.int64 ?? -1 }
    }

    @Test func theSnapshotAtAMomentIsTheNewestNotAfterIt() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        try store.saveSnapshot(snapshot("web", 0, "a"))
        try store.saveSnapshot(snapshot("web", 30, "b"))
        try store.saveSnapshot(snapshot("crashes", 15, "c"))
        #expect(try store.snapshot(source: "web", atOrBefore: t0.addingTimeInterval(29))?.body == Array("a".utf8))
        #expect(try store.snapshot(source: "web", atOrBefore: t0.addingTimeInterval(30)) == snapshot("web", 30, "b"))
        #expect(try store.snapshot(source: "web", atOrBefore: t0.addingTimeInterval(-1)) == nil, "nothing before the first")
        #expect(try store.latestSnapshot(source: "crashes") == snapshot("crashes", 15, "c"))
        #expect(try store.latestSnapshot(source: "pushes") == nil)
        #expect(try store.snapshotTimes(from: t0, to: t0.addingTimeInterval(30)) == [0, 15, 30].map { t0.addingTimeInterval($0) })
    }

    @Test func anUnchangedPaneSharesItsBodyButKeepsItsMoment() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        let body = String(repeating: "x", count: 4_000)
        for n in 0..<10 { try store.saveSnapshot(snapshot("pushes", Double(n) * 15, body)) }
        try store.saveSnapshot(snapshot("pushes", 150, body + "!"))
        #expect(try bodyCount(store) == 2, "ten equal polls keep one body")
        #expect(try store.snapshotTimes(from: t0, to: .distantFuture).count == 11, "each poll's moment is kept for stepping")
        #expect(try store.snapshot(source: "pushes", atOrBefore: t0.addingTimeInterval(100))?.body == Array(body.utf8))
    }

    @Test func pruningByAgeDropsOldSnapshotsAndTheirBodies() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        for n in 0..<10 { try store.saveSnapshot(snapshot("web", Double(n) * 3_600, "hour \(n)")) }
        try store.prune(RetentionPolicy(maxAge: .seconds(3 * 3_600), maxBytes: 1 << 30), now: t0.addingTimeInterval(9 * 3_600))
        #expect(try store.snapshotTimes(from: .distantPast, to: .distantFuture).count == 4)
        #expect(try bodyCount(store) == 4)
        #expect(try store.snapshot(source: "web", atOrBefore: t0.addingTimeInterval(5 * 3_600)) == nil, "gone, not replaced by a newer one")
    }

    @Test func overTheSizeCapSnapshotsGoBeforeTheSeries() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        let big = String(repeating: "s", count: 3_000)
        for n in 0..<400 {
            let at = t0.addingTimeInterval(Double(n) * 30)
            try store.record(PollRecord(source: "web", observedAt: at, points: [Observation(series: "web.views", value: Double(n))]))
            try store.saveSnapshot(StoredSnapshot(source: "web", observedAt: at, body: Array("\(n)\(big)".utf8)))
        }
        let cap = try store.usedBytes() / 3
        try store.prune(RetentionPolicy(maxAge: .seconds(365 * 86_400), maxBytes: cap), now: t0.addingTimeInterval(400 * 30))
        #expect(try store.usedBytes() <= cap)
        #expect(try store.points("web.views", from: .distantPast, to: .distantFuture).count == 400, "every point stays")
        let left = try store.snapshotTimes(from: .distantPast, to: .distantFuture)
        #expect(!left.isEmpty && left.count < 400)
        #expect(left.last == t0.addingTimeInterval(399 * 30), "the newest snapshots stay")
        #expect(try store.integrity() == "ok")
    }

    @Test func aFileOfTheFirstSchemaGainsSnapshotsAndKeepsItsHistory() throws {
        let temp = TemporaryStore()
        try FileManager.default.createDirectory(atPath: temp.directory, withIntermediateDirectories: true)
        do {
            let db = try SQLiteConnection(path: temp.path, busyTimeout: .seconds(1))
            try db.execute("""
                CREATE TABLE series (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                CREATE TABLE point (series INTEGER NOT NULL REFERENCES series(id), t INTEGER NOT NULL, observed INTEGER,
                    value REAL NOT NULL, PRIMARY KEY (series, t)) WITHOUT ROWID;
                CREATE TABLE poll (source TEXT NOT NULL, t INTEGER NOT NULL, PRIMARY KEY (source, t)) WITHOUT ROWID;
                CREATE TABLE event (id INTEGER PRIMARY KEY, t INTEGER NOT NULL, kind TEXT NOT NULL,
                    subject TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
                CREATE INDEX event_t ON event(t);
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO series VALUES (1, 'web.views');
                INSERT INTO point VALUES (1, 1796000000000, NULL, 42);
                PRAGMA user_version = 1;
                """)
        }
        let store = try temp.open()
        #expect(try store.points("web.views", from: .distantPast, to: .distantFuture).map(\.value) == [42])
        try store.saveSnapshot(snapshot("web", 0, "now kept"))
        #expect(try store.latestSnapshot(source: "web")?.body == Array("now kept".utf8))
        #expect(try store.read { db throws(SQLiteConnection.Failure) in try db.query("PRAGMA user_version").first?.first?.int64 } == 2)
    }

    @Test func aSummaryGivesTheEndsAndTheMeanOfASpan() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        for n in 0..<10 {
            try store.record(PollRecord(source: "crashes", observedAt: t0.addingTimeInterval(Double(n) * 60),
                                        points: [Observation(series: "rate", value: Double(n))]))
        }
        let span = try store.summary("rate", from: t0.addingTimeInterval(120), to: t0.addingTimeInterval(300))
        #expect(span.first?.value == 2 && span.last?.value == 4 && span.mean == 3 && span.count == 3)
        #expect(span.last?.at == t0.addingTimeInterval(240))
        let none = try store.summary("rate", from: t0.addingTimeInterval(-600), to: t0)
        #expect(none == SeriesSummary(), "an empty span has no ends and no mean")
    }
}
