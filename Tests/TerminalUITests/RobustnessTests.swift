import TerminalUI
import Testing

/// Every widget in every tiny or off-screen area, with hostile and wide text: nothing
/// crashes, nothing is drawn outside the area, and no wide character is ever split.
@Suite struct RobustnessTests {
    static let hostile = "日本\u{1B}[2J\u{202E}🚀e\u{301}\u{9B}x"

    static let widgets: [(String, @Sendable (Rect, inout Buffer) -> Void)] = [
        ("block", { _ = Block(title: hostile, status: [(hostile, .muted)]).render($0, into: &$1) }),
        ("table", { area, buffer in
            var table = Table(columns: [.init(hostile, width: .fill(min: 3)), .init("N", width: .fixed(4), alignRight: true)],
                              rows: TableRows(count: 9) { [hostile + "\($0)", "日本"] })
            table.selected = 3
            table.render(area, into: &buffer)
        }),
        ("sparkline", { Sparkline(values: [1, .nan, 5, -3, .infinity, 2]).render($0, into: &$1) }),
        ("sparkline-blocks", { Sparkline(values: [1, 5, 2, 9], variant: .blocks, range: 3...3).render($0, into: &$1) }),
        ("line", { LineChart(values: [1, 5, .nan, 2, 1e300, -1e300], axisLabel: { _ in hostile }).render($0, into: &$1) }),
        ("crumbs", { _ = Breadcrumbs([hostile, "", hostile]).render($0, into: &$1) }),
        ("status", { StatusBar(hints: [.init(hostile, hostile), .init("日", "本")], note: hostile).render($0, into: &$1) }),
        ("help", { HelpOverlay(entries: [.init(hostile, hostile)], notes: [hostile]).render($0, into: &$1) }),
        ("command", { CommandPrompt(text: hostile, candidates: [hostile, hostile]).render($0, into: &$1) }),
        ("flash", { FlashMessage(hostile, isError: true, expires: 1).render($0, into: &$1) }),
        ("too-small", { TooSmall(minimum: Size(width: 80, height: 24)).render($0, into: &$1) }),
        ("wrap", { Wrap.render(hostile + " " + hostile + "\n" + hostile, in: $0, into: &$1, style: .text) }),
    ]

    @Test(arguments: widgets.map(\.0))
    func tinyAndOffscreenAreasNeverBreakTheBuffer(widget: String) throws {
        let draw = try #require(Self.widgets.first { $0.0 == widget }).1
        for width in 0...7 {
            for height in 0...4 {
                let areas = [
                    Rect(x: 1, y: 1, width: width, height: height),
                    Rect(x: -3, y: -2, width: width + 4, height: height + 3),
                    Rect(x: 6, y: 3, width: width + 9, height: height + 9),
                ]
                for area in areas {
                    var buffer = Buffer(size: Size(width: 8, height: 5))
                    buffer.fill(buffer.area, with: "~")
                    draw(area, &buffer)
                    let visible = area.clamped(to: buffer.area)
                    for y in 0..<5 {
                        for x in 0..<8 {
                            let cell = buffer[x, y]
                            let inside = x >= visible.x && x < visible.maxX && y >= visible.y && y < visible.maxY
                            // Outside the area nothing changes (a wide character cut by the edge
                            // may blank its other half, which is still our cell to repair).
                            if !inside {
                                #expect(cell.symbol == "~" || cell.symbol == " ", "\(widget) \(area) drew at \(x),\(y)")
                            }
                            if cell.isContinuation {
                                #expect(x > 0 && buffer[x - 1, y].width == 2, "\(widget) \(area): orphan half at \(x),\(y)")
                            }
                            if cell.width == 2 {
                                #expect(x + 1 < 8 && buffer[x + 1, y].isContinuation, "\(widget) \(area): split at \(x),\(y)")
                            }
                            #expect(!cell.symbol.unicodeScalars.contains(where: Sanitizer.isUnsafe), "\(widget): unsafe")
                        }
                    }
                }
            }
        }
    }
}
