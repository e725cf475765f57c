#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckScreens

/// The leaderboard's committed server filter and the pages it shows: what the drill-down
/// query asks for, which pages to read after a key, and where the selection goes when
/// they arrive.
struct LeaderboardPaging {
    private var cursor = LeaderboardCursor()
    private let accountZone: ZoneRules?

    init(accountZone: ZoneRules?) {
        self.accountZone = accountZone
    }

    /// The drill-down query for the state's range, grouping and zone and the pages wanted.
    func query(for state: DashboardState) -> DrillDownQuery {
        DrillDownQuery(range: state.range, grouping: state.grouping, zone: state.zone,
                       pathFilter: cursor.filter, pages: cursor.pages, fromEnd: cursor.fromEnd,
                       accountZone: accountZone)
    }

    /// After a key on the leaderboard (`action`: what it did in normal input): true when a
    /// committed filter, `G`, `g` or nearing an edge of the pages loaded asks for other pages.
    mutating func follow(_ action: Action?, state: DashboardState, data: DashboardData, pageSize: Int) -> Bool {
        let shown: LeaderboardSlice? = if case .leaderboard(let slice)? = data.drillDown(for: .leaderboard).value { slice } else { nil }
        return cursor.follow(action, state: state, shown: shown, screenRows: pageSize)
    }

    /// When a drill-down's data arrives: moves the leaderboard's selection where the pages asked for put it.
    mutating func arrived(_ value: Loadable<DrillDown>, state: inout DashboardState) {
        guard case .leaderboard(let slice)? = value.value,
              let row = cursor.arrived(slice, selected: state.selection[.leaderboard] ?? 0) else { return }
        state.selection[.leaderboard] = row
    }
}
