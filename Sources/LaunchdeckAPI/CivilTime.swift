/// UTC calendar arithmetic by Howard Hinnant's civil-day algorithms, with no calendar or time
/// zone object. Foundation's ISO 8601 style builds a Gregorian calendar for the *local* zone
/// even to read a "Z" timestamp, and that loads ICU's time zone data: about 1 MB more resident
/// memory in the dashboard, for a zone it never uses (BENCHMARKS.md, "Memory").
public enum CivilTime {
    /// A moment in UTC, broken down; `second` is whole (the fraction is the caller's).
    public struct Fields: Equatable, Sendable {
        public var year, month, day, hour, minute, second: Int

        public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
            (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
        }

        /// Whether these name a real moment: month 1–12, a day the month has, 00:00:00–23:59:59.
        public var isValid: Bool {
            (1...12).contains(month) && day >= 1 && day <= CivilTime.daysIn(month: month, year: year)
                && (0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second)
        }

        /// Seconds since 1970-01-01T00:00:00Z.
        public var secondsSince1970: Int {
            CivilTime.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        }
    }

    /// Days since 1970-01-01 of a civil date (proleptic Gregorian).
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The UTC fields of a moment `seconds` after 1970 (rounded down to the whole second;
    /// kept within ±3 million years, and 1970 for a NaN, so no value can trap).
    public static func fields(secondsSince1970 seconds: Double) -> Fields {
        let bounded = seconds.isNaN ? 0 : min(max(seconds, -1e14), 1e14)
        let whole = Int(bounded.rounded(.down))
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let inDay = whole - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Fields(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d,
                      hour: inDay / 3600, minute: inDay % 3600 / 60, second: inDay % 60)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `n` in decimal with at least `width` digits (zeros in front).
    public static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
