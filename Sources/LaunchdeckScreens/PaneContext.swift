import Foundation

/// What every pane needs besides its data: the time, whether this is the demo, and how
/// often its data refreshes (for the age colouring).
public struct PaneContext: Sendable {
    public var now: Date
    public var demo: Bool
    public var refreshInterval: TimeInterval

    public init(now: Date, demo: Bool, refreshInterval: TimeInterval) {
        self.now = now
        self.demo = demo
        self.refreshInterval = refreshInterval
    }
}

/// Ages as people read them: "now", "12s", "4m", "2h", "3d".
public enum AgeText {
    public static func of(_ seconds: TimeInterval) -> String {
        let s = Int(seconds)
        if s < 1 { return "now" }
        if s < 60 { return "\(s)s" }
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
