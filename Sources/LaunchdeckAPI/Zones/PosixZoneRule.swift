/// A POSIX TZ rule, as a TZif footer gives the offsets after the file's last transition:
/// `CET-1CEST,M3.5.0,M10.5.0/3` is UTC+1, and UTC+2 from the last Sunday of March at 02:00
/// to the last Sunday of October at 03:00 (local time). Offsets in the text count west of
/// UTC (`CET-1` is UTC+1); `offset(at:)` answers east of UTC, as `ZoneRules` does.
struct PosixZoneRule: Sendable, Equatable {
    /// A day of the year on which daylight saving time starts or ends.
    enum Day: Sendable, Equatable {
        /// `Jn`: day 1 to 365, February 29 never counted.
        case julian(Int)
        /// `n`: day 0 to 365, February 29 counted in leap years.
        case zeroBased(Int)
        /// `Mm.w.d`: weekday d (0 Sunday) of week w (1 to 5, 5 the last) of month m.
        case weekday(month: Int, week: Int, weekday: Int)
    }

    struct Change: Sendable, Equatable {
        var day: Day
        /// Seconds after local midnight (may be negative or past 24 hours).
        var time: Int
    }

    var standard: Int
    /// The daylight saving offset and when it starts and ends, or nil.
    var daylight: (offset: Int, start: Change, end: Change)?

    static func == (a: Self, b: Self) -> Bool {
        a.standard == b.standard && a.daylight?.offset == b.daylight?.offset && a.daylight?.start == b.daylight?.start
            && a.daylight?.end == b.daylight?.end
    }

    /// Nil when the text is not a rule.
    init?(_ text: String) {
        var scanner = Scanner(Array(text.utf8))
        guard scanner.name(), let standard = scanner.offset() else { return nil }
        self.standard = -standard
        guard !scanner.atEnd else { return }
        guard scanner.name() else { return nil }
        let daylight = scanner.atEnd || scanner.peek == UInt8(ascii: ",") ? standard - 3600 : scanner.offset()
        guard let daylight else { return nil }
        var changes: [Change] = []
        while scanner.take(UInt8(ascii: ",")) {
            guard let day = scanner.day() else { return nil }
            let time = scanner.take(UInt8(ascii: "/")) ? scanner.offset(maxHours: 167) : 7200
            guard let time else { return nil }
            changes.append(Change(day: day, time: time))
        }
        if changes.isEmpty {  // POSIX leaves it to the system; the US rule, as glibc does
            changes = [Change(day: .weekday(month: 3, week: 2, weekday: 0), time: 7200),
                       Change(day: .weekday(month: 11, week: 1, weekday: 0), time: 7200)]
        }
        guard changes.count == 2, scanner.atEnd else { return nil }
        self.daylight = (-daylight, changes[0], changes[1])
    }

    /// Seconds east of UTC at `seconds` after 1970.
    func offset(at seconds: Int64) -> Int {
        guard let daylight else { return standard }
        let year = CivilTime.fields(secondsSince1970: Double(seconds + Int64(standard))).year
        // Each change is given in the local time in force before it.
        let start = Int64(Self.seconds(daylight.start, year: year) - standard)
        let end = Int64(Self.seconds(daylight.end, year: year) - daylight.offset)
        let inDaylight = start < end ? seconds >= start && seconds < end : !(seconds >= end && seconds < start)
        return inDaylight ? daylight.offset : standard
    }

    /// Seconds since 1970 of a change's local moment in `year`, as if that moment were UTC.
    static func seconds(_ change: Change, year: Int) -> Int {
        let january1 = CivilTime.days(year: year, month: 1, day: 1)
        let leap = CivilTime.daysIn(month: 2, year: year) == 29
        let day: Int
        switch change.day {
        case .julian(let n): day = january1 + n - 1 + (leap && n >= 60 ? 1 : 0)
        case .zeroBased(let n): day = january1 + n
        case .weekday(let month, let week, let weekday):
            let first = CivilTime.days(year: year, month: month, day: 1)
            let firstWeekday = ((first + 4) % 7 + 7) % 7  // 1970-01-01 was a Thursday
            var date = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            if date > CivilTime.daysIn(month: month, year: year) { date -= 7 }
            day = first + date - 1
        }
        return day * 86_400 + change.time
    }

    /// Reads the rule's parts from left to right.
    struct Scanner {
        let bytes: [UInt8]
        var at = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { at == bytes.count }
        var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            at += 1
            return true
        }

        /// `CET` or `<+0530>`: three or more letters, or anything but `>` between angle brackets.
        mutating func name() -> Bool {
            let start = at
            if take(UInt8(ascii: "<")) {
                while let byte = peek, byte != UInt8(ascii: ">") { at += 1 }
                return take(UInt8(ascii: ">")) && at - start >= 5
            }
            while let byte = peek, (65...90).contains(byte) || (97...122).contains(byte) { at += 1 }
            return at - start >= 3
        }

        /// `[+-]hh[:mm[:ss]]` in seconds.
        mutating func offset(maxHours: Int = 24) -> Int? {
            let sign = take(UInt8(ascii: "-")) ? -1 : 1
            if sign == 1 { _ = take(UInt8(ascii: "+")) }
            guard let hours = number(), hours <= maxHours else { return nil }
            var seconds = hours * 3600
            for unit in [60, 1] where take(UInt8(ascii: ":")) {
                guard let n = number(), n < 60 else { return nil }
                seconds += n * unit
            }
            return sign * seconds
        }

        mutating func day() -> Day? {
            if take(UInt8(ascii: "J")) {
                guard let n = number(), (1...365).contains(n) else { return nil }
                return .julian(n)
            }
            if take(UInt8(ascii: "M")) {
                guard let m = number(), (1...12).contains(m), take(UInt8(ascii: ".")), let w = number(), (1...5).contains(w),
                      take(UInt8(ascii: ".")), let d = number(), (0...6).contains(d) else { return nil }
                return .weekday(month: m, week: w, weekday: d)
            }
            guard let n = number(), (0...365).contains(n) else { return nil }
            return .zeroBased(n)
        }

        mutating func number() -> Int? {
            let start = at
            var value = 0
            while let byte = peek, (48...57).contains(byte), at - start < 4 {
                value = value * 10 + Int(byte - 48)
                at += 1
            }
            return at > start ? value : nil
        }
    }
}
