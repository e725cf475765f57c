/// A one-line gauge: a bar filled to a ratio over a muted track, then a label (default
/// the percentage), e.g. `██████▌░░░░░░ 47%`.
public struct Gauge: Sendable, Hashable {
    /// 0...1; values outside are clamped, NaN shows an empty gauge.
    public var ratio: Double
    public var label: String?
    public var style: Style

    public init(ratio: Double, label: String? = nil, style: Style = .accent) {
        self.ratio = ratio
        self.label = label
        self.style = style
    }

    /// The label drawn: the given one, or the percentage.
    public var shownLabel: String {
        if let label { return label }
        guard ratio.isFinite else { return "-" }
        return "\(Int((ratio.clamped(0, 1) * 100).rounded()))%"
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let label = Sanitizer.clean(shownLabel)
        let labelWidth = TextWidth.of(label)
        let fitsLabel = labelWidth + 2 <= area.width
        let barWidth = fitsLabel ? area.width - labelWidth - 1 : area.width
        let y = area.y
        let track: Character = buffer.glyphs.asciiOnly ? "-" : "░"
        buffer.write(String(repeating: track, count: barWidth), x: area.x, y: y, style: .muted)
        buffer.write(BarFill.text(ratio: ratio, width: barWidth, glyphs: buffer.glyphs), x: area.x, y: y,
                     style: style, maxWidth: barWidth)
        if fitsLabel { buffer.write(label, x: area.x + barWidth + 1, y: y, style: Style(.text, bold: true)) }
    }
}
