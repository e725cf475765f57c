import LaunchdeckAPI
import LaunchdeckModel
import TerminalInput
import Testing

/// The leaderboard's keys as the app runs them on a 100 000-path site: each key goes to the
/// state, then to the cursor (which says whether to read other pages), and each answer to
/// the cursor (which says where the selection goes).
@Suite struct LeaderboardCursorTests {
    let map = KeyMap.standard
    static let total = 100_000

    /// Pages `first...last` of a 100-page leaderboard (or of `filter`'s `total` paths).
    static func slice(_ first: Int, _ last: Int, filter: String? = nil, total: Int = total) -> LeaderboardSlice {
        let pages = (total + 999) / 1000
        let ranks = ((first - 1) * 1000 + 1)...min(total, last * 1000)
        return LeaderboardSlice(entries: ranks.map { TinylyticsLeaderboardEntry(path: "/p/\($0)", totalHits: total - $0 + 1,
                                                                                 uniqueHits: nil, percentage: nil) },
                                firstRank: ranks.lowerBound, total: total, filter: filter, firstPage: first, lastPage: last,
                                totalPages: pages)
    }

    struct App {
        var state = DashboardState()
        var cursor = LeaderboardCursor()
        var shown: LeaderboardSlice
        var reads = 0
        let screenRows = 20

        init(_ shown: LeaderboardSlice) {
            self.shown = shown
            state.navigation.push(.leaderboard)
        }

        /// One key, as the UI loop handles it.
        mutating func press(_ key: Key, map: KeyMap) {
            let action = state.input == .normal ? map.action(for: key) : nil
            _ = state.handle(key: key, keyMap: map,
                             list: .init(count: state.filter == nil || state.filter == shown.filter
                                             ? shown.entries.count : 0, pageSize: screenRows))
            if cursor.follow(action, state: state, shown: shown, screenRows: screenRows) { reads += 1 }
        }

        /// An answer arrives.
        mutating func receive(_ slice: LeaderboardSlice) {
            shown = slice
            if let row = cursor.arrived(slice, selected: state.selectedRow) { state.selection[.leaderboard] = row }
        }

        var selectedPath: String { shown.entries[state.selectedRow].path }
    }

    @Test func gReadsTheLastPageAndSelectsTheLastPath() {
        var app = App(Self.slice(1, 1))
        app.press(.character("G"), map: map)
        #expect(app.reads == 1 && app.cursor.fromEnd && app.cursor.pages == 1)
        app.receive(Self.slice(100, 100))
        #expect(app.selectedPath == "/p/100000", "the real last row, not the last loaded")
        app.press(.character("G"), map: map)
        #expect(app.reads == 1, "already at the end: nothing more to read")
    }

    @Test func scrollingUpFromTheEndAddsThePageBeforeAndKeepsThePath() {
        var app = App(Self.slice(1, 1))
        app.press(.character("G"), map: map)
        app.receive(Self.slice(100, 100))
        for _ in 0..<990 { app.press(.character("k"), map: map) }
        #expect(app.selectedPath == "/p/99010" && app.reads == 2, "near the top of the last page: the page before is read")
        #expect(app.cursor.pages == 2 && app.cursor.fromEnd)
        app.receive(Self.slice(99, 100))
        #expect(app.selectedPath == "/p/99010", "the same path stays selected")
        app.press(.character("g"), map: map)
        #expect(app.reads == 3 && !app.cursor.fromEnd && app.cursor.pages == 1)
        app.receive(Self.slice(1, 1))
        #expect(app.selectedPath == "/p/1")
    }

    @Test func scrollingDownAddsTheNextPage() {
        var app = App(Self.slice(1, 1))
        for _ in 0..<985 { app.press(.character("j"), map: map) }
        #expect(app.reads == 1 && app.cursor.pages == 2 && !app.cursor.fromEnd)
        app.press(.character("j"), map: map)
        #expect(app.reads == 1, "not asked again while the page is on its way")
        app.receive(Self.slice(1, 2))
        #expect(app.selectedPath == "/p/987")
    }

    @Test func typingNarrowsTheLoadedRowsAndEnterAsksTheServer() {
        var app = App(Self.slice(1, 2))
        for c in "/blog" { app.press(.character(c), map: map) }
        #expect(app.reads == 0 && app.cursor.filter == nil, "typing reads nothing")
        app.press(.enter, map: map)
        #expect(app.reads == 1 && app.cursor.filter == "blog" && app.cursor.pages == 1)
        app.receive(Self.slice(1, 2))  // an answer to the old query, still in flight
        #expect(app.state.selectedRow == 0)
        app.receive(Self.slice(1, 1, filter: "blog", total: 41))
        #expect(app.shown.total == 41 && app.state.selectedRow == 0)
        app.press(.character("G"), map: map)
        #expect(app.reads == 1, "all 41 are loaded: G selects the last one here")
        #expect(app.selectedPath == "/p/41")
        app.press(.escape, map: map)
        #expect(app.reads == 2 && app.cursor.filter == nil, "Esc clears the server filter too")
    }
}
