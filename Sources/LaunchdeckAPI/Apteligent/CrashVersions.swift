/// One version's daily occurrences in a crash group's detail. Real bodies write
/// `["2026-11-07", [0, 3, 1, …]]`: the first day, then a count for each day (30 of them);
/// an older shape is the plain counts `[0, 3, 1]`. Both decode; it encodes as the real shape
/// when it has a start day.
public struct ApteligentDailyOccurrences: Codable, Sendable, Hashable {
    /// The first day as sent (`2026-11-07` or a timestamp); nil in the plain shape.
    public var start: String?
    /// One count a day, oldest first.
    public var counts: [Int]

    public init(start: String?, counts: [Int]) {
        self.start = start
        self.counts = counts
    }

    public init(from decoder: any Decoder) throws {
        if let plain = try? decoder.singleValueContainer().decode([ApteligentCount].self) {
            start = nil
            counts = plain.map(\.value)
            return
        }
        var pair = try decoder.unkeyedContainer()
        let first = try? pair.decode(String.self)
        if first == nil { _ = try? pair.decodeNil() }  // a null start: skip it, keep the counts
        start = first
        counts = try pair.decode([ApteligentCount].self).map(\.value)
    }

    public func encode(to encoder: any Encoder) throws {
        guard let start else {
            var single = encoder.singleValueContainer()
            try single.encode(counts)
            return
        }
        var pair = encoder.unkeyedContainer()
        try pair.encode(start)
        try pair.encode(counts)
    }

    /// The sum of the counts (a sum past Int's range stops growing instead of trapping).
    public var total: Int {
        counts.reduce(0) { sum, count in
            let (next, overflow) = sum.addingReportingOverflow(count)
            return overflow ? sum : next
        }
    }
}

/// A count as crash details write it: a whole number, a fraction (rounded), or null (0).
/// Never traps: values past ±10^15 are held there.
public struct ApteligentCount: Codable, Sendable, Hashable {
    public var value: Int

    public init(_ value: Int) { self.value = value }

    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            value = 0
        } else if let whole = try? single.decode(Int.self) {
            value = min(Int(Self.limit), max(-Int(Self.limit), whole))
        } else {
            value = Self.clamped(try single.decode(Double.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        try single.encode(value)
    }

    static let limit = 1e15

    /// A Double as a whole count, held inside ±10^15 (NaN: 0).
    public static func clamped(_ value: Double) -> Int {
        guard value.isFinite else { return value.isNaN ? 0 : (value > 0 ? Int(limit) : -Int(limit)) }
        return Int(min(limit, max(-limit, value)).rounded())
    }
}

/// A map of app version to a value with a `total` key beside the versions, as crash
/// details write `dailyOccurrencesByVersion`, `sessionCountsByVersion` and
/// `uniqueSessionCountsByVersion`: `{"1.0.7": …, "1.0.8": …, "total": …}`. The total is
/// kept apart; an entry of an unexpected shape is left out, the others kept.
public struct ApteligentByVersion<Value: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    public var versions: [String: Value]
    public var total: Value?

    public init(versions: [String: Value], total: Value? = nil) {
        self.versions = versions
        self.total = total
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static var totalKey: String { "total" }

    public init(from decoder: any Decoder) throws {
        let map = try decoder.container(keyedBy: Key.self)
        var versions: [String: Value] = [:]
        var total: Value?
        for key in map.allKeys {
            // An entry of an unexpected shape is left out with a note (LenientJSON).
            guard let value = try map.decodeIfPresent(Value.self, forKey: key) else { continue }
            if key.stringValue == Self.totalKey { total = value } else { versions[key.stringValue] = value }
        }
        self.versions = versions
        self.total = total
    }

    public func encode(to encoder: any Encoder) throws {
        var map = encoder.container(keyedBy: Key.self)
        for (version, value) in versions { try map.encode(value, forKey: Key(stringValue: version)) }
        if let total { try map.encode(total, forKey: Key(stringValue: Self.totalKey)) }
    }

    /// Versions in version order (`1.0.10` after `1.0.9`).
    public var sortedVersions: [String] { versions.keys.sorted { AppVersionOrder.less($0, $1) } }
}

/// App versions compared number by number (`3.10.0` after `3.9.2`), semver-aware: a
/// pre-release sorts before its release (`4.0.0-beta.2` before `4.0.0`), build metadata
/// (`+45`) only breaks ties, and a part's leading number counts before any text after it
/// (`3.1.0 (45)` before `3.1.1`). Numbers of any length compare without overflow.
public enum AppVersionOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        let x = Parts(a), y = Parts(b)
        if let order = compare(x.core, y.core) { return order }
        switch (x.pre, y.pre) {
        case (nil, nil): break
        case (nil, _): return false
        case (_, nil): return true
        case (let p?, let q?): if let order = compare(p, q) { return order }
        }
        return a < b  // the same version spelled differently, or build metadata: still a total order
    }

    /// True when `x` sorts first, false when `y` does, nil when they are the same version.
    static func compare(_ x: [Substring], _ y: [Substring]) -> Bool? {
        for (p, q) in zip(x, y) {
            if let order = part(p, q) { return order }
        }
        return x.count == y.count ? nil : x.count < y.count
    }

    /// One dot-separated part: its leading digits by value (numbers before words), then the rest as text.
    static func part(_ p: Substring, _ q: Substring) -> Bool? {
        let m = p.prefix { $0.isASCII && $0.isNumber }, n = q.prefix { $0.isASCII && $0.isNumber }
        switch (m.isEmpty, n.isEmpty) {
        case (false, true): return true
        case (true, false): return false
        case (false, false):
            let i = m.drop { $0 == "0" }, j = n.drop { $0 == "0" }
            if i.count != j.count { return i.count < j.count }
            if i != j { return i < j }
        case (true, true): break
        }
        let r = p.dropFirst(m.count), s = q.dropFirst(n.count)
        return r == s ? nil : r < s
    }

    /// The release numbers and the pre-release identifiers, build metadata left out.
    struct Parts {
        var core: [Substring]
        var pre: [Substring]?

        init(_ version: String) {
            let plain = version.prefix { $0 != "+" }
            if let dash = plain.firstIndex(of: "-") {
                core = plain[..<dash].split(separator: ".", omittingEmptySubsequences: false)
                pre = plain[plain.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false)
            } else {
                core = plain.split(separator: ".", omittingEmptySubsequences: false)
                pre = nil
            }
        }
    }
}
