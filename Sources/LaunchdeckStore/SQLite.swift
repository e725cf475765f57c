import CSQLite
import Synchronization

/// One SQLite connection, used from one thread at a time (unchecked Sendable: the store only
/// ever reaches it inside its `Mutex`, and the connection is opened NOMUTEX for that reason):
/// statements with bound values, rows read by column, and errors carrying SQLite's code.
/// Over the C API directly: a wrapper library would bring Foundation (and with it ICU) into
/// a binary that otherwise has none (issue 17).
final class SQLiteConnection: @unchecked Sendable {
    struct Failure: Error {
        /// SQLite's primary result code (`SQLITE_BUSY`, `SQLITE_FULL`…).
        var code: Int32
        var message: String
    }

    enum Value {
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob([UInt8])
        case null
    }

    private let handle: OpaquePointer
    /// Statements kept prepared by their SQL: the dashboard runs the same few each poll and each
    /// second (the war room's reads), and parsing one again cost more than running it.
    private var prepared: [String: OpaquePointer] = [:]
    /// More distinct statements than this are prepared for one use (SQL built with values in it).
    static let keptStatements = 48

    init(path: String, busyTimeout: Duration) throws(Failure) {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &db, flags, nil)
        guard status == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            throw Failure(code: status & 0xFF, message: message)
        }
        handle = db
        let milliseconds = busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000
        sqlite3_busy_timeout(db, Int32(clamping: milliseconds))
    }

    deinit {
        for statement in prepared.values { sqlite3_finalize(statement) }
        sqlite3_close(handle)
    }

    /// How many statements are kept prepared (tests check the cache stays bounded).
    var preparedCount: Int { prepared.count }

    /// Runs `sql` (one or more statements, no values).
    func execute(_ sql: String) throws(Failure) {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        defer { sqlite3_free(error) }
        guard status == SQLITE_OK else {
            throw Failure(code: status & 0xFF, message: error.map { String(cString: $0) } ?? lastMessage)
        }
    }

    /// Runs one statement with `values` bound to its `?`s; returns its rows. The statement stays
    /// prepared for the next call with the same SQL (up to `keptStatements` of them).
    @discardableResult
    func query(_ sql: String, _ values: [Value] = []) throws(Failure) -> [[Value]] {
        let kept = prepared[sql]
        let statement: OpaquePointer
        if let kept {
            statement = kept
        } else {
            var fresh: OpaquePointer?
            let keep = prepared.count < Self.keptStatements
            let flags = keep ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
            guard sqlite3_prepare_v3(handle, sql, -1, flags, &fresh, nil) == SQLITE_OK, let fresh else {
                throw failure()
            }
            statement = fresh
            if keep { prepared[sql] = fresh }
        }
        defer {
            if prepared[sql] == statement {
                sqlite3_reset(statement)
                sqlite3_clear_bindings(statement)
            } else {
                sqlite3_finalize(statement)
            }
        }
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            let status: Int32 = switch value {
            case .integer(let n): sqlite3_bind_int64(statement, index, n)
            case .real(let x): sqlite3_bind_double(statement, index, x)
            case .text(let s): sqlite3_bind_text(statement, index, s, -1, Self.transient)
            case .blob(let bytes): bytes.withUnsafeBytes { buffer in
                // A zero-length blob still binds as a blob (a nil pointer would bind NULL).
                sqlite3_bind_blob(statement, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                  Int32(buffer.count), Self.transient)
            }
            case .null: sqlite3_bind_null(statement, index)
            }
            guard status == SQLITE_OK else { throw failure() }
        }
        var rows: [[Value]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return rows }
            guard status == SQLITE_ROW else { throw failure(status) }
            rows.append((0..<sqlite3_column_count(statement)).map { column in
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, column))
                case SQLITE_FLOAT: .real(sqlite3_column_double(statement, column))
                case SQLITE_TEXT: .text(sqlite3_column_text(statement, column).map { String(cString: $0) } ?? "")
                case SQLITE_BLOB: .blob(Self.bytes(statement, column))
                default: .null
                }
            })
        }
    }

    /// Runs `body` in one transaction that takes the write lock at once: all of it or none.
    func transaction<T>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        try query("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try query("COMMIT")
            return value
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
    }

    /// Rows the last statement changed.
    var changes: Int { Int(sqlite3_changes(handle)) }

    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    private var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    private func failure(_ status: Int32? = nil) -> Failure {
        Failure(code: (status ?? sqlite3_errcode(handle)) & 0xFF, message: lastMessage)
    }

    private static func bytes(_ statement: OpaquePointer, _ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count > 0, let base = sqlite3_column_blob(statement, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// SQLite copies a bound string at once (SQLITE_TRANSIENT, a macro Swift cannot import).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

extension SQLiteConnection.Value {
    var int64: Int64? { if case .integer(let n) = self { n } else { nil } }
    var double: Double? {
        switch self {
        case .real(let x): x
        case .integer(let n): Double(n)
        default: nil
        }
    }
    var string: String? { if case .text(let s) = self { s } else { nil } }
    var bytes: [UInt8]? { if case .blob(let b) = self { b } else { nil } }
}
