/// Text from the config or the environment as it may be shown in a terminal: control
/// characters and bidirectional overrides written as `\u{1B}`, so that a value such as
/// `"\u001b]0;owned\u0007"` in a broken config cannot drive the terminal or reorder a line.
enum Visible {
    /// True for what must not reach a terminal as is: C0 and C1 controls, DEL, and the
    /// bidirectional embedding, override and isolate characters.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` with each hidden scalar, except those in `keeping`, written as `\u{…}`.
    static func text(_ text: some StringProtocol, keeping: Set<Unicode.Scalar> = []) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar), !keeping.contains(scalar) {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
