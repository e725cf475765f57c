#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// One step into a JSON document: a key of an object or an index of an array.
public enum JSONStep: Hashable, Sendable {
    case key(String)
    case index(Int)

    init(_ key: any CodingKey) {
        self = key.intValue.map { .index($0) } ?? .key(key.stringValue)
    }
}

/// A field launchdeck could not read in a body that it otherwise read: where, and why.
public struct DecodeNote: Sendable, Hashable, CustomStringConvertible {
    /// The field, as steps from the top of the body (keys may hold dots, as versions do).
    public var steps: [JSONStep]
    /// What was wrong: `expected Int`, `left out: missing hash`.
    public var problem: String

    public init(steps: [JSONStep], problem: String) {
        self.steps = steps
        self.problem = problem
    }

    /// The field as people read it: `data.dailyOccurrencesByVersion.1.0.7`, `errors[3]`.
    public var path: String { LenientJSON.path(steps) }

    public var description: String { "\(path): \(problem)" }
}

/// The wire rule of LaunchdeckAPI: a body decodes leniently. A value of an unexpected shape
/// costs that value, never the body:
/// - an optional field whose value cannot be read becomes nil, with a note;
/// - a record (a JSON object) in a list that cannot be read is left out, with a note;
/// - an entry of a string-keyed map that cannot be read is left out, with a note;
/// - a required field (a model's non-optional property, such as an id) still fails the body,
///   as does a list of plain values (a series with a hole would misplace every point after it).
///
/// It works with the models' own `Codable` conformances, synthesized or written by hand: it
/// wraps the JSON decoder's containers, so `decodeIfPresent` is where leniency happens.
public enum LenientJSON {
    /// Decodes `type` from `data` with `JSONCoding`'s settings, returning what could not be read.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> (value: T, notes: [DecodeNote]) {
        let sink = NoteSink()
        let decoder = JSONCoding.decoder()
        decoder.userInfo[NoteSink.key] = sink
        let value = try decoder.decode(TopBox<T>.self, from: data).value
        return (value, sink.notes)
    }

    /// `a.b[2].c`, the way notes and errors name a place in a body.
    public static func path(_ keys: [any CodingKey]) -> String { path(keys.map(JSONStep.init)) }

    public static func path(_ steps: [JSONStep]) -> String {
        var out = ""
        for step in steps {
            switch step {
            case .index(let index): out += "[\(index)]"
            case .key(let key): out += (out.isEmpty ? "" : ".") + key
            }
        }
        return out
    }

    /// The problem an error names, relative to `base` (the field that was dropped).
    static func problem(_ error: any Error, below base: [any CodingKey]) -> String {
        func within(_ keys: [any CodingKey]) -> String {
            let rest = keys.count > base.count ? path(Array(keys.dropFirst(base.count))) : ""
            return rest.isEmpty ? "" : " at " + (rest.hasPrefix("[") ? rest : "." + rest)
        }
        guard let error = error as? DecodingError else { return "unreadable" }
        switch error {
        case .typeMismatch(let type, let context): return "expected \(type)\(within(context.codingPath))"
        case .valueNotFound(let type, let context): return "expected \(type), got null\(within(context.codingPath))"
        case .keyNotFound(let key, let context): return "missing \(key.stringValue)\(within(context.codingPath))"
        case .dataCorrupted(let context):
            return String(context.debugDescription.prefix(80)) + within(context.codingPath)
        @unknown default: return "unreadable"
        }
    }
}

/// Collects the notes of one decode. One decode runs on one thread; the lock is for the
/// `Sendable` that `userInfo` asks of its values.
final class NoteSink: Sendable {
    static let key = CodingUserInfoKey(rawValue: "launchdeck.decodeNotes")!
    private let list = Mutex<[DecodeNote]>([])

    func add(_ keys: [any CodingKey], _ problem: String) {
        list.withLock { $0.append(DecodeNote(steps: keys.map(JSONStep.init), problem: problem)) }
    }

    var notes: [DecodeNote] { list.withLock { $0 } }

    static func of(_ decoder: any Decoder) -> NoteSink {
        decoder.userInfo[key] as? NoteSink ?? NoteSink()
    }
}

/// Decodes `T` through a lenient decoder wrapped around the JSON decoder's own.
struct Box<T: Decodable>: Decodable {
    let value: T
    init(from decoder: any Decoder) throws {
        value = try T(from: LenientDecoder(base: decoder, sink: NoteSink.of(decoder)))
    }
}

/// The whole body, with the same rules as any value in it (a top-level list is a list).
struct TopBox<T: Decodable>: Decodable {
    let value: T
    init(from decoder: any Decoder) throws {
        value = try SingleSite(base: try decoder.singleValueContainer()).decode(T.self)
    }
}

/// A place a value can be decoded from: a key of an object, the next element of an array,
/// or a single value.
protocol DecodingSite {
    func decodeBase<B: Decodable>(_ type: B.Type) throws -> B
}

extension DecodingSite {
    /// Decodes `T` here, leniently below: values the JSON decoder treats specially (dates
    /// with our date strategy, URLs as strings) and plain values go to it directly; lists
    /// and string-keyed maps go element by element; everything else through `Box`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self is any DirectlyDecoded.Type { return try decodeBase(T.self) }
        // `collection` is `T.self` seen as a LenientCollection, so what it decodes is a `T`;
        // the conditional cast keeps a dashboard alive should that ever not hold.
        if let collection = T.self as? any LenientCollection.Type,
           let value = try collection.decodeLeniently(at: self) as? T {
            return value
        }
        return try decodeBase(Box<T>.self).value
    }
}

/// Types the JSON decoder reads itself (its date strategy, URL as a string, numbers by range).
protocol DirectlyDecoded {}
extension Date: DirectlyDecoded {}
extension URL: DirectlyDecoded {}
extension Data: DirectlyDecoded {}
extension Decimal: DirectlyDecoded {}
extension String: DirectlyDecoded {}
extension Bool: DirectlyDecoded {}
extension Double: DirectlyDecoded {}
extension Float: DirectlyDecoded {}
extension Int: DirectlyDecoded {}
extension Int8: DirectlyDecoded {}
extension Int16: DirectlyDecoded {}
extension Int32: DirectlyDecoded {}
extension Int64: DirectlyDecoded {}
extension UInt: DirectlyDecoded {}
extension UInt8: DirectlyDecoded {}
extension UInt16: DirectlyDecoded {}
extension UInt32: DirectlyDecoded {}
extension UInt64: DirectlyDecoded {}
/// Any JSON value reads whatever is there.
extension JSONValue: DirectlyDecoded {}
/// A plain value that may be null is still a plain value (`[Int?]` is a series).
extension Optional: DirectlyDecoded where Wrapped: DirectlyDecoded {}
