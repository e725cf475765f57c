/// The text of the config file being read, so errors and warnings can name it, quote the
/// offending line and put a caret under the column, with secret values masked.
struct ConfigSource: Sendable {
    /// The path as given; nil when there is no file (settings from the environment alone).
    var path: String?
    var lines: [String]

    /// Keys whose values never appear in a message, even from a broken line.
    static let sensitiveKeys: Set<String> = [
        "api_key", "api_token", "client_id", "username", "password", "access_token",
    ]

    init(path: String?, text: String) {
        self.path = path
        // The parser drops a byte-order mark; so must the lines, or line 1's columns shift.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        // "\r\n" is one Character in Swift: split on both forms.
        lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
    }

    /// "PATH: " before each message, when there is a file.
    private var prefix: String { path.map { "\($0): " } ?? "" }

    /// "PATH: line L, column C: MESSAGE" and the line with a caret under the column.
    func error(_ message: String, at position: TOMLPosition) -> ConfigError {
        let head = Visible.text("\(prefix)line \(position.line), column \(position.column): \(message)")
        return ConfigError(message: head + excerpt(at: position), line: position.line, column: position.column)
    }

    /// "PATH: line L: MESSAGE", or "PATH: MESSAGE" about the file as a whole.
    func error(_ message: String, line: Int? = nil) -> ConfigError {
        ConfigError(message: Visible.text(prefix + (line.map { "line \($0): " } ?? "") + message), line: line)
    }

    func warning(_ message: String, line: Int?) -> ConfigWarning {
        ConfigWarning(message: Visible.text(prefix + (line.map { "line \($0): " } ?? "") + message), line: line)
    }

    private func excerpt(at position: TOMLPosition) -> String {
        guard lines.indices.contains(position.line - 1) else { return "" }
        let shown = Self.maskingURLCredentials(Array(Self.masked(lines[position.line - 1]).unicodeScalars))
        // Tabs stay tabs under the caret so it lines up however wide the terminal draws them.
        let pad = shown.prefix(position.column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
        let text = String(String.UnicodeScalarView(shown.map(Self.printable)))
        return "\n    \(text)\n    \(pad)^"
    }

    /// Hidden characters shown as `?`, one for one so the caret still lines up.
    private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar == "\t" || !Visible.isHidden(scalar) ? scalar : "?"
    }

    /// The line with the value of a secret key replaced by `*`, one per scalar so the
    /// caret still lines up. The key may be dotted or quoted; without an `=` everything
    /// after the key is masked.
    static func masked(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        let equals = scalars.firstIndex(of: "=")
        var words: [(name: String, end: Int)] = []
        var word = ""
        for (i, scalar) in scalars[..<(equals ?? scalars.endIndex)].enumerated() {
            if TOMLParser.isBareKeyScalar(scalar) {
                word.unicodeScalars.append(scalar)
                continue
            }
            if !word.isEmpty { words.append((word, i)) }
            word = ""
        }
        if !word.isEmpty { words.append((word, equals ?? scalars.endIndex)) }
        guard let secret = words.first(where: { sensitiveKeys.contains($0.name) }) else { return line }
        let valueStart = equals.map { $0 + 1 } ?? secret.end
        let hidden = scalars[valueStart...].map { $0 == " " || $0 == "\t" ? $0 : "*" }
        return String(String.UnicodeScalarView(scalars[..<valueStart] + hidden))
    }

    /// `scheme://user:password@host` with the user and password replaced by `*`.
    static func maskingURLCredentials(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result = scalars
        var i = 0
        while i + 3 <= result.count {
            guard result[i] == ":", result[i + 1] == "/", result[i + 2] == "/" else { i += 1; continue }
            let start = i + 3
            var end = start
            while end < result.count, !"/\"' ".unicodeScalars.contains(result[end]) { end += 1 }
            if let at = result[start..<end].lastIndex(of: "@") {
                for j in start..<at { result[j] = "*" }
            }
            i = end
        }
        return result
    }
}
