#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What each pane showed, poll by poll (schema version 2): a `snapshot` row per source and
/// moment, pointing at a `snapshot_body`; a body equal to the source's previous one is shared.
extension SQLiteHistoryStore {
    public func saveSnapshot(_ snapshot: StoredSnapshot) throws(StoreError) {
        let t = Self.millis(snapshot.observedAt)
        try write { db throws(SQLiteConnection.Failure) in
            let previous = try db.query("""
                SELECT snapshot_body.id, snapshot_body.body FROM snapshot JOIN snapshot_body ON snapshot_body.id = snapshot.body
                WHERE snapshot.source = ? AND snapshot.t <= ? ORDER BY snapshot.t DESC LIMIT 1
                """, [.text(snapshot.source), .integer(t)]).first
            let body: Int64
            if let previous, let id = previous[0].int64, previous[1].bytes == snapshot.body {
                body = id
            } else {
                try db.query("INSERT INTO snapshot_body (body) VALUES (?)", [.blob(snapshot.body)])
                body = db.lastInsertedRowID
            }
            try db.query("INSERT OR REPLACE INTO snapshot (source, t, body) VALUES (?, ?, ?)",
                         [.text(snapshot.source), .integer(t), .integer(body)])
        }
    }

    public func latestSnapshot(source: String) throws(StoreError) -> StoredSnapshot? {
        try snapshot(source: source, atOrBefore: .distantFuture)
    }

    public func snapshot(source: String, atOrBefore moment: Date) throws(StoreError) -> StoredSnapshot? {
        try read { db throws(SQLiteConnection.Failure) in
            guard let row = try db.query("""
                SELECT snapshot.t, snapshot_body.body FROM snapshot JOIN snapshot_body ON snapshot_body.id = snapshot.body
                WHERE snapshot.source = ? AND snapshot.t <= ? ORDER BY snapshot.t DESC LIMIT 1
                """, [.text(source), .integer(Self.millis(moment))]).first,
                let t = row[0].int64, let body = row[1].bytes else { return nil }
            return StoredSnapshot(source: source, observedAt: Self.date(t), body: body)
        }
    }

    public func snapshotTimes(from: Date, to: Date) throws(StoreError) -> [Date] {
        try read { db throws(SQLiteConnection.Failure) in
            try db.query("SELECT DISTINCT t FROM snapshot WHERE t >= ? AND t <= ? ORDER BY t",
                         [.integer(Self.millis(from)), .integer(Self.millis(to))]).compactMap { $0.first?.int64.map(Self.date) }
        }
    }

    /// Deletes the snapshots of moments before `cutoff` and the bodies no snapshot uses any more.
    static func deleteSnapshots(before cutoff: Int64, db: SQLiteConnection) throws(SQLiteConnection.Failure) {
        try db.query("DELETE FROM snapshot WHERE t < ?", [.integer(cutoff)])
        guard db.changes > 0 else { return }
        try db.query("DELETE FROM snapshot_body WHERE id NOT IN (SELECT body FROM snapshot)")
    }

    /// Deletes the oldest tenth of the snapshots (for the size cap); false when there are none.
    func pruneOldestSnapshots() throws(StoreError) -> Bool {
        try write { db throws(SQLiteConnection.Failure) -> Bool in
            let total = try db.query("SELECT count(*) FROM snapshot").first?.first?.int64 ?? 0
            guard total > 0 else { return false }
            let edge = try db.query("SELECT t FROM snapshot ORDER BY t LIMIT 1 OFFSET ?",
                                    [.integer(max(1, total / 10) - 1)]).first?.first?.int64 ?? 0
            try Self.deleteSnapshots(before: edge + 1, db: db)
            return true
        }
    }
}
