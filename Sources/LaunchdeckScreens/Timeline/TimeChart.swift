#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import TerminalUI

/// Lines over time with their own y-axis labels in a gutter on the left (the top and the
/// bottom of the scale): the timeline's charts and the overview panes' charts.
struct TimeChart {
    var lines: [(values: [Double?], style: Style)]
    /// The scale; default from 0 to the largest value.
    var range: ClosedRange<Double>?
    var format: (Double) -> String

    /// Draws the lines in `plot` and the labels right-aligned in the `gutter` columns left of it.
    func render(_ plot: Rect, gutter: Int, into buffer: inout Buffer) {
        guard !plot.isEmpty else { return }
        let scale = range ?? Self.range(of: lines.flatMap(\.values))
        if gutter > 1 {
            let x = plot.x - gutter
            for (value, y) in [(scale.upperBound, plot.y), (scale.lowerBound, plot.maxY - 1)] {
                buffer.write(Truncate.pad(format(value), gutter - 1, alignRight: true, ellipsis: buffer.glyphs.ellipsis),
                             x: x, y: y, style: .muted)
            }
        }
        for line in lines {
            LineChart(values: line.values.map { $0 ?? .nan }, range: scale, style: line.style).render(plot, into: &buffer)
        }
    }

    /// From 0 to the largest value (nothing, or only 0: 0…1).
    static func range(of values: [Double?]) -> ClosedRange<Double> {
        let high = values.compactMap { $0 }.filter(\.isFinite).max() ?? 0
        return 0...(high > 0 ? high : 1)
    }
}

/// Clock times (UTC) under a chart from `start` to `end`, as many as fit with room between.
struct TimeAxis {
    var start: Date
    var end: Date
    /// Dates as well as times (a week's range).
    var withDays = false
    /// Columns a label must not cover (where T0 is written).
    var keepClear: Range<Int>?

    func render(_ row: Rect, into buffer: inout Buffer) {
        guard row.width > 0 else { return }
        let label = withDays ? 11 : 5
        let count = max(2, min(6, row.width / (label + 4)))
        let span = end.timeIntervalSince(start)
        for k in 0..<count {
            let moment = start.addingTimeInterval(span * Double(k) / Double(count - 1))
            let text = withDays ? Self.day(moment) + " " + ClockText.hhmm(moment) : ClockText.hhmm(moment)
            let x = row.x + Int(Double(row.width - TextWidth.of(text)) * Double(k) / Double(count - 1))
            if let keepClear, keepClear.overlaps(x..<(x + TextWidth.of(text))) { continue }
            buffer.write(text, x: x, y: row.y, style: .muted)
        }
    }

    private static func day(_ date: Date) -> String {
        let f = CivilTime.fields(secondsSince1970: date.timeIntervalSince1970)
        return CivilTime.padded(f.month, 2) + "-" + CivilTime.padded(f.day, 2)
    }
}
