import Foundation
import LaunchdeckAPI

/// Clock times as the panes show them: `14:05` in UTC.
enum ClockText {
    static func hhmm(_ date: Date) -> String {
        let f = CivilTime.fields(secondsSince1970: date.timeIntervalSince1970)
        return CivilTime.padded(f.hour, 2) + ":" + CivilTime.padded(f.minute, 2)
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
