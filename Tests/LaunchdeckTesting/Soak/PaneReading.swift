import Foundation

/// One overview pane as read off the screen: its title, the age in its top border, the
/// error line beside its data (`! …`) and whether its data is drawn.
public struct PaneReading: Sendable, Equatable {
    /// How fresh the age looks: its colour in the default theme.
    public enum Shade: Sendable, Equatable {
        /// Muted (dim): fresh.
        case muted
        /// Amber (yellow): past twice the interval.
        case amber
        /// Red: past five times the interval.
        case red
    }

    public var number: Int
    public var title: String
    /// The age as printed, e.g. "7s ago", "1m ago", "updated now"; nil when none is shown.
    public var ageText: String?
    /// The seconds the printed age can stand for ("15s" is 15..<20, "1m" is 60..<120).
    public var age: Range<Double>?
    public var shade: Shade?
    /// The text after "! " on the pane's last body row.
    public var error: String?
    /// The body rows, without the borders.
    public var body: [String]

    /// True when the body holds more than a message: some row besides the error line has
    /// at least two words separated by a run of spaces (a table or a summary line).
    public var showsData: Bool {
        body.contains { row in
            let text = row.trimmingCharacters(in: .whitespaces)
            return !text.hasPrefix("! ") && text.contains("  ") && !text.isEmpty
        }
    }

    /// The seconds an age text stands for.
    public static func ageRange(_ text: String) -> Range<Double>? {
        // Seconds are shown in steps of five (AgeText): "updated now" is under 5 s, "15s" 15 to 20.
        if text == "updated now" { return 0..<5 }
        guard text.hasSuffix(" ago"), let unit = text.dropLast(4).last,
              let count = Double(text.dropLast(5)) else { return nil }
        let size: Double
        switch unit {
        case "s": return count..<(count + 5)
        case "m": size = 60
        case "h": size = 3600
        case "d": size = 86_400
        default: return nil
        }
        return count * size..<(count + 1) * size
    }
}

/// Reads the overview's panes from a screen captured with `capture-pane -e`.
public enum OverviewReading {
    /// The panes found, by number; a pane cut by the screen's edge is left out.
    public static func panes(_ styled: [StyledLine]) -> [Int: PaneReading] {
        var out: [Int: PaneReading] = [:]
        let lines = styled.map(\.text)
        for (row, line) in lines.enumerated() where line.contains("┌") {
            let tops = line.split(separator: "┐", omittingEmptySubsequences: true)
            for (slot, top) in tops.enumerated() {
                guard let pane = pane(top: String(top), slot: slot, row: row, lines: lines, styled: styled[row]) else {
                    continue
                }
                out[pane.number] = pane
            }
        }
        return out
    }

    private static func pane(top: String, slot: Int, row: Int, lines: [String], styled: StyledLine) -> PaneReading? {
        guard let corner = top.firstIndex(of: "┌") else { return nil }
        let header = top[top.index(after: corner)...].trimmingCharacters(in: .whitespaces)
        guard let number = Int(header.prefix { $0.isNumber }) else { return nil }
        let title = header.components(separatedBy: " ─")[0]
        var ageText: String?
        if let match = header.range(of: #"(updated now|[0-9]+[smhd] ago)"#, options: .regularExpression) {
            ageText = String(header[match])
        }
        var body: [String] = []
        for line in lines.dropFirst(row + 1) {
            let bottoms = line.split(separator: "┘", omittingEmptySubsequences: true)
            if bottoms.count > slot, bottoms[slot].contains("└") { break }
            let parts = line.split(separator: "│", omittingEmptySubsequences: false)
            guard parts.count > 2 * slot + 1 else { return nil }  // no bottom border: cut off
            body.append(String(parts[2 * slot + 1]))
        }
        var error: String?
        if let last = body.last?.trimmingCharacters(in: .whitespaces), last.hasPrefix("! ") {
            error = String(last.dropFirst(2))
        }
        let shade = ageText.flatMap { styled.foreground(of: $0, after: "┌ \(number) ") }.map(shade(of:))
        return PaneReading(number: number, title: title, ageText: ageText, age: ageText.flatMap(PaneReading.ageRange),
                           shade: shade, error: error, body: body)
    }

    /// The default theme: warning is yellow, bad is red, muted has no colour of its own.
    static func shade(of foreground: Int) -> PaneReading.Shade {
        switch foreground {
        case 31, 91: .red
        case 33, 93: .amber
        default: .muted
        }
    }
}
