/// A TOML table: its entries in source order, and how it came to exist (which decides
/// whether a later header may define or extend it).
struct TOMLTable: Sendable {
    enum Origin: Sendable {
        /// Created as the parent of a header (`[a]` made by `[a.b]`); a later `[a]` may still define it.
        case implicit
        /// Defined by a `[header]` (or the document root).
        case header
        /// Created by a dotted key (`a.b = 1` makes `a`).
        case dotted
        /// Written inline (`{ … }`); closed to any later addition.
        case inline
    }

    struct Entry: Sendable {
        var key: String
        var keyPosition: TOMLPosition
        var value: TOMLValue
    }

    private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]
    var origin: Origin

    init(origin: Origin) {
        self.origin = origin
    }

    subscript(key: String) -> Entry? {
        index[key].map { entries[$0] }
    }

    /// Adds an entry whose key is known to be new.
    mutating func append(_ entry: Entry) {
        index[entry.key] = entries.count
        entries.append(entry)
    }

    /// Replaces the value of an existing entry.
    mutating func replace(_ key: String, with kind: TOMLValue.Kind) {
        guard let i = index[key] else { return }
        entries[i].value.kind = kind
    }
}
