import Foundation

/// Clock times as the panes show them: `14:05` in UTC.
enum ClockText {
    static func hhmm(_ date: Date) -> String {
        let s = Int(date.timeIntervalSince1970.rounded(.down))
        let day = ((s % 86_400) + 86_400) % 86_400
        let h = day / 3600, m = (day % 3600) / 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

/// A series as a sparkline draws it: from the first minute seen, a gap carrying the value
/// before it (the API has no history, so unseen minutes before the first are left out).
enum SeriesValues {
    static func of(_ values: [Double?]) -> [Double] {
        var out: [Double] = []
        for value in values.drop(while: { $0 == nil }) { out.append(value ?? out.last ?? 0) }
        return out
    }
}
