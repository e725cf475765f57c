import LaunchdeckAPI
/// Durations as the config writes them: "30s", "5m", "1h", "1h30m", or whole seconds.
enum RefreshDuration {
    /// The duration `text` spells (`SpanText`: `45s`, `1h30m`), or nil; zero is not one.
    static func parse(_ text: String) -> Duration? {
        guard let seconds = SpanText.seconds(text), seconds > 0 else { return nil }
        return .seconds(seconds)
    }

    /// "1h30m", "45s": the shortest spelling `parse` reads back (whole seconds; "300ms" below one).
    static func format(_ duration: Duration) -> String {
        let total = Int(duration.components.seconds)
        guard total > 0 else { return "\(duration.components.attoseconds / 1_000_000_000_000_000)ms" }
        let parts = [(total / 3600, "h"), (total % 3600 / 60, "m"), (total % 60, "s")]
        return parts.filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }.joined()
    }
}
