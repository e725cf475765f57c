import LaunchdeckAPI

/// API values as people read them: `16.0`, `true`, `[ios, android]`, not `string("16.0")`.
enum JSONText {
    static func of(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(of).joined(separator: ", ") + "]"
        case .object(let fields): return "{" + fields.keys.sorted().map { "\($0): \(of(fields[$0] ?? .null))" }.joined(separator: ", ") + "}"
        }
    }

    /// A Taplytics audience filter: `appVersion greaterThan 3.0.0`.
    static func of(_ filter: TaplyticsFilter) -> String {
        let values = (filter.values ?? []).map(of).joined(separator: ", ")
        return [filter.dataKey ?? filter.type, filter.comparator, values.isEmpty ? nil : values]
            .compactMap { $0 }.joined(separator: " ")
    }
}
