import Foundation
import GRDB

/// The history in one SQLite file (WAL: readers never wait for the writer; a poll is one
/// transaction, so `kill -9` mid-write loses at most that poll). Several processes may open
/// the same file; SQLite's locks order their writes, and a writer waits up to `busyTimeout`.
public final class SQLiteHistoryStore: HistoryStore {
    public let path: String
    private let queue: DatabaseQueue

    /// Opens (creating it and its directory, mode 0700, when missing) the database at `path`.
    /// - Parameter maxPageCount: a cap on the file's pages (tests make a full disk with it).
    public init(path: String, busyTimeout: Duration = .seconds(2), maxPageCount: Int? = nil) throws(StoreError) {
        self.path = path
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError(.readOnly, path: path)
            }
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(TimeInterval(busyTimeout.components.seconds)
                                          + TimeInterval(busyTimeout.components.attoseconds) / 1e18)
        configuration.label = "launchdeck.history"
        configuration.prepareDatabase { db in
            // WAL with NORMAL: a commit survives a crash of the process (not of the machine's power).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The log is cut back to 1 MB after each checkpoint rather than kept at its largest.
            try db.execute(sql: "PRAGMA journal_size_limit = 1048576")
            if let maxPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(queue)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE series (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                CREATE TABLE point (
                    series INTEGER NOT NULL REFERENCES series(id),
                    t INTEGER NOT NULL,
                    observed INTEGER,
                    value REAL NOT NULL,
                    PRIMARY KEY (series, t)
                ) WITHOUT ROWID;
                CREATE TABLE poll (source TEXT NOT NULL, t INTEGER NOT NULL, PRIMARY KEY (source, t)) WITHOUT ROWID;
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY, t INTEGER NOT NULL, kind TEXT NOT NULL,
                    subject TEXT NOT NULL, detail TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX event_t ON event(t);
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """)
        }
        return migrator
    }

    public func record(_ poll: PollRecord) throws(StoreError) {
        let observed = Self.millis(poll.observedAt)
        try write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO poll (source, t) VALUES (?, ?)", arguments: [poll.source, observed])
            for point in poll.points where point.value.isFinite {
                let series = try Self.seriesID(point.series, db: db)
                // A later read of the same moment (this minute's hits, still growing) replaces it.
                // `observed` is NULL when it is the moment itself (most points): 8 bytes a point less.
                let moment = point.at.map(Self.millis) ?? observed
                try db.execute(sql: "INSERT OR REPLACE INTO point (series, t, observed, value) VALUES (?, ?, ?, ?)",
                               arguments: [series, moment, moment == observed ? nil : observed, point.value])
            }
            for event in poll.events {
                try db.execute(sql: "INSERT INTO event (t, kind, subject, detail) VALUES (?, ?, ?, ?)",
                               arguments: [Self.millis(event.at), event.kind, event.subject, event.detail])
            }
        }
    }

    public func points(_ series: String, from: Date, to: Date) throws(StoreError) -> [SeriesPoint] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT point.t, point.value, coalesce(point.observed, point.t) FROM point JOIN series ON series.id = point.series
                WHERE series.name = ? AND point.t >= ? AND point.t < ? ORDER BY point.t
                """, arguments: [series, Self.millis(from), Self.millis(to)]).map { row in
                SeriesPoint(at: Self.date(row[0]), value: row[1], observedAt: Self.date(row[2]))
            }
        }
    }

    public func events(from: Date, to: Date) throws(StoreError) -> [HistoryEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT t, kind, subject, detail FROM event WHERE t >= ? AND t < ? ORDER BY t, id",
                             arguments: [Self.millis(from), Self.millis(to)]).map { row in
                HistoryEvent(at: Self.date(row[0]), kind: row[1], subject: row[2], detail: row[3])
            }
        }
    }

    public func seriesNames() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM series ORDER BY name") }
    }

    public func meta(_ key: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    public func setMeta(_ key: String, _ value: String?) throws(StoreError) {
        try write { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
            }
        }
    }

    @discardableResult
    public func prune(_ policy: RetentionPolicy, now: Date) throws(StoreError) -> Int {
        let cutoff = Self.millis(now) - Int64(policy.maxAge.components.seconds) * 1000
        var removed = try write { db in try Self.delete(before: cutoff, db: db) }
        // Over the size cap: the oldest tenth of what is left goes, until the file fits.
        while try usedBytes() > policy.maxBytes {
            let gone = try write { db -> Int in
                let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM point") ?? 0
                guard total > 0 else { return 0 }
                let edge = try Int64.fetchOne(db, sql: "SELECT t FROM point ORDER BY t LIMIT 1 OFFSET ?",
                                              arguments: [max(1, total / 10) - 1]) ?? 0
                return try Self.delete(before: edge + 1, db: db)
            }
            removed += gone
            if gone == 0 { break }
        }
        return removed
    }

    /// Deletes points, events and polls of moments before `cutoff`; returns how many points and events went.
    private static func delete(before cutoff: Int64, db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM point WHERE t < ?", arguments: [cutoff])
        var count = db.changesCount
        try db.execute(sql: "DELETE FROM event WHERE t < ?", arguments: [cutoff])
        count += db.changesCount
        try db.execute(sql: "DELETE FROM poll WHERE t < ?", arguments: [cutoff])
        return count
    }

    /// The pages in use (free pages are reused before the file grows).
    func usedBytes() throws(StoreError) -> Int {
        try read { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
            let size = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
            return (pages - free) * size
        }
    }

    /// SQLite's own check of the file: "ok" when sound.
    public func integrity() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    /// Holds the write lock while `body` runs (tests make "locked by another process" with it).
    func holdWriteLock(_ body: () -> Void) throws {
        try queue.inTransaction(.exclusive) { _ in
            body()
            return .commit
        }
    }

    // MARK: - Plumbing

    private func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.write(body) } catch { throw Self.storeError(error, path: path) }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.read(body) } catch { throw Self.storeError(error, path: path) }
    }

    private static func seriesID(_ name: String, db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM series WHERE name = ?", arguments: [name]) { return id }
        try db.execute(sql: "INSERT INTO series (name) VALUES (?)", arguments: [name])
        return db.lastInsertedRowID
    }

    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else { return StoreError(.other(String(describing: error)), path: path) }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError(.locked, path: path)
        case .SQLITE_FULL: return StoreError(.full, path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return StoreError(.readOnly, path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreError(.corrupt, path: path)
        default: return StoreError(.other(error.message ?? "SQLite error \(error.resultCode.rawValue)"), path: path)
        }
    }
}
