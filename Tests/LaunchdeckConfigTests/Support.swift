import Testing
@testable import LaunchdeckConfig

/// Loads `text` as if read from `config.toml` with the given permission bits.
func load(_ text: String, environment: [String: String] = [:], permissions: UInt32? = 0o600,
          commandTimeout: Duration = .seconds(5)) throws(ConfigError) -> LoadedConfig {
    try ConfigLoader.load(text: text, path: "config.toml", permissions: permissions,
                          environment: environment, commandTimeout: commandTimeout)
}

/// The error loading `text` throws, or nil when it loads.
func loadError(_ text: String, environment: [String: String] = [:]) -> ConfigError? {
    do {
        _ = try load(text, environment: environment)
        return nil
    } catch {
        return error
    }
}

/// The messages of the warnings loading `text` gives.
func warnings(_ text: String, environment: [String: String] = [:]) throws -> [String] {
    try load(text, environment: environment).warnings.map(\.message)
}

/// The root table of `text`.
func parse(_ text: String) throws -> TOMLTable {
    try TOMLParser.parse(text)
}

/// The value at a dotted path of plain keys, stepping into the last table of arrays.
func value(_ table: TOMLTable, _ path: String) -> TOMLValue.Kind? {
    var current = table
    let keys = path.split(separator: ".").map(String.init)
    for (i, key) in keys.enumerated() {
        guard let entry = current[key] else { return nil }
        if i == keys.count - 1 { return entry.value.kind }
        switch entry.value.kind {
        case .table(let inner): current = inner
        case .array(let items, _):
            guard case .table(let inner)? = items.last?.kind else { return nil }
            current = inner
        default: return nil
        }
    }
    return nil
}

extension TOMLValue.Kind {
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var integer: Int? { if case .integer(let i) = self { return i } else { return nil } }
    var float: Double? { if case .float(let d) = self { return d } else { return nil } }
    var boolean: Bool? { if case .boolean(let b) = self { return b } else { return nil } }
    var items: [TOMLValue]? { if case .array(let items, _) = self { return items } else { return nil } }
}
