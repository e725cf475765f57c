/// A span of time as the command line writes it: a number and one unit, `90s`, `30m`, `2h`,
/// `7d` (`launchdeck export --since`, `launchdeck screenshot --watched`). The config's
/// durations (`1h30m`) are read by LaunchdeckConfig's own `RefreshDuration`.
public enum SpanText {
    /// The seconds `text` spells, or nil (no unit, an unknown unit, a negative or endless count).
    public static func seconds(_ text: String) -> Double? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        guard let unit = text.last.flatMap({ units[$0] }), let count = Double(text.dropLast()), count >= 0,
              count.isFinite else { return nil }
        return count * unit
    }
}
