/// Arrays and inline tables. Both may span lines and end with a trailing comma (as TOML
/// 1.1 allows for inline tables), and comments may sit between their items.
extension TOMLParser {
    mutating func parseArray() throws(TOMLError) -> TOMLValue.Kind {
        let open = cursor.position.line
        cursor.advance()
        var items: [TOMLValue] = []
        while true {
            try cursor.skipBlanksCommentsAndNewlines()
            if cursor.current == "]" {
                cursor.advance()
                return .array(items, ofTables: false)
            }
            guard !cursor.atEnd else { throw cursor.expected("`]` to close the array opened on line \(open)") }
            items.append(try parseValue())
            try cursor.skipBlanksCommentsAndNewlines()
            if cursor.current == "," {
                cursor.advance()
            } else if cursor.current != "]" {
                throw cursor.expected("`,` or `]` after an item of the array opened on line \(open)")
            }
        }
    }

    mutating func parseInlineTable() throws(TOMLError) -> TOMLTable {
        let open = cursor.position.line
        cursor.advance()
        var table = TOMLTable(origin: .inline)
        let outerKey = currentKey
        defer { currentKey = outerKey }
        while true {
            try cursor.skipBlanksCommentsAndNewlines()
            if cursor.current == "}" {
                cursor.advance()
                return table
            }
            guard !cursor.atEnd else { throw cursor.expected("`}` to close the inline table opened on line \(open)") }
            let (key, value) = try parseKeyValue()
            try table.set(key, to: value, in: [])
            try cursor.skipBlanksCommentsAndNewlines()
            if cursor.current == "," {
                cursor.advance()
            } else if cursor.current != "}" {
                throw cursor.expected("`,` or `}` after a key = value of the inline table opened on line \(open)")
            }
        }
    }
}
