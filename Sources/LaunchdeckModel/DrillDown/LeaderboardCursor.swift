/// Which leaderboard pages the screen asks for, and where its selection goes when they come.
/// Enter on a `/` filter asks the server for every matching path (typing narrows only the
/// rows loaded, and the count says so); `G` reads the last page and selects the real last
/// path; `g` goes back to the top; the pages grow (down from the top, or up from the end)
/// as the selection nears their edge, and the selected rank stays put when pages are added
/// before it.
public struct LeaderboardCursor: Sendable, Equatable {
    /// The server-side filter asked for (the `/` filter once Enter commits it).
    public private(set) var filter: String?
    /// True after `G`: the pages asked for end at the last page.
    public private(set) var fromEnd = false
    /// How many pages to show.
    public private(set) var pages = 1
    private enum Jump: Sendable, Equatable { case first, last }
    private var jump: Jump?
    private var shownFirstRank = 1

    public init() {}

    /// After a key on the leaderboard (`action`: what the key did in normal input, if
    /// anything): true when the pages to read changed, so they should be read now.
    public mutating func follow(_ action: Action?, state: DashboardState, shown: LeaderboardSlice?,
                                screenRows: Int) -> Bool {
        guard state.route == .leaderboard else { return false }
        if state.input == .normal, state.filter != filter {
            filter = state.filter
            fromEnd = false
            pages = 1
            jump = .first
            return true
        }
        // Nothing to page while the rows shown answer another filter or one is being typed.
        guard let shown, shown.filter == filter, state.filter == filter else { return false }
        switch action {
        case .end? where shown.moreAfter:
            fromEnd = true
            pages = 1
            jump = .last
            return true
        case .home? where shown.moreBefore:
            fromEnd = false
            pages = 1
            jump = .first
            return true
        default:
            break
        }
        guard jump == nil, shown.lastPage - shown.firstPage + 1 >= pages else { return false }  // still coming
        let rows = max(1, screenRows)
        if !fromEnd, shown.moreAfter, state.selectedRow >= shown.entries.count - rows {
            pages += 1
            return true
        }
        if fromEnd, shown.moreBefore, state.selectedRow < rows {
            pages += 1
            return true
        }
        return false
    }

    /// When rows arrive: the row to select now (nil: leave the selection), so that `G`
    /// lands on the last path, a new filter or `g` on the first, and added pages above keep
    /// the same path selected.
    public mutating func arrived(_ slice: LeaderboardSlice, selected: Int) -> Int? {
        guard slice.filter == filter else { return nil }  // an answer to an older filter
        defer { shownFirstRank = slice.firstRank }
        let last = max(0, slice.entries.count - 1)
        switch jump {
        case .last? where fromEnd && !slice.moreAfter:
            jump = nil
            return last
        case .first? where slice.firstRank == 1:
            jump = nil
            return 0
        case nil:
            let moved = min(max(0, selected + shownFirstRank - slice.firstRank), last)
            return moved == selected ? nil : moved
        default:
            return nil  // the rows asked for have not come yet
        }
    }
}
