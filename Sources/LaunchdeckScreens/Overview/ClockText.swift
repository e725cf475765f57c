#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Clock times as the panes show them: `14:05` in UTC.
enum ClockText {
    static func hhmm(_ date: Date) -> String {
        let f = CivilTime.fields(secondsSince1970: date.timeIntervalSince1970)
        return CivilTime.padded(f.hour, 2) + ":" + CivilTime.padded(f.minute, 2)
    }

    static func hhmmss(_ date: Date) -> String {
        hhmm(date) + ":" + CivilTime.padded(CivilTime.fields(secondsSince1970: date.timeIntervalSince1970).second, 2)
    }

    /// A moment with its zone and its age, as lists show times: `21:54 UTC · 3m ago`, or
    /// `21:54 UTC · in 5m` for one still to come; a day or more away gives the date
    /// (`12-04 21:54 UTC · 2d ago`), so an old time never reads as today's.
    static func stamp(_ date: Date, now: Date, separator: String = "\u{00B7}") -> String {
        let delta = now.timeIntervalSince(date)
        var clock = hhmm(date) + " UTC"
        if abs(delta) >= 86_400 {
            let f = CivilTime.fields(secondsSince1970: date.timeIntervalSince1970)
            clock = CivilTime.padded(f.month, 2) + "-" + CivilTime.padded(f.day, 2) + " " + clock
        }
        return clock + " " + separator + " " + age(delta)
    }

    /// For a pane's narrow column: `21:54 UTC · 3m ago` within a day, else only the age
    /// (`3d ago`); the list screens give the whole `stamp`.
    static func brief(_ date: Date, now: Date, separator: String = "\u{00B7}") -> String {
        let delta = now.timeIntervalSince(date)
        return abs(delta) < 86_400 ? stamp(date, now: now, separator: separator) : age(delta)
    }

    private static func age(_ delta: TimeInterval) -> String {
        abs(delta) < 5 ? "now" : delta > 0 ? AgeText.of(delta) + " ago" : "in " + AgeText.of(-delta)
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
