/// The three ways a document adds to its tables: `[header]`, `[[header]]` and `key = value`,
/// each refusing to define anything twice.
extension TOMLTable {
    /// `[a.b.c]`: defines table `c`, creating `a` and `b` as needed.
    mutating func defineTable(_ path: [TOMLKey]) throws(TOMLError) {
        guard let last = path.last else { return }
        let name = Self.displayName(path)
        try descend(path.dropLast(), creating: .implicit, intoTableArrays: true) { (table: inout TOMLTable) throws(TOMLError) in
            guard let existing = table[last.name] else {
                table.append(Entry(key: last.name, keyPosition: last.position,
                                   value: TOMLValue(kind: .table(TOMLTable(origin: .header)), position: last.position)))
                return
            }
            if case .table(var defined) = existing.value.kind, defined.origin == .implicit {
                defined.origin = .header
                table.replace(last.name, with: .table(defined))
                return
            }
            let what = existing.value.typeDescription
            throw TOMLError(position: last.position, message: existing.value.isTable
                ? "table [\(name)] is defined twice (first on line \(existing.keyPosition.line))"
                : "`\(last.name)` is already \(what) (line \(existing.keyPosition.line)), so [\(name)] cannot be a table")
        }
    }

    /// `[[a.b]]`: appends a new table to the array of tables `b`.
    mutating func appendTableArrayElement(_ path: [TOMLKey]) throws(TOMLError) {
        guard let last = path.last else { return }
        let name = Self.displayName(path)
        try descend(path.dropLast(), creating: .implicit, intoTableArrays: true) { (table: inout TOMLTable) throws(TOMLError) in
            let element = TOMLValue(kind: .table(TOMLTable(origin: .header)), position: last.position)
            guard let existing = table[last.name] else {
                table.append(Entry(key: last.name, keyPosition: last.position,
                                   value: TOMLValue(kind: .array([element], ofTables: true), position: last.position)))
                return
            }
            guard case .array(let items, ofTables: true) = existing.value.kind else {
                throw TOMLError(position: last.position, message:
                    "`\(last.name)` is already \(existing.value.typeDescription) (line \(existing.keyPosition.line)), so [[\(name)]] cannot add to it")
            }
            table.replace(last.name, with: .array(items + [element], ofTables: true))
        }
    }

    /// `a.b = value` inside the table at `section`.
    mutating func set(_ key: [TOMLKey], to value: TOMLValue, in section: [TOMLKey]) throws(TOMLError) {
        guard let last = key.last else { return }
        try descend(section[...], creating: .implicit, intoTableArrays: true) { (table: inout TOMLTable) throws(TOMLError) in
            try table.descend(key.dropLast(), creating: .dotted, intoTableArrays: false) { (inner: inout TOMLTable) throws(TOMLError) in
                if let existing = inner[last.name] {
                    throw TOMLError(position: last.position, message:
                        "duplicate key `\(Self.displayName(key))` (first set on line \(existing.keyPosition.line))")
                }
                inner.append(Entry(key: last.name, keyPosition: last.position, value: value))
            }
        }
    }

    /// Runs `body` on the table at `path` below this one, creating missing tables with
    /// `origin` and stepping into the newest table of an array of tables when allowed.
    private mutating func descend(_ path: ArraySlice<TOMLKey>, creating origin: Origin, intoTableArrays: Bool,
                                  _ body: (inout TOMLTable) throws(TOMLError) -> Void) throws(TOMLError) {
        guard let key = path.first else { return try body(&self) }
        let rest = path.dropFirst()
        guard let existing = self[key.name] else {
            var created = TOMLTable(origin: origin)
            try created.descend(rest, creating: origin, intoTableArrays: intoTableArrays, body)
            append(Entry(key: key.name, keyPosition: key.position, value: TOMLValue(kind: .table(created), position: key.position)))
            return
        }
        switch existing.value.kind {
        case .table(var table) where table.origin != .inline:
            try table.descend(rest, creating: origin, intoTableArrays: intoTableArrays, body)
            replace(key.name, with: .table(table))
        case .array(var items, ofTables: true) where intoTableArrays:
            guard let lastIndex = items.indices.last, case .table(var table) = items[lastIndex].kind else { return }
            try table.descend(rest, creating: origin, intoTableArrays: intoTableArrays, body)
            items[lastIndex].kind = .table(table)
            replace(key.name, with: .array(items, ofTables: true))
        case .table:
            throw TOMLError(position: key.position, message:
                "`\(key.name)` is an inline table (line \(existing.keyPosition.line)), which cannot be added to later")
        default:
            throw TOMLError(position: key.position, message:
                "`\(key.name)` is already \(existing.value.typeDescription) (line \(existing.keyPosition.line)), not a table")
        }
    }

    static func displayName(_ path: [TOMLKey]) -> String {
        path.map(\.name).joined(separator: ".")
    }
}

extension TOMLValue {
    var isTable: Bool {
        if case .table = kind { return true }
        return false
    }

    var isTableArray: Bool {
        if case .array(_, ofTables: true) = kind { return true }
        return false
    }
}
