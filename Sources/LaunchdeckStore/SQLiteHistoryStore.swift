#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The history in one SQLite file (WAL: readers never wait for the writer; a poll is one
/// transaction, so `kill -9` mid-write loses at most that poll). Several processes may open
/// the same file; SQLite's locks order their writes, and a writer waits up to `busyTimeout`.
public final class SQLiteHistoryStore: HistoryStore {
    public let path: String
    private let connection: Mutex<SQLiteConnection>

    /// The most SQLite keeps of the file in memory (`PRAGMA cache_size`), in KiB.
    static let cacheKilobytes = 512

    /// The schema's version (`PRAGMA user_version`); a newer file is refused rather than misread.
    static var schemaVersion: Int64 { Int64(schemaSteps.count) }

    /// Opens (creating it and its directory, mode 0700, when missing) the database at `path`.
    /// - Parameter maxPageCount: a cap on the file's pages (tests make a full disk with it).
    public init(path: String, busyTimeout: Duration = .seconds(2), maxPageCount: Int? = nil) throws(StoreError) {
        self.path = path
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try Self.makeDirectory(String(path[..<slash]), path: path)
        }
        do throws(SQLiteConnection.Failure) {
            let db = try SQLiteConnection(path: path, busyTimeout: busyTimeout)
            // WAL with NORMAL: a commit survives a crash of the process (not a power cut).
            try Self.useWriteAheadLog(db, within: busyTimeout)
            try db.execute("PRAGMA synchronous = NORMAL")
            // The log is cut back to 1 MB after each checkpoint rather than kept at its largest.
            try db.execute("PRAGMA journal_size_limit = 1048576")
            // SQLite's own page cache is 2 MB by default and fills as the history grows over a day
            // left running; the kernel caches the file anyway, so 512 KB keeps the dashboard's
            // memory where a minute's run measures it (issue 17: peak RSS 18 MB).
            try db.execute("PRAGMA cache_size = -\(Self.cacheKilobytes)")
            if let maxPageCount { try db.query("PRAGMA max_page_count = \(maxPageCount)") }
            try Self.migrate(db, path: path)
            connection = Mutex(db)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    private static func makeDirectory(_ directory: String, path: String) throws(StoreError) {
        var parts: [String] = []
        for component in directory.split(separator: "/") {
            parts.append(String(component))
            let partial = (directory.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
            if mkdir(partial, 0o700) != 0, errno != EEXIST { throw StoreError(.readOnly, path: path) }
        }
    }

    /// Each schema version's statements, in order: a file at version N gets the steps after N.
    private static let schemaSteps = [
        """
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
        """,
        // Version 2: what each pane showed, for replay and for followers. A poll whose
        // snapshot equals the one before shares its body (most polls of a quiet pane).
        """
        CREATE TABLE snapshot_body (id INTEGER PRIMARY KEY, body BLOB NOT NULL);
        CREATE TABLE snapshot (
            source TEXT NOT NULL, t INTEGER NOT NULL,
            body INTEGER NOT NULL REFERENCES snapshot_body(id),
            PRIMARY KEY (source, t)
        ) WITHOUT ROWID;
        CREATE INDEX snapshot_body_ref ON snapshot(body);
        CREATE INDEX snapshot_t ON snapshot(t);
        """,
    ]

    private static func migrate(_ db: SQLiteConnection, path: String) throws(SQLiteConnection.Failure) {
        guard try fileVersion(db) < schemaVersion else { return }
        try db.transaction { () throws(SQLiteConnection.Failure) in
            // Read again under the write lock: another launchdeck opening the same new file at
            // the same moment may have created the schema between the first read and the lock.
            let version = try fileVersion(db)
            for step in schemaSteps.dropFirst(Int(version)) { try db.execute(step) }
            try db.execute("PRAGMA user_version = \(schemaVersion)")
        }
    }

    /// The file's schema version (0: new); a file written by a newer launchdeck is refused.
    private static func fileVersion(_ db: SQLiteConnection) throws(SQLiteConnection.Failure) -> Int64 {
        let version = try db.query("PRAGMA user_version").first?.first?.int64 ?? 0
        if version > schemaVersion { throw SQLiteConnection.Failure(code: 26, message: "written by a newer launchdeck") }
        return version
    }

    /// Puts the file in WAL mode (kept in the file, so only its first opener changes it).
    /// SQLite answers a mode change that meets another connection with SQLITE_BUSY at once,
    /// without its busy handler, so several launchdecks opening a new file together retry
    /// here, within the same `busyTimeout` as every other wait for the lock.
    private static func useWriteAheadLog(_ db: SQLiteConnection, within busyTimeout: Duration) throws(SQLiteConnection.Failure) {
        let clock = ContinuousClock()
        let deadline = clock.now + busyTimeout
        while true {
            do throws(SQLiteConnection.Failure) {
                if try db.query("PRAGMA journal_mode").first?.first?.string == "wal" { return }
                try db.query("PRAGMA journal_mode = WAL")
                return
            } catch where error.code == 5 && clock.now < deadline {  // SQLITE_BUSY
                usleep(5_000)
            }
        }
    }

    public func record(_ poll: PollRecord) throws(StoreError) {
        let observed = Self.millis(poll.observedAt)
        try write { db throws(SQLiteConnection.Failure) in
            try db.query("INSERT OR IGNORE INTO poll (source, t) VALUES (?, ?)", [.text(poll.source), .integer(observed)])
            var ids: [String: Int64] = [:]
            for point in poll.points where point.value.isFinite {
                let series: Int64
                if let known = ids[point.series] { series = known } else { series = try Self.seriesID(point.series, db: db) }
                ids[point.series] = series
                // A later read of the same moment (this minute's hits, still growing) replaces it.
                // `observed` is NULL when it is the moment itself (most points): 8 bytes a point less.
                let moment = point.at.map(Self.millis) ?? observed
                try db.query("INSERT OR REPLACE INTO point (series, t, observed, value) VALUES (?, ?, ?, ?)",
                             [.integer(series), .integer(moment), moment == observed ? .null : .integer(observed),
                              .real(point.value)])
            }
            for event in poll.events {
                try db.query("INSERT INTO event (t, kind, subject, detail) VALUES (?, ?, ?, ?)",
                             [.integer(Self.millis(event.at)), .text(event.kind), .text(event.subject), .text(event.detail)])
            }
        }
    }

    public func points(_ series: String, from: Date, to: Date) throws(StoreError) -> [SeriesPoint] {
        try read { db throws(SQLiteConnection.Failure) in
            try db.query("""
                SELECT point.t, point.value, coalesce(point.observed, point.t) FROM point JOIN series ON series.id = point.series
                WHERE series.name = ? AND point.t >= ? AND point.t < ? ORDER BY point.t
                """, [.text(series), .integer(Self.millis(from)), .integer(Self.millis(to))]).compactMap { row in
                guard let t = row[0].int64, let value = row[1].double, let observed = row[2].int64 else { return nil }
                return SeriesPoint(at: Self.date(t), value: value, observedAt: Self.date(observed))
            }
        }
    }

    public func summary(_ series: String, from: Date, to: Date) throws(StoreError) -> SeriesSummary {
        try read { db throws(SQLiteConnection.Failure) in
            let span: [SQLiteConnection.Value] = [.text(series), .integer(Self.millis(from)), .integer(Self.millis(to))]
            let range = "FROM point JOIN series ON series.id = point.series WHERE series.name = ? AND point.t >= ? AND point.t < ?"
            func end(_ order: String) throws(SQLiteConnection.Failure) -> SeriesPoint? {
                guard let row = try db.query("SELECT point.t, point.value, coalesce(point.observed, point.t) \(range) "
                                             + "ORDER BY point.t \(order) LIMIT 1", span).first,
                      let t = row[0].int64, let value = row[1].double, let observed = row[2].int64 else { return nil }
                return SeriesPoint(at: Self.date(t), value: value, observedAt: Self.date(observed))
            }
            let totals = try db.query("SELECT avg(point.value), count(*) \(range)", span).first
            return SeriesSummary(first: try end("ASC"), last: try end("DESC"), mean: totals?[0].double,
                                 count: Int(totals?[1].int64 ?? 0))
        }
    }

    public func events(from: Date, to: Date) throws(StoreError) -> [HistoryEvent] {
        try read { db throws(SQLiteConnection.Failure) in
            try db.query("SELECT t, kind, subject, detail FROM event WHERE t >= ? AND t < ? ORDER BY t, id",
                         [.integer(Self.millis(from)), .integer(Self.millis(to))]).compactMap { row in
                guard let t = row[0].int64, let kind = row[1].string, let subject = row[2].string else { return nil }
                return HistoryEvent(at: Self.date(t), kind: kind, subject: subject, detail: row[3].string ?? "")
            }
        }
    }

    public func seriesNames() throws(StoreError) -> [String] {
        try read { db throws(SQLiteConnection.Failure) in
            try db.query("SELECT name FROM series ORDER BY name").compactMap { $0.first?.string }
        }
    }

    public func meta(_ key: String) throws(StoreError) -> String? {
        try read { db throws(SQLiteConnection.Failure) in
            try db.query("SELECT value FROM meta WHERE key = ?", [.text(key)]).first?.first?.string
        }
    }

    public func metas(prefix: String) throws(StoreError) -> [String: String] {
        try read { db throws(SQLiteConnection.Failure) in
            // substr (counting characters as SQLite does), not LIKE: a key's `_` or `%` is itself.
            try db.query("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?",
                         [.integer(Int64(prefix.unicodeScalars.count)), .text(prefix)])
                .reduce(into: [:]) { found, row in
                    if let key = row[0].string, let value = row[1].string { found[key] = value }
                }
        }
    }

    public func setMeta(_ key: String, _ value: String?) throws(StoreError) {
        try write { db throws(SQLiteConnection.Failure) in
            if let value {
                try db.query("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [.text(key), .text(value)])
            } else {
                try db.query("DELETE FROM meta WHERE key = ?", [.text(key)])
            }
        }
    }

    @discardableResult
    public func prune(_ policy: RetentionPolicy, now: Date) throws(StoreError) -> Int {
        let cutoff = Self.millis(now) - Int64(policy.maxAge.components.seconds) * 1000
        var removed = try write { db throws(SQLiteConnection.Failure) in try Self.delete(before: cutoff, db: db) }
        // Over the size cap: the oldest tenth of the snapshots goes first (replay's detail is
        // the bulk of the file), then of the points, until the file fits.
        while try usedBytes() > policy.maxBytes {
            if try pruneOldestSnapshots() { continue }
            let gone = try write { db throws(SQLiteConnection.Failure) -> Int in
                let total = try db.query("SELECT count(*) FROM point").first?.first?.int64 ?? 0
                guard total > 0 else { return 0 }
                let edge = try db.query("SELECT t FROM point ORDER BY t LIMIT 1 OFFSET ?",
                                        [.integer(max(1, total / 10) - 1)]).first?.first?.int64 ?? 0
                return try Self.delete(before: edge + 1, db: db)
            }
            removed += gone
            if gone == 0 { break }
        }
        return removed
    }

    /// Deletes points, events and polls of moments before `cutoff`; returns how many points and events went.
    static func delete(before cutoff: Int64, db: SQLiteConnection) throws(SQLiteConnection.Failure) -> Int {
        try db.query("DELETE FROM point WHERE t < ?", [.integer(cutoff)])
        var count = db.changes
        try db.query("DELETE FROM event WHERE t < ?", [.integer(cutoff)])
        count += db.changes
        try db.query("DELETE FROM poll WHERE t < ?", [.integer(cutoff)])
        try deleteSnapshots(before: cutoff, db: db)
        return count
    }

    /// The pages in use (free pages are reused before the file grows).
    func usedBytes() throws(StoreError) -> Int {
        try read { db throws(SQLiteConnection.Failure) in
            let pages = try db.query("PRAGMA page_count").first?.first?.int64 ?? 0
            let free = try db.query("PRAGMA freelist_count").first?.first?.int64 ?? 0
            let size = try db.query("PRAGMA page_size").first?.first?.int64 ?? 4096
            return Int((pages - free) * size)
        }
    }

    /// SQLite's own check of the file: "ok" when sound.
    public func integrity() throws(StoreError) -> String {
        try read { db throws(SQLiteConnection.Failure) in
            try db.query("PRAGMA integrity_check").first?.first?.string ?? "no answer"
        }
    }

    /// Holds the write lock while `body` runs (tests make "locked by another process" with it).
    func holdWriteLock(_ body: () -> Void) throws(StoreError) {
        try write { db throws(SQLiteConnection.Failure) in body() }
    }

    // MARK: - Plumbing

    @discardableResult
    func write<T>(_ body: (SQLiteConnection) throws(SQLiteConnection.Failure) -> T) throws(StoreError) -> T {
        try read { db throws(SQLiteConnection.Failure) in try db.transaction { () throws(SQLiteConnection.Failure) in try body(db) } }
    }

    func read<T>(_ body: (SQLiteConnection) throws(SQLiteConnection.Failure) -> T) throws(StoreError) -> T {
        let result: Result<T, SQLiteConnection.Failure> = connection.withLock { db in
            do throws(SQLiteConnection.Failure) { return .success(try body(db)) } catch { return .failure(error) }
        }
        switch result {
        case .success(let value): return value
        case .failure(let failure): throw Self.storeError(failure, path: path)
        }
    }

    private static func seriesID(_ name: String, db: SQLiteConnection) throws(SQLiteConnection.Failure) -> Int64 {
        if let id = try db.query("SELECT id FROM series WHERE name = ?", [.text(name)]).first?.first?.int64 { return id }
        try db.query("INSERT INTO series (name) VALUES (?)", [.text(name)])
        return db.lastInsertedRowID
    }

    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    static func storeError(_ failure: SQLiteConnection.Failure, path: String) -> StoreError {
        switch failure.code {
        case 5, 6: StoreError(.locked, path: path)  // SQLITE_BUSY, SQLITE_LOCKED
        case 13: StoreError(.full, path: path)  // SQLITE_FULL
        case 3, 8, 14, 23: StoreError(.readOnly, path: path)  // SQLITE_PERM, _READONLY, _CANTOPEN, _AUTH
        case 11, 26: StoreError(.corrupt, path: path)  // SQLITE_CORRUPT, SQLITE_NOTADB
        default: StoreError(.other("SQLite error \(failure.code): \(failure.message)"), path: path)
        }
    }
}
