/// Lists and string-keyed maps, read one element at a time so that one bad record or entry
/// costs only itself (see `LenientJSON`).
protocol LenientCollection {
    static func decodeLeniently(at site: some DecodingSite) throws -> Self
}

extension Array: LenientCollection where Element: Decodable {
    static func decodeLeniently(at site: some DecodingSite) throws -> Self {
        try site.decodeBase(ListBox<Element>.self).elements
    }
}

extension Dictionary: LenientCollection where Key == String, Value: Decodable {
    static func decodeLeniently(at site: some DecodingSite) throws -> Self {
        try site.decodeBase(MapBox<Value>.self).entries
    }
}

/// A list: in a list of records (any model type), a record that cannot be read is left out
/// with a note; in a list of plain values (numbers, strings, dates: a series) or of lists,
/// an element that cannot be read fails the list, since leaving a point out of a series
/// would misplace every point after it.
struct ListBox<Element: Decodable>: Decodable {
    var elements: [Element] = []

    init(from decoder: any Decoder) throws {
        let sink = NoteSink.of(decoder)
        let site = UnkeyedSite(try decoder.unkeyedContainer())
        if let count = site.base.count { elements.reserveCapacity(count) }
        while !site.base.isAtEnd {
            let index = site.base.currentIndex
            let at = site.base.codingPath + [IndexKey(index)]
            do {
                elements.append(try site.decode(Element.self))
            } catch {
                // A list of plain values (a series) fails whole; a list of records steps over this one.
                guard !(Element.self is any DirectlyDecoded.Type), !(Element.self is any LenientCollection.Type) else {
                    throw error
                }
                if site.base.currentIndex == index { _ = try site.base.decode(Skip.self) }
                sink.add(at, "left out: " + LenientJSON.problem(error, below: at))
            }
        }
    }
}

/// A map with string keys: an entry that cannot be read is left out with a note (the
/// `total` beside the versions of Apteligent's by-version maps is one such).
struct MapBox<Value: Decodable>: Decodable {
    var entries: [String: Value] = [:]

    init(from decoder: any Decoder) throws {
        let sink = NoteSink.of(decoder)
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys {
            do {
                entries[key.stringValue] = try KeyedSite(base: container, key: key).decode(Value.self)
            } catch {
                let at = container.codingPath + [key]
                sink.add(at, "left out: " + LenientJSON.problem(error, below: at))
            }
        }
    }
}

/// Decodes from any value, reading nothing: steps over an element.
private struct Skip: Decodable {
    init(from decoder: any Decoder) throws {}
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
