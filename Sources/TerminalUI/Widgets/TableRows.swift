/// Where a table's rows come from: a count and a way to fetch one row. A table asks only
/// for the rows it shows, so a 100 000-row table costs the same per frame as a 100-row one.
public struct TableRows: Sendable {
    public let count: Int
    private let fetch: @Sendable (Int) -> [String]

    /// Rows produced on demand: `row(i)` is called only for rows on screen.
    public init(count: Int, row: @escaping @Sendable (Int) -> [String]) {
        self.count = Swift.max(0, count)
        self.fetch = row
    }

    /// The rows of any random-access collection (an array, a slice, a lazy map).
    public init<Rows: RandomAccessCollection & Sendable>(_ rows: Rows) where Rows.Element == [String] {
        self.count = rows.count
        self.fetch = { rows[rows.index(rows.startIndex, offsetBy: $0)] }
    }

    /// Row `index` (0-based, below `count`).
    public func row(at index: Int) -> [String] { fetch(index) }
}

extension TableRows: ExpressibleByArrayLiteral {
    public init(arrayLiteral rows: [String]...) { self.init(rows) }
}
