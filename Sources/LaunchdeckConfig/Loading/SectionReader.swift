#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads one table of the config through typed accessors: each wrong type is an error
/// naming the key, the table, the line and column, and what was expected.
struct SectionReader {
    let table: TOMLTable
    /// "[tinylytics]", "[[alerts]] rule on line 12".
    let name: String
    let source: ConfigSource

    func entry(_ key: String) -> TOMLTable.Entry? { table[key] }

    func line(_ key: String) -> Int? { table[key]?.keyPosition.line }

    /// An error at the value of `key`.
    func error(_ key: String, _ message: String) -> ConfigError {
        let position = table[key]?.value.position ?? TOMLPosition(line: 0, column: 0)
        return source.error(message, at: position)
    }

    private func mismatch(_ entry: TOMLTable.Entry, expected: String) -> ConfigError {
        source.error("expected \(expected) for `\(entry.key)` in \(name), found \(entry.value.typeDescription)",
                     at: entry.value.position)
    }

    func string(_ key: String) throws(ConfigError) -> String? {
        guard let entry = table[key] else { return nil }
        guard case .string(let text) = entry.value.kind else { throw mismatch(entry, expected: "a \"string\"") }
        return text
    }

    func bool(_ key: String) throws(ConfigError) -> Bool? {
        guard let entry = table[key] else { return nil }
        guard case .boolean(let flag) = entry.value.kind else { throw mismatch(entry, expected: "true or false") }
        return flag
    }

    /// A number, integer or float.
    func number(_ key: String) throws(ConfigError) -> Double? {
        guard let entry = table[key] else { return nil }
        switch entry.value.kind {
        case .integer(let value): return Double(value)
        case .float(let value) where value.isFinite: return value
        default: throw mismatch(entry, expected: "a number")
        }
    }

    /// One of `choices`, with a suggestion when it is close to one.
    func choice(_ key: String, from choices: [String]) throws(ConfigError) -> String? {
        guard let text = try string(key) else { return nil }
        guard choices.contains(text) else {
            let hint = Suggestion.closest(to: text, among: choices).map { "; did you mean \"\($0)\"?" } ?? ""
            let list = choices.map { "\"\($0)\"" }.joined(separator: ", ")
            throw error(key, "expected one of \(list) for `\(key)` in \(name), found \"\(text.prefix(40))\"\(hint)")
        }
        return text
    }

    /// "30s", "5m", "1h30m" or whole seconds.
    func duration(_ key: String) throws(ConfigError) -> Duration? {
        guard let entry = table[key] else { return nil }
        let expected = "a duration such as \"30s\", \"5m\", \"1h30m\" or whole seconds"
        switch entry.value.kind {
        case .integer(let seconds) where seconds > 0:
            return .seconds(seconds)
        case .string(let text):
            guard let duration = RefreshDuration.parse(text) else {
                throw source.error("expected \(expected) for `\(key)` in \(name), found \"\(text.prefix(40))\"",
                                   at: entry.value.position)
            }
            return duration
        case .integer:
            throw source.error("expected \(expected) for `\(key)` in \(name), found a number that is not above 0",
                               at: entry.value.position)
        default:
            throw mismatch(entry, expected: expected)
        }
    }

    /// A string, or an array of strings.
    func stringList(_ key: String) throws(ConfigError) -> [String]? {
        guard let entry = table[key] else { return nil }
        let expected = "a \"key\" or an array of [\"keys\"]"
        switch entry.value.kind {
        case .string(let text):
            return [text]
        case .array(let items, ofTables: false):
            var texts: [String] = []
            for item in items {
                guard case .string(let text) = item.kind else {
                    throw source.error("expected \(expected) for `\(key)` in \(name), found \(item.typeDescription) in the array",
                                       at: item.position)
                }
                texts.append(text)
            }
            return texts
        default:
            throw mismatch(entry, expected: expected)
        }
    }

    /// A warning for each key not in `known`, with a suggestion when one is close.
    func unknownKeyWarnings(known: [String]) -> [ConfigWarning] {
        table.entries.filter { !known.contains($0.key) }.map { entry in
            let hint = Suggestion.closest(to: entry.key, among: known).map { "; did you mean `\($0)`?" } ?? ""
            return source.warning("unknown key `\(entry.key)` in \(name) is ignored\(hint)", line: entry.keyPosition.line)
        }
    }
}
