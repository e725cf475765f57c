/// A span of time as people write it, the one reader for the command line and the config:
/// whole numbers with units from days to seconds, each unit at most once and in that order
/// (`90s`, `30m`, `2h`, `7d`, `1h30m`). `launchdeck export --since`, `screenshot --watched`,
/// the config's refresh intervals and `[history] retention` all read spans here; each
/// caller keeps its own bounds.
public enum SpanText {
    /// The seconds `text` spells, or nil (no unit, an unknown or repeated unit, units out of
    /// order, a sign, a fraction, or a count over a million).
    public static func seconds(_ text: String) -> Int? {
        let units: [Character: Int] = ["d": 86_400, "h": 3600, "m": 60, "s": 1]
        var total = 0, digits = "", last = Int.max
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard let unit = units[character], unit < last, let count = Int(digits), count <= 1_000_000 else { return nil }
            total += count * unit
            last = unit
            digits = ""
        }
        guard digits.isEmpty, last != Int.max else { return nil }
        return total
    }
}
