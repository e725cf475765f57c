#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Taplytics ids as the docs show them: 24-hex object ids whose first 8 hex digits are the
/// creation time in seconds since 1970 (`548013f2…` is 2014-12-04 07:57:38 UTC).
public enum TaplyticsObjectID {
    /// The creation time in `id`, or nil when it is no 24-hex object id (shorter, longer, or
    /// with any digit that is not hex: the docs' own `5a6a0ca339004c0094fa208z` has none).
    public static func createdAt(_ id: String) -> Date? {
        let digits = Array(id.utf8)
        guard digits.count == 24, digits.allSatisfy(isHex),
              let seconds = UInt32(String(decoding: digits[0..<8], as: UTF8.self), radix: 16)
        else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// An object id for `date` (whole seconds, clamped to what 8 hex digits hold) followed
    /// by 16 hex digits of `rest`.
    public static func make(at date: Date, rest: UInt64) -> String {
        let seconds = date.timeIntervalSince1970
        let clamped = seconds.isFinite ? UInt32(max(0, min(Double(UInt32.max), seconds.rounded(.down)))) : 0
        return hex(UInt64(clamped), digits: 8) + hex(rest, digits: 16)
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}

extension TaplyticsPush {
    /// When the push was made: `created_at` when the body has it (only the POST answer
    /// does), else the time in its object id.
    public var createdTime: Date? { createdAt ?? TaplyticsObjectID.createdAt(id) }
}

extension TaplyticsExperiment {
    /// When the experiment was made: `created_at` when the body has it, else the time in
    /// its object id.
    public var createdTime: Date? { createdAt ?? TaplyticsObjectID.createdAt(id) }
}
