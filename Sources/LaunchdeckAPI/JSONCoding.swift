import Foundation

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
                in: container, debugDescription: "expected an ISO 8601 timestamp, got \(text.debugDescription)")
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
/// Taplytics), and Apteligent's "2016-12-01T00:00:00" with no zone (UTC), sometimes with
/// microseconds ("2016-12-01T00:00:00.123456").
public enum Timestamp {
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        // Split off a fraction of any length, and read a missing zone as UTC.
        var base = Substring(text)
        var fraction = 0.0
        if let dot = base.firstIndex(of: ".") {
            let digitsEnd = base[base.index(after: dot)...].firstIndex { !$0.isNumber } ?? base.endIndex
            let digits = base[base.index(after: dot)..<digitsEnd]
            guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
            fraction = value
            base = base[..<dot] + base[digitsEnd...]
        }
        var normalized = String(base)
        if normalized.count == 19 { normalized += "Z" }
        guard let date = try? Date(normalized, strategy: Date.ISO8601FormatStyle()) else { return nil }
        return date.addingTimeInterval(fraction)
    }

    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    /// The UTC calendar day of `date` as the APIs' `YYYY-MM-DD`.
    public static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle().year().month().day())
    }
}
