#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON settings both the client and the simulator use, so they agree on the wire.
public enum JSONCoding {
    /// Decodes the timestamp formats the docs show: ISO 8601 with or without fractions.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = Timestamp.parse(text) { return date }
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected an ISO 8601 timestamp")  // the value stays out of notes
        }
        return decoder
    }

    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// ISO 8601 timestamps as the APIs write them: "2026-02-14T09:30:00Z" (Tinylytics,
/// Taplytics), "2026-02-14T10:30:00+01:00", and Apteligent's "2016-12-01T00:00:00" with no
/// zone (UTC), sometimes with microseconds ("2016-12-01T00:00:00.123456"). Read and written
/// by arithmetic (`CivilTime`), not by Foundation's format styles, which load ICU.
public enum Timestamp {
    /// `YYYY-MM-DDTHH:MM:SS`, an optional fraction of any length, then `Z`, `±HH:MM`, `±HHMM`,
    /// `±HH` or nothing (UTC); nil for anything else, or for a date or time that does not exist
    /// (a leap second, `:60`, is taken as `:59`).
    public static func parse(_ text: String) -> Date? {
        var reader = Reader(bytes: Array(text.utf8))
        guard var fields = reader.day(), reader.skip("T") || reader.skip("t"),
              let hour = reader.number(2), reader.skip(":"), let minute = reader.number(2), reader.skip(":"),
              let second = reader.number(2)
        else { return nil }
        // A leap second (23:59:60) is read as the second before it, not as a bad timestamp.
        (fields.hour, fields.minute, fields.second) = (hour, minute, second == 60 ? 59 : second)
        guard fields.isValid else { return nil }
        var fraction = 0.0
        if reader.skip(".") {
            var scale = 0.1
            var digits = 0
            while let digit = reader.digit() {
                fraction += Double(digit) * scale
                scale /= 10
                digits += 1
            }
            guard digits > 0 else { return nil }
        }
        var offset = 0
        if !(reader.skip("Z") || reader.skip("z")), let sign = reader.skip("+") ? 1 : reader.skip("-") ? -1 : nil {
            guard let hours = reader.number(2), hours <= 23 else { return nil }
            let hasMinutes = !reader.atEnd
            _ = reader.skip(":")
            guard let minutes = hasMinutes ? reader.number(2) : 0, minutes <= 59 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard reader.atEnd else { return nil }
        return Date(timeIntervalSince1970: Double(fields.secondsSince1970 - offset) + fraction)
    }

    /// Midnight UTC of a `YYYY-MM-DD` day that exists, or nil.
    public static func parseDay(_ text: String) -> Date? {
        var reader = Reader(bytes: Array(text.utf8))
        guard let fields = reader.day(), reader.atEnd, fields.isValid else { return nil }
        return Date(timeIntervalSince1970: Double(fields.secondsSince1970))
    }

    /// `2026-02-14T09:30:00Z`: UTC, whole seconds.
    public static func format(_ date: Date) -> String {
        let f = CivilTime.fields(secondsSince1970: date.timeIntervalSince1970)
        return day(f) + "T" + CivilTime.padded(f.hour, 2) + ":" + CivilTime.padded(f.minute, 2) + ":"
            + CivilTime.padded(f.second, 2) + "Z"
    }

    /// The UTC calendar day of `date` as the APIs' `YYYY-MM-DD`.
    public static func day(_ date: Date) -> String {
        day(CivilTime.fields(secondsSince1970: date.timeIntervalSince1970))
    }

    private static func day(_ f: CivilTime.Fields) -> String {
        CivilTime.padded(f.year, 4) + "-" + CivilTime.padded(f.month, 2) + "-" + CivilTime.padded(f.day, 2)
    }

    /// Reads ASCII from the front of a timestamp.
    private struct Reader {
        let bytes: [UInt8]
        var at = 0

        var atEnd: Bool { at == bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard at < bytes.count, bytes[at] == UInt8(character.value) else { return false }
            at += 1
            return true
        }

        mutating func digit() -> Int? {
            guard at < bytes.count, (48...57).contains(bytes[at]) else { return nil }
            at += 1
            return Int(bytes[at - 1] - 48)
        }

        /// `YYYY-MM-DD` (not checked against the calendar).
        mutating func day() -> CivilTime.Fields? {
            guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2) else { return nil }
            return CivilTime.Fields(year: year, month: month, day: day)
        }

        /// Exactly `count` decimal digits.
        mutating func number(_ count: Int) -> Int? {
            var value = 0
            for _ in 0..<count {
                guard let d = digit() else { return nil }
                value = value * 10 + d
            }
            return value
        }
    }
}
