/// A line through a series of values, stretched across the area: braille (finest), half
/// blocks or ASCII. Optionally the top and bottom of the range are labelled on the left.
///
/// Not drawn by a screen yet: drawn by the timeline (issue 14), which puts braille line
/// charts in the Web and Crashes panes and on a timeline screen.
public struct LineChart: Sendable {
    public var values: [Double]
    public var variant: ChartVariant
    /// The values at the bottom and top edges; default the series' own range.
    public var range: ClosedRange<Double>?
    public var style: Style
    /// Labels the range on the left (top and bottom rows) with this formatter, when set.
    public var axisLabel: (@Sendable (Double) -> String)?

    public init(values: [Double], variant: ChartVariant = .braille, range: ClosedRange<Double>? = nil,
                style: Style = .accent, axisLabel: (@Sendable (Double) -> String)? = nil) {
        self.values = values
        self.variant = variant
        self.range = range
        self.style = style
        self.axisLabel = axisLabel
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let scale = ChartScale(values: values, fixed: range, baseline: nil)
        let plot = labelAxis(area, scale: scale, into: &buffer)
        guard !plot.isEmpty else { return }
        var grid = DotGrid(area: plot, variant: variant.resolved(for: buffer.glyphs))
        let points = values.count
        var previous: (x: Int, y: Int)?
        for (i, value) in values.enumerated() {
            guard let step = scale.step(value, steps: grid.height - 1) else {
                previous = nil  // a gap in the data is a gap in the line
                continue
            }
            let x = points > 1 ? Int((Double(i) * Double(grid.width - 1) / Double(points - 1)).rounded()) : 0
            let point = (x: x, y: grid.height - 1 - step)
            if let previous { grid.line(from: previous, to: point) } else { grid.set(x: point.x, y: point.y) }
            previous = point
        }
        grid.render(plot, into: &buffer, style: style)
    }

    /// Writes the labels and returns the area left for the plot.
    private func labelAxis(_ area: Rect, scale: ChartScale, into buffer: inout Buffer) -> Rect {
        guard let axisLabel, area.height >= 2 else { return area }
        let top = Sanitizer.clean(axisLabel(scale.high)), bottom = Sanitizer.clean(axisLabel(scale.low))
        let width = Swift.max(TextWidth.of(top), TextWidth.of(bottom))
        guard width + 2 < area.width else { return area }
        buffer.write(Truncate.pad(top, width, alignRight: true, ellipsis: buffer.glyphs.ellipsis),
                     x: area.x, y: area.y, style: .muted)
        buffer.write(Truncate.pad(bottom, width, alignRight: true, ellipsis: buffer.glyphs.ellipsis),
                     x: area.x, y: area.maxY - 1, style: .muted)
        return Rect(x: area.x + width + 1, y: area.y, width: area.width - width - 1, height: area.height)
    }
}
