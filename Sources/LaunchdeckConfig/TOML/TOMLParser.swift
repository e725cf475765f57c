/// Reads the TOML a config needs: comments, `[table]` and `[[array of tables]]` headers,
/// bare, quoted and dotted keys, strings, integers, floats, booleans, arrays and inline
/// tables. Dates and times are refused with a clear error. Every error names a line and
/// column and, where it can, what was expected and what was found.
struct TOMLParser {
    var cursor: TOMLCursor
    private var root = TOMLTable(origin: .header)
    private var section: [TOMLKey] = []
    /// Keys whose values must not be echoed in an error (an unquoted API key, say).
    let sensitiveKeys: Set<String>
    /// The key whose value is being read, to decide whether it may be echoed.
    var currentKey: String?

    init(_ text: String, sensitiveKeys: Set<String> = []) {
        cursor = TOMLCursor(text)
        self.sensitiveKeys = sensitiveKeys
    }

    /// Parses a whole document into its root table.
    static func parse(_ text: String, sensitiveKeys: Set<String> = []) throws(TOMLError) -> TOMLTable {
        var parser = TOMLParser(text, sensitiveKeys: sensitiveKeys)
        try parser.parseDocument()
        return parser.root
    }

    private mutating func parseDocument() throws(TOMLError) {
        while !cursor.atEnd {
            cursor.skipBlanks()
            switch cursor.current {
            case "#", "\n", "\r", nil:
                break
            case "[":
                try parseHeader()
            default:
                let (key, value) = try parseKeyValue()
                try root.set(key, to: value, in: section)
            }
            try finishLine()
        }
    }

    /// After a header or a key/value pair only blanks and a comment may follow on the line.
    private mutating func finishLine() throws(TOMLError) {
        cursor.skipBlanks()
        try cursor.skipComment()
        if cursor.atEnd { return }
        guard cursor.skipNewline() else {
            throw cursor.expected("the end of the line (one key = value per line)")
        }
    }

    private mutating func parseHeader() throws(TOMLError) {
        let isArray = cursor.peek(1) == "["
        cursor.advance(isArray ? 2 : 1)
        let path = try parseKey()
        let close = isArray ? "]]" : "]"
        guard cursor.looksAt(close) else {
            throw cursor.expected("`\(close)` to close the \(isArray ? "[[array of tables]]" : "[table]") header")
        }
        cursor.advance(close.unicodeScalars.count)
        if isArray {
            try root.appendTableArrayElement(path)
        } else {
            try root.defineTable(path)
        }
        section = path
    }

    /// `key = value`, the key possibly dotted.
    mutating func parseKeyValue() throws(TOMLError) -> ([TOMLKey], TOMLValue) {
        let key = try parseKey()
        guard cursor.current == "=" else {
            throw cursor.expected("`=` after the key `\(TOMLTable.displayName(key))`")
        }
        cursor.advance()
        cursor.skipBlanks()
        currentKey = key.last?.name
        let value = try parseValue()
        return (key, value)
    }

    /// A key of one or more parts joined by dots; blanks around each part are skipped.
    mutating func parseKey() throws(TOMLError) -> [TOMLKey] {
        var parts: [TOMLKey] = []
        while true {
            cursor.skipBlanks()
            parts.append(try parseSimpleKey())
            cursor.skipBlanks()
            guard cursor.current == "." else { return parts }
            cursor.advance()
        }
    }

    private mutating func parseSimpleKey() throws(TOMLError) -> TOMLKey {
        let start = cursor.position
        switch cursor.current {
        case "\"":
            return TOMLKey(name: try parseBasicString(), position: start)
        case "'":
            return TOMLKey(name: try parseLiteralString(), position: start)
        default:
            var name = ""
            while let scalar = cursor.current, Self.isBareKeyScalar(scalar) {
                name.unicodeScalars.append(scalar)
                cursor.advance()
            }
            guard !name.isEmpty else {
                throw cursor.expected("a key (letters, digits, `_` and `-`, or a quoted string)")
            }
            return TOMLKey(name: name, position: start)
        }
    }

    static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": return true
        default: return false
        }
    }

    /// Any value, dispatched on its first scalar.
    mutating func parseValue() throws(TOMLError) -> TOMLValue {
        let start = cursor.position
        let kind: TOMLValue.Kind
        switch cursor.current {
        case "\"":
            kind = .string(cursor.looksAt("\"\"\"") ? try parseMultilineBasicString() : try parseBasicString())
        case "'":
            kind = .string(cursor.looksAt("'''") ? try parseMultilineLiteralString() : try parseLiteralString())
        case "[":
            kind = try parseArray()
        case "{":
            kind = .table(try parseInlineTable())
        default:
            kind = try parseBareValue()
        }
        return TOMLValue(kind: kind, position: start)
    }
}
