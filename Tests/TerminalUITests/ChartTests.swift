import TerminalUI
import Testing

/// Draws `widget` over the whole of a fresh buffer and returns its lines.
func drawn(_ width: Int, _ height: Int, glyphs: Glyphs = .unicode, _ widget: some Widget) -> [String] {
    var buffer = Buffer(size: Size(width: width, height: height), glyphs: glyphs)
    widget.render(buffer.area, into: &buffer)
    return buffer.lines
}

@Suite struct SparklineTests {
    @Test func blocksUseEighths() {
        let values: [Double] = [0, 1, 2, 3, 4, 5, 6, 7, 8]
        #expect(drawn(9, 1, Sparkline(values: values, variant: .blocks)) == [" ▁▂▃▄▅▆▇█"])
        #expect(drawn(9, 2, Sparkline(values: values, variant: .blocks))
            == ["     ▂▄▆█", " ▂▄▆█████"])
    }

    @Test func theNewestValueIsAtTheRightEdge() {
        #expect(drawn(5, 1, Sparkline(values: [3, 8], variant: .blocks)) == ["   ▃█"])
        // More values than cells: the oldest drop off the left.
        #expect(drawn(2, 1, Sparkline(values: [8, 8, 4, 8], variant: .blocks)) == ["▄█"])
    }

    @Test func brailleHoldsTwoValuesPerCell() {
        let line = drawn(4, 1, Sparkline(values: [0, 1, 2, 3, 4, 4, 2, 0], range: 0...4))
        #expect(line == ["⢀⣴⣿⡄"])
    }

    @Test func asciiTerminalsGetAsciiWhateverWasAsked() {
        let values: [Double] = [0, 1, 2, 3, 4]
        #expect(drawn(5, 1, glyphs: .ascii, Sparkline(values: values)) == [" .-=#"])
    }

    @Test func valuesThatCannotBeDrawnAreSkipped() {
        let values: [Double] = [.nan, .infinity, -5, 2, -.infinity]
        #expect(drawn(5, 1, Sparkline(values: values, variant: .blocks)) == ["   █ "])
        #expect(drawn(3, 1, Sparkline(values: [Double](), variant: .blocks)) == ["   "])
    }
}

@Suite struct LineChartTests {
    let rising: [Double] = [0, 1, 2, 3]

    @Test func brailleDrawsTheLineInDots() {
        #expect(drawn(2, 1, LineChart(values: rising)) == ["⡠⠊"])
    }

    @Test func blocksAndAsciiUseHalfCells() {
        #expect(drawn(4, 2, LineChart(values: rising, variant: .blocks)) == ["  ▄▀", "▄▀  "])
        #expect(drawn(4, 2, glyphs: .ascii, LineChart(values: rising)) == ["  .'", ".'  "])
    }

    @Test func consecutivePointsAreJoined() {
        // A jump from the bottom to the top in one step still draws a connected column.
        let lines = drawn(2, 2, LineChart(values: [0, 1], variant: .blocks))
        #expect(lines == [" █", "█ "])
    }

    @Test func theAxisIsLabelledWhenAsked() {
        let chart = LineChart(values: [10, 20], variant: .blocks, axisLabel: { String(Int($0)) })
        #expect(drawn(8, 2, chart) == ["20   ▄▄▀", "10 ▄▀   "])
    }

    @Test func gapsInTheDataAreGapsInTheLine() {
        let lines = drawn(5, 1, LineChart(values: [1, .nan, 1, 1, 1], variant: .blocks, range: 0...1))
        #expect(lines == ["▀ ▀▀▀"])
    }
}
