/// Reads a theme file: one `role = "look"` line per role, `#` comments.
///
/// A look is words in any order: a foreground colour, `on` and a background colour, and
/// any of `bold`, `dim`, `reverse`, `underline`. Example: `warning = "black on yellow bold"`.
public enum ThemeParser {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ text: String, name: String) throws(Failure) -> Theme {
        var looks: [Role: RoleLook] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = withoutComment(rawLine).trimmingSpaces
            if line.isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            guard parts.count == 2 else {
                throw Failure(line: lineNumber, message: "expected `role = \"look\"`")
            }
            guard let role = Role(rawValue: parts[0]) else {
                let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw Failure(line: lineNumber, message: "unknown role `\(parts[0])` (roles: \(known))")
            }
            var value = parts[1]
            if value.count >= 2, value.first == "\"", value.last == "\"" {
                value = String(value.dropFirst().dropLast())
            }
            looks[role] = try parseLook(value, line: lineNumber)
        }
        let missing = Role.allCases.filter { looks[$0] == nil }
        guard missing.isEmpty else {
            throw Failure(line: 0, message: "missing roles: " + missing.map(\.rawValue).joined(separator: ", "))
        }
        return Theme(name: name, looks: looks)
    }

    /// The line up to a `#` that is outside quotes (`"#ff8700"` is a colour, not a comment).
    static func withoutComment(_ line: Substring) -> Substring {
        var quoted = false
        for index in line.indices {
            if line[index] == "\"" { quoted.toggle() }
            if line[index] == "#", !quoted { return line[..<index] }
        }
        return line
    }

    static func parseLook(_ value: String, line: Int) throws(Failure) -> RoleLook {
        var look = RoleLook()
        var words = value.split(separator: " ").map(String.init)[...]
        var sawForeground = false
        while let word = words.popFirst() {
            switch word {
            case "bold": look.bold = true
            case "dim": look.dim = true
            case "reverse": look.reverse = true
            case "underline": look.underline = true
            case "on":
                guard let next = words.popFirst(), let color = TerminalColor(name: next) else {
                    throw Failure(line: line, message: "`on` needs a colour name")
                }
                look.background = color
            default:
                guard let color = TerminalColor(name: word), !sawForeground else {
                    throw Failure(line: line, message: "unknown word `\(word)`")
                }
                look.foreground = color
                sawForeground = true
            }
        }
        return look
    }
}

extension Substring {
    var trimmingSpaces: String {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
extension String {
    var trimmingSpaces: String { self[...].trimmingSpaces }
}
