import Testing
@testable import LaunchdeckStore

/// The connection keeps statements prepared by their SQL: the same statement run again with
/// other values answers for those values, a failed one can run again, and SQL made with values
/// in it does not grow the cache past its bound.
@Suite struct SQLiteStatementTests {
    /// A connection to a new database (its folder made by opening a store there) with one table.
    private func connection(_ temp: TemporaryStore) throws -> SQLiteConnection {
        _ = try temp.open()
        let db = try SQLiteConnection(path: temp.path, busyTimeout: .seconds(1))
        try db.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v INTEGER)")
        return db
    }

    @Test func aKeptStatementAnswersForTheValuesBoundEachTime() throws {
        let temp = TemporaryStore()
        defer { withExtendedLifetime(temp) {} }
        let db = try connection(temp)
        for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
            try db.query("INSERT INTO kv (k, v) VALUES (?, ?)", [.text(k), .integer(Int64(v))])
        }
        let select = "SELECT v FROM kv WHERE k = ?"
        #expect(try db.query(select, [.text("b")]).first?.first?.int64 == 2)
        #expect(try db.query(select, [.text("c")]).first?.first?.int64 == 3)
        #expect(try db.query(select, [.text("zz")]).isEmpty)
        #expect(try db.query("SELECT count(*) FROM kv").first?.first?.int64 == 3)
        #expect(db.preparedCount == 3, "the insert, the select and the count, each prepared once")
    }

    @Test func aStatementThatFailedRunsAgain() throws {
        let temp = TemporaryStore()
        defer { withExtendedLifetime(temp) {} }
        let db = try connection(temp)
        let insert = "INSERT INTO kv (k, v) VALUES (?, ?)"
        try db.query(insert, [.text("a"), .integer(1)])
        #expect(throws: SQLiteConnection.Failure.self) { try db.query(insert, [.text("a"), .integer(2)]) }
        try db.query(insert, [.text("b"), .integer(2)])
        #expect(try db.query("SELECT sum(v) FROM kv").first?.first?.int64 == 3)
    }

    @Test func sqlMadeWithValuesDoesNotGrowTheCachePastItsBound() throws {
        let temp = TemporaryStore()
        defer { withExtendedLifetime(temp) {} }
        let db = try connection(temp)
        for n in 0..<(SQLiteConnection.keptStatements * 2) {
            #expect(try db.query("SELECT \(n)").first?.first?.int64 == Int64(n))
        }
        #expect(db.preparedCount == SQLiteConnection.keptStatements)
        // A transaction still works with the cache full (BEGIN and COMMIT prepared for one use).
        try db.transaction { () throws(SQLiteConnection.Failure) in try db.query("INSERT INTO kv (k, v) VALUES ('x', 9)") }
        #expect(try db.query("SELECT v FROM kv WHERE k = 'x'").first?.first?.int64 == 9)
    }
}
