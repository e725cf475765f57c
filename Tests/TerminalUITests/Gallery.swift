import TerminalUI

/// A dashboard-like screen that uses every widget, for whole-screen golden tests. Data
/// includes wide characters and a hostile escape sequence, as API values may.
enum Gallery {
    static let hints: [StatusBar.Hint] = [
        .init("q", "quit"), .init("?", "help"), .init(":", "command"), .init("tab", "next pane"),
        .init("/", "filter"), .init("t", "theme"),
    ]

    static func screen(_ size: Size, glyphs: Glyphs = .unicode) -> Buffer {
        var buffer = Buffer(size: size, glyphs: glyphs)
        let guardSize = TooSmall(minimum: Size(width: 40, height: 12))
        if guardSize.applies(to: size) {
            guardSize.render(buffer.area, into: &buffer)
            return buffer
        }
        let parts = buffer.area.rows([.fixed(1), .fill, .fixed(1)])
        let top = parts[0].columns([.percentage(50), .fill])
        Tabs(["Overview", "Traffic", "Crashes", "Experiments"], selected: 0).render(top[0], into: &buffer)
        Breadcrumbs(["Overview", "example.com", "/blog/日本語-post"]).render(top[1], into: &buffer)
        let panes = PaneGrid(columns: 2, compactBelow: 100).cells(count: 4, in: parts[1])
        traffic(panes[0], into: &buffer)
        paths(panes[1], into: &buffer)
        crashes(panes[2], into: &buffer)
        experiments(panes[3], into: &buffer)
        StatusBar(hints: hints, note: "launchdeck").render(parts[2], into: &buffer)
        return buffer
    }

    static let hits: [Double] = [3, 5, 4, 8, 12, 9, 14, 20, 18, 25, 22, 30, 28, 35, 31, 40, 38, 45, 41, 50,
                                 47, 44, 52, 58, 55, 61, 57, 66, 63, 70, 68, 75, 71, 80, 77, 85, 82, 90]

    static func traffic(_ area: Rect, into buffer: inout Buffer) {
        let inner = Block(title: "Traffic", status: [("DEMO", Style(.warning, bold: true, reverse: true)),
                                                     ("12s ago", .muted)]).render(area, into: &buffer)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let rows = body.rows([.fixed(1), .fill])
        let line = rows[0].columns([.fixed(10), .fill])
        buffer.write("hits/min", x: line[0].x, y: line[0].y, style: .muted)
        Sparkline(values: hits).render(line[1], into: &buffer)
        LineChart(values: hits, axisLabel: { String(Int($0)) }).render(rows[1], into: &buffer)
    }

    static func paths(_ area: Rect, into buffer: inout Buffer) {
        let inner = Block(title: "Top paths \u{1B}]0;owned\u{07}").render(area, into: &buffer)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let table = Table(columns: [.init("PATH", width: .fill(min: 8)), .init("VIEWS", width: .fixed(7), alignRight: true)],
                          rows: TableRows(count: 40) { i in ["/post/\(i)-\(i % 3 == 0 ? "日本語タイトル" : "hello-world")", "\(1000 - i * 7)"] })
        var state = TableState(selected: 6)
        table.render(body, into: &buffer, state: &state)
    }

    static func crashes(_ area: Rect, into buffer: inout Buffer) {
        let inner = Block(title: "Crashes", status: [("3m ago", Style(.warning))]).render(area, into: &buffer)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let rows = body.rows([.fixed(1), .fill])
        let gauge = rows[0].columns([.fixed(11), .fill])
        buffer.write("crash-free", x: gauge[0].x, y: gauge[0].y, style: .muted)
        Gauge(ratio: 0.973, label: "97.3%", style: Style(.good)).render(gauge[1], into: &buffer)
        BarChart(bars: [.init("iOS 18", value: 412), .init("iOS 17", value: 129), .init("Android 15", value: 388),
                        .init("Android 14", value: 57, style: Style(.warning))]).render(rows[1], into: &buffer)
    }

    static func experiments(_ area: Rect, into buffer: inout Buffer) {
        let inner = Block(title: "Experiments").render(area, into: &buffer)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        KeyValueList([
            .init("checkout-v2", "running · 3 variations", style: Style(.good)),
            .init("onboarding", "draft"),
            .init("dark-mode", "finished · winner: B", style: .muted),
            .init("价格测试", "paused"),
        ]).render(body, into: &buffer)
    }

    static func charts(_ size: Size, glyphs: Glyphs = .unicode) -> Buffer {
        var buffer = Buffer(size: size, glyphs: glyphs)
        let panes = buffer.area.rows([.fill, .fill, .fill])
        for (pane, (name, variant)) in zip(panes, [("braille", ChartVariant.braille), ("blocks", .blocks), ("ascii", .ascii)]) {
            let inner = Block(title: "hits per minute · \(name)").render(pane, into: &buffer)
            let halves = inner.columns([.percentage(70), .fill], spacing: 1)
            LineChart(values: hits, variant: variant, axisLabel: { String(Int($0)) }).render(halves[0], into: &buffer)
            Sparkline(values: hits, variant: variant).render(halves[1], into: &buffer)
        }
        return buffer
    }
}
