#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// The decoder and containers `LenientJSON` wraps around the JSON decoder's own: plain values
// pass straight through; nested values go through `DecodingSite.decode`, and every optional
// field through `lenient`, where a value that cannot be read becomes nil and a note.

struct LenientDecoder: Decoder {
    let base: any Decoder
    let sink: NoteSink

    var codingPath: [any CodingKey] { base.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { base.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(LenientKeyed(base: try base.container(keyedBy: type), sink: sink))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        LenientUnkeyed(site: UnkeyedSite(try base.unkeyedContainer()), sink: sink)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        LenientSingle(base: try base.singleValueContainer())
    }
}

struct LenientKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let base: KeyedDecodingContainer<Key>
    let sink: NoteSink

    var codingPath: [any CodingKey] { base.codingPath }
    var allKeys: [Key] { base.allKeys }
    func contains(_ key: Key) -> Bool { base.contains(key) }
    func decodeNil(forKey key: Key) throws -> Bool { try base.decodeNil(forKey: key) }

    /// The value at `key`, or nil and a note when it cannot be read.
    private func lenient<T>(_ key: Key, _ read: () throws -> T?) -> T? {
        do {
            return try read()
        } catch {
            let at = codingPath + [key]
            sink.add(at, LenientJSON.problem(error, below: at))
            return nil
        }
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try base.decode(type, forKey: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try base.decode(type, forKey: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try base.decode(type, forKey: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try base.decode(type, forKey: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try base.decode(type, forKey: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try base.decode(type, forKey: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try base.decode(type, forKey: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try base.decode(type, forKey: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try base.decode(type, forKey: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try base.decode(type, forKey: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try base.decode(type, forKey: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try base.decode(type, forKey: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try base.decode(type, forKey: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try base.decode(type, forKey: key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try KeyedSite(base: base, key: key).decode(type)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { lenient(key) { try base.decodeIfPresent(type, forKey: key) } }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        lenient(key) {
            guard base.contains(key), try !base.decodeNil(forKey: key) else { return nil }
            return try KeyedSite(base: base, key: key).decode(type)
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(LenientKeyed<NestedKey>(base: try base.nestedContainer(keyedBy: type, forKey: key), sink: sink))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        LenientUnkeyed(site: UnkeyedSite(try base.nestedUnkeyedContainer(forKey: key)), sink: sink)
    }

    func superDecoder() throws -> any Decoder { LenientDecoder(base: try base.superDecoder(), sink: sink) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        LenientDecoder(base: try base.superDecoder(forKey: key), sink: sink)
    }
}

struct LenientUnkeyed: UnkeyedDecodingContainer {
    let site: UnkeyedSite
    let sink: NoteSink
    private var base: any UnkeyedDecodingContainer {
        get { site.base }
        nonmutating set { site.base = newValue }
    }

    var codingPath: [any CodingKey] { site.base.codingPath }
    var count: Int? { site.base.count }
    var isAtEnd: Bool { site.base.isAtEnd }
    var currentIndex: Int { site.base.currentIndex }

    mutating func decodeNil() throws -> Bool { try base.decodeNil() }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try base.decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try base.decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try base.decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try base.decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try base.decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try base.decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try base.decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try base.decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try base.decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try base.decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try base.decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try base.decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try base.decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try base.decode(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try site.decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(LenientKeyed<NestedKey>(base: try base.nestedContainer(keyedBy: type), sink: sink))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        LenientUnkeyed(site: UnkeyedSite(try base.nestedUnkeyedContainer()), sink: sink)
    }

    mutating func superDecoder() throws -> any Decoder { LenientDecoder(base: try base.superDecoder(), sink: sink) }
}

struct LenientSingle: SingleValueDecodingContainer {
    let base: any SingleValueDecodingContainer

    var codingPath: [any CodingKey] { base.codingPath }
    func decodeNil() -> Bool { base.decodeNil() }

    func decode(_ type: Bool.Type) throws -> Bool { try base.decode(type) }
    func decode(_ type: String.Type) throws -> String { try base.decode(type) }
    func decode(_ type: Double.Type) throws -> Double { try base.decode(type) }
    func decode(_ type: Float.Type) throws -> Float { try base.decode(type) }
    func decode(_ type: Int.Type) throws -> Int { try base.decode(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try base.decode(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try base.decode(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try base.decode(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try base.decode(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try base.decode(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try base.decode(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try base.decode(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try base.decode(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try base.decode(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try SingleSite(base: base).decode(type) }
}

// MARK: - Sites

struct KeyedSite<Key: CodingKey>: DecodingSite {
    let base: KeyedDecodingContainer<Key>
    let key: Key
    func decodeBase<B: Decodable>(_ type: B.Type) throws -> B { try base.decode(type, forKey: key) }
}

struct SingleSite: DecodingSite {
    let base: any SingleValueDecodingContainer
    func decodeBase<B: Decodable>(_ type: B.Type) throws -> B { try base.decode(type) }
}

/// The next element of an array. A class, because decoding an element moves the array's
/// container on, and the container is a value.
final class UnkeyedSite: DecodingSite {
    var base: any UnkeyedDecodingContainer
    init(_ base: any UnkeyedDecodingContainer) { self.base = base }
    func decodeBase<B: Decodable>(_ type: B.Type) throws -> B { try base.decode(type) }
}
