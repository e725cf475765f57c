/// Bare values: `true`, `false`, integers (sign, underscores, 0x/0o/0b) and floats
/// (fraction, exponent, inf, nan). Dates and times are refused by name.
extension TOMLParser {
    mutating func parseBareValue() throws(TOMLError) -> TOMLValue.Kind {
        let start = cursor.index
        var token = ""
        while let scalar = cursor.current, Self.isBareValueScalar(scalar) {
            token.unicodeScalars.append(scalar)
            cursor.advance()
        }
        let what = "a value (a \"string\", a number, true or false, an [array] or an {inline table})"
        guard !token.isEmpty else { throw cursor.expected(what) }
        if token == "true" { return .boolean(true) }
        if token == "false" { return .boolean(false) }
        if Self.looksLikeDateOrTime(token) {
            throw cursor.error("dates and times are not supported in this file; write the value as a \"string\"", at: start)
        }
        let first = token.unicodeScalars.first
        let numeric = first.map { "0"..."9" ~= $0 || $0 == "+" || $0 == "-" } ?? false
            || token == "inf" || token == "nan"
        guard numeric else {
            let shown = currentKey.map { sensitiveKeys.contains($0) } == true ? "an unquoted word" : "`\(token)`"
            throw cursor.error("expected \(what), found \(shown); put text in quotes", at: start)
        }
        do {
            return try Self.number(token)
        } catch {
            throw cursor.error(error.message, at: start)
        }
    }

    private static func isBareValueScalar(_ scalar: Unicode.Scalar) -> Bool {
        isBareKeyScalar(scalar) || scalar == "+" || scalar == "." || scalar == ":"
    }

    private static func looksLikeDateOrTime(_ token: String) -> Bool {
        let s = Array(token.unicodeScalars)
        let digit = { (i: Int) in i < s.count && ("0"..."9").contains(s[i]) }
        let date = (0..<4).allSatisfy(digit) && s.count > 4 && s[4] == "-"
        let time = (0..<2).allSatisfy(digit) && s.count > 2 && s[2] == ":"
        return date || time
    }

    struct NumberError: Error {
        var message: String
    }

    /// The integer or float `token` spells, by TOML's rules.
    static func number(_ token: String) throws(NumberError) -> TOMLValue.Kind {
        let bad = NumberError(message: "expected a number such as 30, -1_000, 0.25 or 1e6, found `\(token)`")
        var body = Substring(token)
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        if body == "inf" { return .float(sign == "-" ? -.infinity : .infinity) }
        if body == "nan" { return .float(.nan) }
        if let radix = ["0x": 16, "0o": 8, "0b": 2][String(body.prefix(2))] {
            let digits = body.dropFirst(2)
            guard token.first != "+", token.first != "-", validDigits(digits, radix: radix) else { throw bad }
            guard let value = Int(digits.replacing("_", with: ""), radix: radix) else { throw outOfRange(token) }
            return .integer(value)
        }
        let parts = body.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count) else { throw bad }
        let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = mantissa[0]
        guard validDigits(whole, radix: 10), whole == "0" || !whole.hasPrefix("0") else { throw bad }
        if mantissa.count == 2, !validDigits(mantissa[1], radix: 10) { throw bad }
        if parts.count == 2 {
            var exponent = parts[1]
            if let first = exponent.first, first == "+" || first == "-" { exponent = exponent.dropFirst() }
            guard validDigits(exponent, radix: 10) else { throw bad }
        }
        let cleaned = sign + body.replacing("_", with: "")
        if mantissa.count == 1, parts.count == 1 {
            guard let value = Int(cleaned) else { throw outOfRange(token) }
            return .integer(value)
        }
        guard let value = Double(cleaned), value.isFinite else { throw outOfRange(token) }
        return .float(value)
    }

    private static func outOfRange(_ token: String) -> NumberError {
        NumberError(message: "the number `\(token)` is out of range")
    }

    /// Digits of `radix`, each underscore between two digits.
    private static func validDigits(_ text: Substring, radix: Int) -> Bool {
        guard let first = text.first, let last = text.last, first != "_", last != "_", !text.contains("__") else {
            return false
        }
        return text.allSatisfy { $0 == "_" || ($0.hexDigitValue.map { $0 < radix } ?? false) }
    }
}
