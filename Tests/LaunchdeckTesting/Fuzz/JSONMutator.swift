import Foundation
import LaunchdeckAPI
import LaunchdeckSimulator

/// A place in a JSON document: keys and indexes from the top.
public typealias JSONPath = [JSONStep]

extension Array where Element == JSONStep {
    /// `a.b[2].c`, as notes and errors name places.
    public var text: String { LenientJSON.path(self) }
}

/// Structural mutations of JSON bodies, for the fuzz suite: fields dropped, nulled and
/// retyped; numbers huge, negative and fractional; strings empty, 5000 long, with escapes,
/// control characters and bidi overrides; arrays swapped for objects; extra fields.
public enum JSONMutation: CaseIterable, Sendable {
    case drop, null, retype, hugeNumber, negativeNumber, fraction, emptyString, longString, escapes, bidi,
         arrayToObject, extraField

    /// Strings that must never reach a terminal as they are.
    public static let hostileText = "\u{1B}[2J\u{1B}]0;pwned\u{07}\r\u{08}\u{202E}evil\u{202C}\u{0}\u{9B}31m"
}

public struct JSONMutator {
    public var random: SeededRandom

    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// Every place in `value`, the top excluded.
    public static func paths(in value: JSONValue, from base: JSONPath = []) -> [JSONPath] {
        var out: [JSONPath] = []
        switch value {
        case .object(let members):
            for key in members.keys.sorted() {
                let path = base + [.key(key)]
                out.append(path)
                out += paths(in: members[key]!, from: path)
            }
        case .array(let elements):
            for (i, element) in elements.enumerated() {
                let path = base + [.index(i)]
                out.append(path)
                out += paths(in: element, from: path)
            }
        default: break
        }
        return out
    }

    public static func value(at path: JSONPath, in root: JSONValue) -> JSONValue? {
        var node = root
        for step in path {
            switch (step, node) {
            case (.key(let key), .object(let members)): guard let next = members[key] else { return nil }; node = next
            case (.index(let i), .array(let elements)): guard elements.indices.contains(i) else { return nil }; node = elements[i]
            default: return nil
            }
        }
        return node
    }

    /// `root` with the value at `path` replaced (nil: removed).
    public static func replacing(_ path: JSONPath, in root: JSONValue, with new: JSONValue?) -> JSONValue {
        guard let step = path.first else { return new ?? .null }
        let rest = Array(path.dropFirst())
        switch (step, root) {
        case (.key(let key), .object(var members)):
            guard let child = members[key] else { return root }
            if rest.isEmpty, new == nil { members.removeValue(forKey: key) } else { members[key] = replacing(rest, in: child, with: new) }
            return .object(members)
        case (.index(let i), .array(var elements)) where elements.indices.contains(i):
            if rest.isEmpty, new == nil { elements.remove(at: i) } else { elements[i] = replacing(rest, in: elements[i], with: new) }
            return .array(elements)
        default:
            return root
        }
    }

    /// What `mutation` makes of `value` (nil: the field goes).
    public func mutated(_ value: JSONValue, by mutation: JSONMutation) -> JSONValue? {
        switch mutation {
        case .drop: return nil
        case .null: return .null
        case .retype:
            switch value {
            case .string(let s): return .number(Double(s.count))
            case .number(let n): return .string(String(n))
            case .bool: return .string("yes")
            case .null: return .bool(true)
            case .array: return .string("[]")
            case .object: return .array([.number(1), .string("x")])
            }
        case .hugeNumber: return .number(1e300)
        case .negativeNumber: return .number(-9_007_199_254_740_991)
        case .fraction: return .number(0.5)
        case .emptyString: return .string("")
        case .longString: return .string(String(repeating: "\u{1F4A5}W", count: 2500))
        case .escapes: return .string((value.stringValue ?? "x") + JSONMutation.hostileText)
        case .bidi: return .string("\u{202E}" + (value.stringValue ?? "x") + "\u{2066}")
        case .arrayToObject:
            if case .array(let elements) = value {
                return .object(Dictionary(uniqueKeysWithValues: elements.enumerated().map { (String($0.offset), $0.element) }))
            }
            return .object(["unexpected": value])
        case .extraField:
            if case .object(var members) = value {
                members["launchdeck_fuzz_extra"] = .array([.object(["deep": .string(JSONMutation.hostileText)])])
                return .object(members)
            }
            return value
        }
    }

    /// `root` with `count` random mutations, and where each went.
    public mutating func mutate(_ root: JSONValue, count: Int) -> (value: JSONValue, applied: [(JSONPath, JSONMutation)]) {
        var value = root
        var applied: [(JSONPath, JSONMutation)] = []
        for _ in 0..<count {
            let paths = Self.paths(in: value)
            guard !paths.isEmpty else { break }
            let path = paths[Int(random.next() % UInt64(paths.count))]
            let mutation = JSONMutation.allCases[Int(random.next() % UInt64(JSONMutation.allCases.count))]
            guard let old = Self.value(at: path, in: value) else { continue }
            value = Self.replacing(path, in: value, with: mutated(old, by: mutation))
            applied.append((path, mutation))
        }
        return (value, applied)
    }

    /// Where two documents differ, as paths (at most `limit`).
    public static func differences(_ a: JSONValue, _ b: JSONValue, at path: JSONPath = [], limit: Int = 5) -> [String] {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            var out: [String] = []
            for key in Set(x.keys).union(y.keys).sorted() where out.count < limit {
                switch (x[key], y[key]) {
                case (let l?, let r?): out += differences(l, r, at: path + [.key(key)], limit: limit - out.count)
                case (nil, _): out.append((path + [.key(key)]).text + " missing")
                case (_, nil): out.append((path + [.key(key)]).text + " extra")
                }
            }
            return out
        case (.array(let x), .array(let y)) where x.count == y.count:
            var out: [String] = []
            for i in x.indices where out.count < limit { out += differences(x[i], y[i], at: path + [.index(i)], limit: limit - out.count) }
            return out
        default:
            return a == b ? [] : [path.text + " differs"]
        }
    }

    public static func encode(_ value: JSONValue) -> Data {
        (try? JSONCoding.encoder().encode(value)) ?? Data("null".utf8)
    }

    public static func parse(_ data: Data) -> JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: data) }
}
