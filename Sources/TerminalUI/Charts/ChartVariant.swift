/// Which characters a chart draws with. In an ASCII-only terminal every chart is drawn
/// `.ascii`, whatever it asked for.
public enum ChartVariant: Sendable, Hashable {
    /// Braille dots: two columns and four rows of dots per cell, the finest.
    case braille
    /// Block elements: eighths for bars (`▁▂▃▄▅▆▇█`), half blocks (`▀▄`) for lines.
    case blocks
    /// Plain ASCII: `.:-=+*#` for bars, `'` `.` `:` for lines.
    case ascii

    /// The variant actually drawn in `glyphs`' terminal.
    func resolved(for glyphs: Glyphs) -> ChartVariant { glyphs.asciiOnly ? .ascii : self }
}

/// Maps values onto whole steps (dots, eighths) of a chart, ignoring what cannot be drawn
/// (NaN and infinities), so no value from data can crash a chart.
struct ChartScale {
    let low: Double
    let high: Double

    /// `fixed` when given, else the range of the finite `values`, from `baseline` when
    /// given; a flat series gets a range of one above its value.
    init(values: [Double], fixed: ClosedRange<Double>?, baseline: Double?) {
        if let fixed, fixed.lowerBound.isFinite, fixed.upperBound.isFinite {
            low = fixed.lowerBound
            high = fixed.upperBound
            return
        }
        let finite = values.filter(\.isFinite)
        var lo = finite.min() ?? 0, hi = finite.max() ?? 0
        if let baseline { lo = baseline; hi = Swift.max(hi, baseline) }
        if hi <= lo { hi = lo + 1 }
        low = lo
        high = hi
    }

    /// `value` as a step in 0...steps, or nil when it cannot be drawn.
    func step(_ value: Double, steps: Int) -> Int? {
        guard value.isFinite, steps > 0, high > low else { return nil }
        let ratio = Swift.min(1, Swift.max(0, (value - low) / (high - low)))
        return Int((ratio * Double(steps)).rounded())
    }
}
