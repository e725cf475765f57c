import LaunchdeckTesting
import TerminalUI
import Testing

@Suite struct BarAndGaugeTests {
    @Test func barsShareOneScaleWithLabelsAndValues() {
        let chart = BarChart(bars: [.init("api", value: 50), .init("web", value: 100), .init("cdn", value: 25)])
        #expect(drawn(20, 3, chart) == [
            "api ██████        50",
            "web ████████████ 100",
            "cdn ███           25",
        ].map { $0.padding(20) })
    }

    @Test func barsEndInAnEighthAndFallBackToHashes() {
        let chart = BarChart(bars: [.init("a", value: 30)], maximum: 100)
        #expect(drawn(16, 1, chart) == ["a ███▎        30"])
        #expect(drawn(16, 1, glyphs: .ascii, chart) == ["a ###         30"])
    }

    @Test func gaugeShowsTheRatioAndItsPercentage() {
        #expect(drawn(20, 1, Gauge(ratio: 0.47)) == ["███████▌░░░░░░░░ 47%"])
        #expect(drawn(14, 1, glyphs: .ascii, Gauge(ratio: 0.5)) == ["#####----- 50%"])
        #expect(drawn(10, 1, Gauge(ratio: .nan, label: "n/a")) == ["░░░░░░ n/a"])
        #expect(drawn(8, 1, Gauge(ratio: 7)) == ["███ 100%"])
    }
}

@Suite struct TextWidgetTests {
    @Test func keyValueListAlignsValues() {
        let list = KeyValueList([.init("site", "example.com"), .init("refresh", "30s")])
        #expect(drawn(20, 2, list) == ["site     example.com", "refresh  30s".padding(20)])
        #expect(drawn(14, 1, list) == ["site     exam…"])
    }

    @Test func breadcrumbsDropTheOldestCrumbsFirst() {
        let crumbs = Breadcrumbs(["Overview", "Crashes", "NullPointerException in Foo"])
        func line(_ width: Int, _ glyphs: Glyphs = .unicode) -> String {
            Golden.trim(drawn(width, 1, glyphs: glyphs, crumbs)[0])
        }
        #expect(line(60) == "Overview › Crashes › NullPointerException in Foo")
        #expect(line(45) == "… › Crashes › NullPointerException in Foo")
        #expect(line(40) == "… › NullPointerException in Foo")
        #expect(line(20) == "NullPointerExceptio…")
        #expect(line(45, .ascii) == "~ > Crashes > NullPointerException in Foo")
        #expect(line(0).isEmpty)
    }

    @Test func tabsKeepTheSelectedTabInView() {
        func line(_ width: Int, selected: Int) -> String {
            Golden.trim(drawn(width, 1, Tabs(["Overview", "Hits", "Crashes"], selected: selected))[0])
        }
        #expect(line(40, selected: 1) == " Overview │ Hits │ Crashes")
        #expect(line(16, selected: 2) == "… Crashes")
        #expect(line(16, selected: 0) == " Overview │…")
        var buffer = Buffer(size: Size(width: 30, height: 1))
        Tabs(["Overview", "Hits"], selected: 1).render(buffer.area, into: &buffer)
        #expect(buffer[12, 0].style.role == .selection && buffer[3, 0].style.role == .muted)
    }

    @Test func statusBarDropsWholeHintsThatDoNotFit() {
        let bar = StatusBar(hints: [.init("q", "quit"), .init("?", "help"), .init("/", "filter"), .init("t", "theme")],
                            note: "launchdeck")
        #expect(Golden.trim(drawn(40, 1, bar)[0]) == " q quit  ? help  / filter    launchdeck")
        #expect(Golden.trim(drawn(60, 1, bar)[0])
            == " q quit  ? help  / filter  t theme" + String(repeating: " ", count: 15) + "launchdeck")
        #expect(bar.fittingHints(width: 20, noteWidth: 0) == 2)
        // Never half a hint: at every width the line holds whole hints only.
        for width in 0...60 {
            let line = drawn(width, 1, StatusBar(hints: bar.hints)).first ?? ""
            let words = line.split(separator: " ")
            #expect(words.count % 2 == 0, "width \(width): \(line)")
        }
    }
}

@Suite struct FlashTests {
    @Test func aFlashMessageExpiresAtItsInstant() {
        let start = ContinuousClock.Instant.now
        let flash = FlashMessage("theme set to light", kind: .success, now: start, lasting: .seconds(3))
        #expect(!flash.isExpired(at: start.advanced(by: .seconds(2))))
        #expect(flash.isExpired(at: start.advanced(by: .seconds(3))))
        var buffer = Buffer(size: Size(width: 12, height: 1))
        flash.render(buffer.area, into: &buffer, now: start)
        #expect(buffer.lines == ["theme set t…"])
        #expect(buffer[0, 0].style == Style(.good, bold: true))
        var later = Buffer(size: Size(width: 12, height: 1))
        flash.render(later.area, into: &later, now: start.advanced(by: .seconds(5)))
        #expect(later.lines == ["            "])
    }

    @Test func theQueueShowsTheNewestLiveMessage() {
        var queue = FlashQueue<Int>()
        queue.show(FlashMessage("first", expires: 10))
        queue.show(FlashMessage("second", kind: .error, expires: 5))
        #expect(queue.current(at: 0)?.text == "second")
        #expect(queue.current(at: 6)?.text == "first")
        #expect(queue.nextExpiry == 5)
        let first = queue.prune(at: 6), second = queue.prune(at: 7)
        #expect(first && !second)
        #expect(queue.messages.map(\.text) == ["first"])
        #expect(queue.current(at: 10) == nil)
    }
}

extension String {
    /// The string padded with spaces to `width` columns.
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - TextWidth.of(self))) }
}
