/// The four TOML string forms: "basic" with escapes, 'literal' as written, and their
/// multi-line forms.
extension TOMLParser {
    mutating func parseBasicString() throws(TOMLError) -> String {
        try parseSingleLine(quote: "\"", escapes: true)
    }

    mutating func parseLiteralString() throws(TOMLError) -> String {
        try parseSingleLine(quote: "'", escapes: false)
    }

    private mutating func parseSingleLine(quote: Unicode.Scalar, escapes: Bool) throws(TOMLError) -> String {
        let open = cursor.position.line
        cursor.advance()
        var text = ""
        while true {
            guard let scalar = cursor.current, !cursor.atLineEnd else {
                throw cursor.expected("`\(quote)` to close the string opened on line \(open)")
            }
            if scalar == quote {
                cursor.advance()
                return text
            }
            if escapes, scalar == "\\" {
                text.unicodeScalars.append(try parseEscape())
            } else {
                try appendStringScalar(scalar, to: &text)
            }
        }
    }

    /// `"""…"""`: escapes, newlines kept, a newline right after the opening quotes dropped,
    /// and a backslash at the end of a line joining it to the next non-blank text.
    mutating func parseMultilineBasicString() throws(TOMLError) -> String {
        try parseMultiline(quote: "\"") { (parser: inout TOMLParser, text: inout String) throws(TOMLError) in
            if parser.isLineEndingBackslash() {
                parser.cursor.advance()
                parser.cursor.skipBlanksAndNewlines()
            } else {
                text.unicodeScalars.append(try parser.parseEscape())
            }
        }
    }

    /// `'''…'''`: taken as written, newlines kept.
    mutating func parseMultilineLiteralString() throws(TOMLError) -> String {
        try parseMultiline(quote: "'", escape: nil)
    }

    private mutating func parseMultiline(
        quote: Unicode.Scalar,
        escape: ((inout TOMLParser, inout String) throws(TOMLError) -> Void)?
    ) throws(TOMLError) -> String {
        let delimiter = String(repeating: String(quote), count: 3)
        let open = cursor.position.line
        cursor.advance(3)
        _ = cursor.skipNewline()
        var text = ""
        while true {
            guard let scalar = cursor.current else {
                throw cursor.expected("`\(delimiter)` to close the multi-line string opened on line \(open)")
            }
            if cursor.looksAt(delimiter) {
                var quotes = 0
                while cursor.current == quote { quotes += 1; cursor.advance() }
                guard quotes <= 5 else {
                    throw cursor.error("too many \(quote) at the end of the multi-line string")
                }
                text += String(repeating: String(quote), count: quotes - 3)
                return text
            }
            if cursor.skipNewline() {
                text += "\n"
            } else if scalar == "\\", let escape {
                try escape(&self, &text)
            } else {
                try appendStringScalar(scalar, to: &text)
            }
        }
    }

    private func isLineEndingBackslash() -> Bool {
        var offset = 1
        while let next = cursor.peek(offset), next == " " || next == "\t" { offset += 1 }
        let next = cursor.peek(offset)
        return next == "\n" || (next == "\r" && cursor.peek(offset + 1) == "\n")
    }

    /// One scalar of string content; control characters other than tab must be escaped.
    private mutating func appendStringScalar(_ scalar: Unicode.Scalar, to text: inout String) throws(TOMLError) {
        if scalar != "\t", scalar.value < 0x20 || scalar.value == 0x7F {
            throw cursor.error("\(TOMLCursor.describe(scalar)) is not allowed in a string; write it as \\u\(TOMLCursor.hex(scalar).dropFirst(2))")
        }
        text.unicodeScalars.append(scalar)
        cursor.advance()
    }

    /// `\"`, `\\`, `\n`, `\t`, `\uXXXX` and the rest of TOML's escapes.
    private mutating func parseEscape() throws(TOMLError) -> Unicode.Scalar {
        let start = cursor.index
        cursor.advance()
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "b": "\u{08}", "t": "\t", "n": "\n", "f": "\u{0C}", "r": "\r", "e": "\u{1B}", "\"": "\"", "\\": "\\",
        ]
        guard let letter = cursor.current else {
            throw cursor.expected("an escape such as \\\" \\\\ \\n \\t or \\uXXXX")
        }
        if let scalar = simple[letter] {
            cursor.advance()
            return scalar
        }
        let length = letter == "u" ? 4 : letter == "U" ? 8 : 0
        guard length > 0 else {
            throw TOMLError(position: cursor.position(of: start),
                            message: "expected an escape such as \\\" \\\\ \\n \\t or \\uXXXX, found \\\(letter)")
        }
        cursor.advance()
        var digits = ""
        for _ in 0..<length {
            guard let scalar = cursor.current, scalar.properties.isASCIIHexDigit else {
                throw cursor.expected("\(length) hex digits after \\\(letter)")
            }
            digits.unicodeScalars.append(scalar)
            cursor.advance()
        }
        guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw cursor.error("\\\(letter)\(digits) is not a Unicode scalar value", at: start)
        }
        return scalar
    }
}

extension TOMLCursor {
    /// After a line-ending backslash: skips blanks and newlines (a `#` there is text).
    mutating func skipBlanksAndNewlines() {
        while true {
            skipBlanks()
            if !skipNewline() { return }
        }
    }
}
