#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// The recorded series and events in a form a retrospective can use: CSV (one table of
/// points, then one of events) or JSON. Times are ISO 8601 in UTC.
public enum HistoryExport {
    public enum Format: String, Sendable, CaseIterable {
        case csv, json
    }

    /// A series' points, by name.
    public typealias Series = [(name: String, points: [SeriesPoint])]

    public static func render(_ series: Series, events: [HistoryEvent], format: Format) -> String {
        switch format {
        case .csv: csv(series, events: events)
        case .json: json(series, events: events)
        }
    }

    static func csv(_ series: Series, events: [HistoryEvent]) -> String {
        var out = "series,time,value,observed_at\n"
        for (name, points) in series {
            for point in points {
                out += [field(name), stamp(point.at), number(point.value), stamp(point.observedAt)].joined(separator: ",") + "\n"
            }
        }
        out += "\nevent,time,subject,detail\n"
        for event in events {
            out += [field(event.kind), stamp(event.at), field(event.subject), field(event.detail)].joined(separator: ",") + "\n"
        }
        return out
    }

    static func json(_ series: Series, events: [HistoryEvent]) -> String {
        struct Point: Encodable { var time: String, value: Double, observed_at: String }
        struct Named: Encodable { var name: String, points: [Point] }
        struct Event: Encodable { var time: String, kind: String, subject: String, detail: String }
        struct Document: Encodable { var series: [Named], events: [Event] }
        let document = Document(
            series: series.map { name, points in
                Named(name: name, points: points.map { Point(time: stamp($0.at), value: $0.value, observed_at: stamp($0.observedAt)) })
            },
            events: events.map { Event(time: stamp($0.at), kind: $0.kind, subject: $0.subject, detail: $0.detail) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value is a string or a finite number (the store keeps no other): encoding cannot fail.
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A CSV field: quoted when it holds a comma, a quote or a line break; a leading `=`, `+`,
    /// `-` or `@` is prefixed with `'` so a spreadsheet never runs API text as a formula.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// By arithmetic (`Timestamp`), not a format style.
    static func stamp(_ date: Date) -> String { Timestamp.format(date) }
}
