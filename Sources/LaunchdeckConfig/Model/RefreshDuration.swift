/// Durations as the config writes them: "30s", "5m", "1h", "1h30m", or whole seconds.
enum RefreshDuration {
    /// The duration `text` spells, or nil. Units run from hours to seconds, each at most once.
    static func parse(_ text: String) -> Duration? {
        var seconds = 0
        var digits = ""
        var lastUnit = Int.max
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            let units: [Character: Int] = ["h": 3600, "m": 60, "s": 1]
            guard let unit = units[character], unit < lastUnit, let count = Int(digits), count <= 1_000_000 else {
                return nil
            }
            seconds += count * unit
            lastUnit = unit
            digits = ""
        }
        guard digits.isEmpty, lastUnit != Int.max, seconds > 0 else { return nil }
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
