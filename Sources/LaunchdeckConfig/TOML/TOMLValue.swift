/// Where something starts in a TOML source: 1-based line and column, columns counted in
/// Unicode scalars so a caret can be placed under it.
struct TOMLPosition: Equatable, Sendable {
    var line: Int
    var column: Int
}

/// One parsed TOML value and where it starts.
struct TOMLValue: Sendable {
    indirect enum Kind: Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        /// `ofTables` marks an array made by `[[name]]` headers, the only kind a header may extend.
        case array([TOMLValue], ofTables: Bool)
        case table(TOMLTable)
    }

    var kind: Kind
    var position: TOMLPosition

    /// What the value is, for "found …" in messages; never the value itself, which may be a secret.
    var typeDescription: String {
        switch kind {
        case .string: return "a string"
        case .integer: return "an integer"
        case .float: return "a float"
        case .boolean: return "a boolean"
        case .array(_, ofTables: true): return "an array of tables"
        case .array: return "an array"
        case .table: return "a table"
        }
    }
}

/// A key as written, with its position (one part of a dotted key).
struct TOMLKey: Sendable {
    var name: String
    var position: TOMLPosition
}

/// A parse failure at one place, said as "expected X, found Y" where it can be.
struct TOMLError: Error, Sendable {
    var position: TOMLPosition
    var message: String
}
