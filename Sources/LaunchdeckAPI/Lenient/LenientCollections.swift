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

/// A list: a record that cannot be read (a JSON object, or whatever stands where an object
/// was expected) is left out with a note; any other element that cannot be read (a point
/// of a series) fails the list, since leaving a point out would misplace every point after it.
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
                // A record steps over; anything else (a point of a series) fails the list.
                guard Self.isRecordFailure(error, at: at) || (Self.isInsideRecord(error, at: at)
                                                                 && (try? site.base.decode(RecordProbe.self)) != nil)
                else { throw error }
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

extension ListBox {
    /// True when the failure was inside a record, not the element itself read as a plain
    /// value (`{}` where a number of a series belongs is a bad point, not a bad record).
    static func isInsideRecord(_ error: any Error, at path: [any CodingKey]) -> Bool {
        switch error as? DecodingError {
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return LenientJSON.path(context.codingPath) != LenientJSON.path(path)
        default:
            return true  // a missing key, or a record's own complaint about itself
        }
    }

    /// True when the element itself was asked for as a record (a keyed container) and was
    /// something else: an array, a string, null.
    static func isRecordFailure(_ error: any Error, at path: [any CodingKey]) -> Bool {
        let expected: Any.Type
        let context: DecodingError.Context
        switch error as? DecodingError {
        case .typeMismatch(let type, let c)?: (expected, context) = (type, c)
        case .valueNotFound(let type, let c)?: (expected, context) = (type, c)
        default: return false
        }
        guard LenientJSON.path(context.codingPath) == LenientJSON.path(path) else { return false }
        let name = String(describing: expected)
        return name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer")
    }
}

/// Decodes only from a JSON object, and reads nothing of it.
private struct RecordProbe: Decodable {
    init(from decoder: any Decoder) throws { _ = try decoder.container(keyedBy: AnyKey.self) }
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
