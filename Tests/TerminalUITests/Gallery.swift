import TerminalUI

/// The charts in every variant, for whole-screen golden tests.
enum Gallery {
    static let hits: [Double] = [3, 5, 4, 8, 12, 9, 14, 20, 18, 25, 22, 30, 28, 35, 31, 40, 38, 45, 41, 50,
                                 47, 44, 52, 58, 55, 61, 57, 66, 63, 70, 68, 75, 71, 80, 77, 85, 82, 90]

    /// Three panes, one a variant, each a line chart on 70% of its width and a sparkline
    /// on the rest, a column between them.
    static func charts(_ size: Size, glyphs: Glyphs = .unicode) -> Buffer {
        var buffer = Buffer(size: size, glyphs: glyphs)
        let panes = PaneGrid(columns: 1).cells(count: 3, in: buffer.area)
        for (pane, (name, variant)) in zip(panes, [("braille", ChartVariant.braille), ("blocks", .blocks), ("ascii", .ascii)]) {
            let inner = Block(title: "hits per minute · \(name)").render(pane, into: &buffer)
            let chartWidth = (inner.width - 1) * 70 / 100
            let chart = Rect(x: inner.x, y: inner.y, width: chartWidth, height: inner.height)
            let spark = Rect(x: chart.maxX + 1, y: inner.y, width: inner.width - 1 - chartWidth, height: inner.height)
            LineChart(values: hits, variant: variant, axisLabel: { String(Int($0)) }).render(chart, into: &buffer)
            Sparkline(values: hits, variant: variant).render(spark, into: &buffer)
        }
        return buffer
    }

    /// Help as the dashboard draws it, over an empty screen: more keys than an 80x24
    /// terminal holds, so there the notes give way and the last row counts what is left out.
    static func help(_ size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        let entries: [StatusBar.Hint] = [
            .init("?", "show or hide this help"), .init("q", "quit"), .init("tab", "next pane"),
            .init("1 2 3 4", "focus the Web, Experiments, Push or Crashes pane"), .init("enter", "open"),
            .init("esc backspace", "back"), .init("j down", "move down"), .init("k up", "move up"),
            .init("/", "filter"), .init(":", "command"), .init("r", "refresh"), .init("f", "freeze"),
            .init("z", "zoom the focused pane"), .init("g home", "top"), .init("G end", "bottom"),
            .init("ctrl-d pgdn", "page down"), .init("ctrl-u pgup", "page up"),
            .init("a very long binding indeed", "cut at eighteen columns"), .init("t", "next theme"), .init("s", "next site"), .init("a", "next app"),
            .init("[", "shorter range"), .init("]", "longer range"),
        ]
        HelpOverlay(entries: entries, notes: ["commands: :theme :open :quit", "every number: :open figures"])
            .render(buffer.area, into: &buffer)
        return buffer
    }
}
