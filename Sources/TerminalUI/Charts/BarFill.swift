/// A horizontal bar in whole cells plus an eighth-block tip (`█▉▊▋▌▍▎▏`), or `#` in ASCII.
///
/// Not drawn by a screen yet: kept for the timeline (issue 14).
enum BarFill {
    /// The bar for `ratio` (0...1) of `width` cells; NaN draws nothing.
    static func text(ratio: Double, width: Int, glyphs: Glyphs) -> String {
        guard width > 0, ratio.isFinite else { return "" }
        let ratio = Swift.min(1, Swift.max(0, ratio))
        if glyphs.asciiOnly {
            return String(repeating: "#", count: Int((ratio * Double(width)).rounded()))
        }
        let eighths = Int((ratio * Double(width * 8)).rounded())
        var bar = String(repeating: "█", count: eighths / 8)
        let tips: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        if eighths % 8 > 0 { bar.append(tips[eighths % 8 - 1]) }
        return bar
    }
}
