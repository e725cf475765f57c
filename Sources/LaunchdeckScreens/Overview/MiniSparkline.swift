import Foundation
import TerminalUI

/// A one-row sparkline of block characters (ASCII ramp in an ASCII terminal); gaps stay blank.
enum MiniSparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let ascii: [Character] = [".", ".", ":", ":", "=", "=", "#", "#"]

    /// The last `width` values drawn as characters scaled to the largest one.
    static func text(_ values: [Double?], width: Int, asciiOnly: Bool) -> String {
        guard width > 0 else { return "" }
        let shown = Array(values.suffix(width))
        let top = shown.compactMap { $0 }.max() ?? 0
        let ramp = asciiOnly ? ascii : blocks
        let padding = String(repeating: " ", count: width - shown.count)
        return padding + String(shown.map { value -> Character in
            guard let value else { return " " }
            guard top > 0 else { return ramp[0] }
            let level = Int((value / top * Double(ramp.count - 1)).rounded())
            return ramp[min(max(level, 0), ramp.count - 1)]
        })
    }
}

/// Clock times as the panes show them: `14:05` in UTC.
enum ClockText {
    static func hhmm(_ date: Date) -> String {
        let s = Int(date.timeIntervalSince1970.rounded(.down))
        let day = ((s % 86_400) + 86_400) % 86_400
        let h = day / 3600, m = (day % 3600) / 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
