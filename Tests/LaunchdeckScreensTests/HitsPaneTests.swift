import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckTesting
import TerminalUI
import Testing

/// The dashboard rendered into the test backend and asserted as literal lines.
@Suite struct HitsPaneTests {
    let time = SettableTime()

    var snapshot: HitsSnapshot {
        HitsSnapshot(
            site: TinylyticsSite(id: 456, uid: "abc123", url: "https://example.com", label: "My Blog"),
            rows: [
                TinylyticsGroupedHit(groupBy: .path, key: "/pricing", views: 142, uniqueViews: 98),
                TinylyticsGroupedHit(groupBy: .path, key: "/blog/hello-world", views: 12_340, uniqueViews: 8920),
                TinylyticsGroupedHit(groupBy: .path, key: "/\u{1B}]0;pwned\u{07}", views: 3, uniqueViews: nil),
            ],
            totalPaths: 3, day: "2026-11-23")
    }

    func render(_ state: Loadable<HitsSnapshot>, size: Size, demo: Bool = true, glyphs: Glyphs = .unicode,
                ageSeconds: TimeInterval = 2) -> [String] {
        var backend = TestBackend(size: size, glyphs: glyphs)
        var buffer = Buffer(size: size, glyphs: glyphs)
        let context = PaneContext(now: time.now.addingTimeInterval(ageSeconds), demo: demo, refreshInterval: 3)
        DashboardScreen(hits: state).render(into: &buffer, context: context)
        backend.draw(buffer)
        return backend.lines
    }

    @Test func hitsPaneAt80x24() {
        let lines = render(Loadable(value: snapshot, fetchedAt: time.now), size: Size(width: 80, height: 24))
        let blank = "│" + String(repeating: " ", count: 78) + "│"
        let expected = [
            "┌ Tinylytics · My Blog (example.com) ─────────────────────────── DEMO  2s ago ─┐",
            "│ PATH                                                         VIEWS    UNIQUE │",
            "│ /pricing                                                       142        98 │",
            "│ /blog/hello-world                                           12,340     8,920 │",
            "│ /�]0;pwned�                                                      3         - │",
        ] + Array(repeating: blank, count: 16) + [
            "│ 3 paths · today 2026-11-23 (UTC) · every 3s                                  │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " q quit                                                              launchdeck",
        ]
        #expect(lines == expected)
    }

    @Test func failureKeepsDataAndSaysWhy() {
        var state = Loadable(value: snapshot, fetchedAt: time.now)
        state.fail("401 from Tinylytics: the API key was refused; check TINYLYTICS_API_KEY", at: time.now)
        let lines = render(state, size: Size(width: 80, height: 24), demo: false, ageSeconds: 20)
        #expect(lines[0] == "┌ Tinylytics · My Blog (example.com) ──────────────────────────────── 20s ago ─┐")
        #expect(lines[2].hasPrefix("│ /pricing"))
        #expect(lines[21] == "│ ! 401 from Tinylytics: the API key was refused; check TINYLYTICS_API_KEY     │")
    }

    @Test func loadingBeforeTheFirstFetch() {
        let lines = render(Loadable(), size: Size(width: 80, height: 24))
        #expect(lines[0] == "┌ Tinylytics ─────────────────────────────────────────────────────────── DEMO ─┐")
        #expect(lines[1] == "│ Loading today's hits from Tinylytics…                                        │")
    }

    @Test func footerSaysHowManyRowsAreShown() {
        var many = snapshot
        many.rows = (1...6).map { TinylyticsGroupedHit(groupBy: .path, key: "/p\($0)", views: 10 - $0, uniqueViews: 1) }
        many.totalPaths = 6
        let lines = render(Loadable(value: many, fetchedAt: time.now), size: Size(width: 60, height: 9))
        #expect(lines[6] == "│ 4 of 6 paths · today 2026-11-23 (UTC) · every 3s         │")
        #expect(lines[5].hasPrefix("│ /p4 "))
    }

    @Test func tooSmallIsOneLine() {
        let lines = render(Loadable(value: snapshot, fetchedAt: time.now), size: Size(width: 30, height: 6))
        #expect(lines == ["terminal too small: need 40×9", "", "", "", "", ""])
    }

    @Test func asciiLocaleDrawsAsciiOnly() {
        let lines = render(Loadable(value: snapshot, fetchedAt: time.now), size: Size(width: 60, height: 10),
                           glyphs: .ascii)
        #expect(lines[0] == "+ Tinylytics - My Blog (example.com) ------- DEMO  2s ago -+")
        #expect(lines[4] == "| /?]0;pwned?                                  3         - |")
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }
}
