#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What every pane needs besides its data: the time, whether this is the demo, and how
/// often its data refreshes (for the age colouring).
public struct PaneContext: Sendable {
    public var now: Date
    public var demo: Bool
    /// How often the drawn pane's data refreshes. Not given by whoever draws the screen: the
    /// screen takes it from its data (`DashboardData.interval`, the config's refresh or the
    /// demo's) for each pane it draws (`refreshing(every:)`). Until then no age is stale.
    public private(set) var refreshInterval: TimeInterval = .infinity

    public init(now: Date, demo: Bool) {
        self.now = now
        self.demo = demo
    }

    /// The context for drawing a pane whose data refreshes every `interval` seconds.
    public func refreshing(every interval: TimeInterval) -> PaneContext {
        var context = self
        context.refreshInterval = interval
        return context
    }
}

/// Ages as people read them: "now", "15s", "4m", "2h", "3d". Seconds go in steps of five:
/// refresh intervals are 10 s and more, and a number that changes every second would cost
/// bytes on the wire (and wake-ups) for nothing.
public enum AgeText {
    public static func of(_ seconds: TimeInterval) -> String {
        let s = Int(seconds)
        if s < 5 { return "now" }
        if s < 60 { return "\(s / 5 * 5)s" }
        if s < 3600 { return "\(s / 60)m" }
        if s < 86_400 { return "\(s / 3600)h" }
        return "\(s / 86_400)d"
    }
}

/// Counts with thousands separators, independent of the locale: 12340 → "12,340".
public enum CountText {
    public static func of(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }
}

/// When the screen next needs drawing with nothing new arriving: when an age's text or its
/// colour next changes (or the header's clock its minute). New data, keys and signals wake
/// the loop anyway; this is what lets an idle dashboard sleep.
public enum NextChange {
    /// Seconds until the text `AgeText.of(age)` changes.
    public static func ofAge(_ age: TimeInterval) -> TimeInterval {
        let step: Double = age < 60 ? 5 : (age < 3600 ? 60 : (age < 86_400 ? 3600 : 86_400))
        return step - age.truncatingRemainder(dividingBy: step)
    }

    /// Seconds until any of the ages changes its text or crosses 2× or 5× its interval, or the
    /// clock its minute; at most `longest`.
    public static func after(ages: [(age: TimeInterval, interval: TimeInterval)], now: Date,
                             longest: TimeInterval = 15) -> TimeInterval {
        var next = 60 - now.timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        for (age, interval) in ages {
            next = min(next, ofAge(age))
            for threshold in [interval * 2, interval * 5] where threshold > age { next = min(next, threshold - age) }
        }
        return min(max(next, 0.01), longest)
    }
}
