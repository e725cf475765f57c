/// A small bar chart of recent values, newest at the right edge: one value per cell
/// (blocks, ASCII) or two (braille). Values past the width drop off the left.
public struct Sparkline: Sendable {
    public var values: [Double]
    public var variant: ChartVariant
    /// The values drawn as empty and as full; default 0 to the largest value.
    public var range: ClosedRange<Double>?
    public var style: Style

    public init(values: [Double], variant: ChartVariant = .braille, range: ClosedRange<Double>? = nil,
                style: Style = .accent) {
        self.values = values
        self.variant = variant
        self.range = range
        self.style = style
    }

    public init(values: [Int], variant: ChartVariant = .braille, range: ClosedRange<Double>? = nil,
                style: Style = .accent) {
        self.init(values: values.map(Double.init), variant: variant, range: range, style: style)
    }

    /// How many values an area `width` cells wide shows in `glyphs`' terminal.
    public func capacity(width: Int, glyphs: Glyphs) -> Int {
        Swift.max(0, width) * (variant.resolved(for: glyphs) == .braille ? 2 : 1)
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let variant = self.variant.resolved(for: buffer.glyphs)
        let capacity = self.capacity(width: area.width, glyphs: buffer.glyphs)
        let shown = Array(values.suffix(capacity))
        let scale = ChartScale(values: shown, fixed: range, baseline: 0)
        let firstSlot = capacity - shown.count
        if variant == .braille {
            var grid = DotGrid(area: area, variant: .braille)
            for (i, value) in shown.enumerated() {
                guard let level = scale.step(value, steps: grid.height), level > 0 else { continue }
                for dy in 0..<level { grid.set(x: firstSlot + i, y: grid.height - 1 - dy) }
            }
            grid.render(area, into: &buffer, style: style)
            return
        }
        let ramp: [Character] = variant == .blocks
            ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : [".", "-", "=", "#"]
        for (i, value) in shown.enumerated() {
            guard let level = scale.step(value, steps: area.height * ramp.count) else { continue }
            let x = area.x + firstSlot + i
            for row in 0..<area.height {
                let inRow = Swift.min(ramp.count, level - row * ramp.count)
                guard inRow > 0 else { break }
                buffer.put(Cell(ramp[inRow - 1], style: style), x: x, y: area.maxY - 1 - row)
            }
        }
    }
}
