/// Horizontal bars, one per row: a label, the bar and its value, largest value the full
/// width. Rows past the area are not drawn.
public struct BarChart: Sendable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        /// The value as shown; default the value without a fraction.
        public var valueText: String
        public var style: Style

        public init(_ label: String, value: Double, valueText: String? = nil, style: Style = .accent) {
            self.label = label
            self.value = value
            self.valueText = valueText ?? Self.plain(value)
            self.style = style
        }

        /// A whole number when it is one that fits, else Swift's own spelling.
        static func plain(_ value: Double) -> String {
            guard value.isFinite else { return "-" }
            return abs(value) < 1e15 ? String(Int(value.rounded())) : String(value)
        }
    }

    public var bars: [Bar]
    /// The value of a full bar; default the largest value.
    public var maximum: Double?

    public init(bars: [Bar], maximum: Double? = nil) {
        self.bars = bars
        self.maximum = maximum
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        // Columns and scale from every bar, so nothing moves when the area cuts the list.
        let shown = bars.prefix(area.height)
        let labelWidth = Swift.min(TextWidth.widest(bars.map(\.label)), area.width / 3)
        let valueWidth = Swift.min(TextWidth.widest(bars.map(\.valueText)), area.width / 3)
        let barWidth = area.width - labelWidth - valueWidth - (labelWidth > 0 ? 1 : 0) - (valueWidth > 0 ? 1 : 0)
        let top = maximum ?? bars.map(\.value).filter(\.isFinite).max() ?? 0
        let ellipsis = buffer.glyphs.ellipsis
        for (row, bar) in shown.enumerated() {
            let y = area.y + row
            var x = area.x
            if labelWidth > 0 {
                buffer.write(Truncate.pad(bar.label, labelWidth, alignRight: false, ellipsis: ellipsis), x: x, y: y)
                x += labelWidth + 1
            }
            if barWidth > 0 {
                let ratio = top > 0 ? bar.value / top : 0
                buffer.write(BarFill.text(ratio: ratio, width: barWidth, glyphs: buffer.glyphs), x: x, y: y,
                             style: bar.style, maxWidth: barWidth)
                x += barWidth + 1
            }
            if valueWidth > 0 {
                buffer.write(Truncate.pad(bar.valueText, valueWidth, alignRight: true, ellipsis: ellipsis),
                             x: area.maxX - valueWidth, y: y, style: .muted)
            }
        }
    }
}

extension Double {
    func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(high, Swift.max(low, self)) }
}
