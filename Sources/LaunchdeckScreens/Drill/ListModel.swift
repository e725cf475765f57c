#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// A list screen as rows of text: what the table draws and what keys move through and open.
/// Built from the data, filtered by the screen's filter text (case-insensitive, any column).
public struct ListModel: Sendable {
    public var columns: [Table.Column]
    public var rows: [[String]]
    /// Where Enter on each row leads (parallel to rows; nil: nowhere).
    public var destinations: [Route?]
    public var summary: String
    /// The column holding a status, and the role of each row's status (parallel to rows).
    public var status: (column: Int, roles: [Role])?
    /// When the rows are part of what the server has (the leaderboard): the server-side
    /// filter they answer and the server's total, so the filter count says what it covers.
    public var serverScope: (filter: String?, total: Int)?
    /// What to say when there are no rows (default: nothing here yet).
    public var empty: String?

    public init(columns: [Table.Column], rows: [[String]], destinations: [Route?] = [], summary: String = "") {
        self.columns = columns
        self.rows = rows
        self.destinations = destinations.isEmpty ? Array(repeating: nil, count: rows.count) : destinations
        self.summary = summary
    }

    public func filtered(by text: String?) -> ListModel {
        guard let text, !text.isEmpty else { return self }
        let needle = text.lowercased()
        var out = self
        let keep = rows.indices.filter { i in rows[i].contains { $0.lowercased().contains(needle) } }
        out.rows = keep.map { rows[$0] }
        out.destinations = keep.map { destinations[$0] }
        out.status = status.map { status in (status.column, keep.map { $0 < status.roles.count ? status.roles[$0] : .text }) }
        return out
    }

    /// The filter line's count: what `shown` rows are out of. Local filtering covers only the
    /// rows loaded; a filter the server answered covers every matching row it has.
    public func filterCount(shown: Int, filter: String) -> String {
        guard let scope = serverScope else { return "\(shown) of \(rows.count)" }
        if scope.filter == filter {
            let loaded = rows.count < scope.total ? ", \(CountText.of(rows.count)) loaded" : ""
            return "\(CountText.of(shown)) of \(CountText.of(scope.total)) matching '\(filter)'\(loaded)"
        }
        return "\(CountText.of(shown)) of \(CountText.of(rows.count)) loaded; Enter searches all paths"
    }

    func withStatus(column: Int, roles: [Role]) -> ListModel {
        var out = self
        out.status = (column, roles)
        return out
    }

    public func context(pageSize: Int) -> DashboardState.ListContext {
        let destinations = self.destinations
        return .init(count: rows.count, pageSize: pageSize) { i in i < destinations.count ? destinations[i] : nil }
    }

    /// The list a route shows, if it is a list screen and its data is here.
    public static func of(_ route: Route, data: DashboardData, now: Date) -> ListModel? {
        switch route {
        case .experiments:
            guard let snapshot = data.experiments.value else { return nil }
            return TaplyticsLists.experiments(snapshot, now: now)
        case .pushes:
            guard let snapshot = data.pushes.value else { return nil }
            return TaplyticsLists.pushes(snapshot, now: now)
        case .alerts:
            return ListModel(
                columns: [.init("WHEN (UTC)", width: .fixed(20)), .init("RULE", width: .fixed(18)),
                          .init("WHAT HAPPENED", width: .fill(min: 10))],
                // Rules the data cannot make fire come first, saying why, then what fired.
                rows: data.silentAlertRules.map { line in
                    let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimming(Character.isSpace) }
                    return ["cannot fire", parts.first ?? "", parts.count > 1 ? parts[1] : line]
                } + data.alerts.reversed().map { [Timestamp.format($0.at), $0.rule, $0.message] },
                summary: data.alertRules == 0
                    ? "No alert rules: add [[alerts]] to the config (see README, Alerts)"
                    : "\(data.alerts.count) fired, newest first, from \(data.alertRules) rules")
        case .dataNotes:
            return dataNotes(data.dataNotes, now: now)
        case .figures:
            return figures()
        case .content:
            return ContentScreen.list(data.web, now: now)
        default:
            break
        }
        guard let drill = data.drillDown(for: route).value else { return nil }
        switch drill {
        case .hits(let rows, let total, let title):
            return ListModel(
                columns: [.init("KEY", width: .fill(min: 10)), .init("VIEWS", width: .fixed(10), alignRight: true),
                          .init("UNIQUE", width: .fixed(10), alignRight: true)],
                rows: rows.map { [$0.key ?? "(none)", CountText.of($0.count), $0.uniqueViews.map(CountText.of) ?? "-"] }
                    + webScreens.map { [$0.row, "", ""] },
                destinations: Array(repeating: nil, count: rows.count) + webScreens.map(\.route),
                summary: "\(CountText.of(total)) rows \(title)"
                    + (rows.count < total ? ", the first \(CountText.of(rows.count)) shown" : ""))
        case .leaderboard(let slice):
            // Filtered, the API ranks the matches among themselves: the column says so.
            var list = ListModel(
                columns: [.init(slice.filter == nil ? "#" : "MATCH", width: .fixed(6), alignRight: true), .init("PATH", width: .fill(min: 10)),
                          .init("HITS", width: .fixed(10), alignRight: true),
                          .init("UNIQUE", width: .fixed(10), alignRight: true), .init("SHARE", width: .fixed(7), alignRight: true)],
                rows: slice.entries.enumerated().map { i, e in
                    [String(slice.firstRank + i), e.path, CountText.of(e.totalHits), e.uniqueHits.map(CountText.of) ?? "-",
                     e.percentage.map { String(cFormat: "%.1f%%", $0) } ?? "-"]
                },
                summary: leaderboardSummary(slice))
            list.serverScope = (slice.filter, slice.total)
            return list
        case .crashGroups(let groups):
            return CrashGroupsTable.list(groups, now: now)
        case .uptime(.unavailable(let reason)):
            var list = ListModel(columns: [.init("DOWNTIME STARTED", width: .fill(min: 10))], rows: [], summary: reason)
            list.empty = "Uptime monitoring is part of a Tinylytics subscription; the rest of the dashboard works without it."
            return list
        case .uptime(.read(let response)):
            return ListModel(
                columns: [.init("DOWNTIME STARTED", width: .fixed(20)), .init("DURATION", width: .fixed(12)),
                          .init("ERROR", width: .fill(min: 10))],
                rows: (response.downtimes ?? []).map { d in
                    [d.startedAt.map(Timestamp.format) ?? "-", d.durationInWords ?? d.duration.map { "\($0)s" } ?? "ongoing",
                     d.error ?? "-"]
                },
                summary: UptimeScreen.summary(response))
        case .kudos(let tally):
            return KudosScreen.list(tally, now: now)
        case .experiment, .push, .crash, .journeys, .appHealth, .insights:
            return nil
        case .versions, .user:
            return nil
        }
    }

    /// The hits list's last rows (the Web pane's drill-down): Enter opens Tinylytics' other
    /// screens, as the crash list's last row opens the versions.
    static let webScreens: [(row: String, route: Route)] = [
        ("Content health \u{2192}  broken links and mixed content", .content),
        ("Insights \u{2192}  the newest AI report and its signals", .insights),
        ("Kudos \u{2192}  kudos by path, the last 30 days", .kudos),
    ]

    /// How many paths, which filter, and which ranks are loaded when not all are.
    static func leaderboardSummary(_ slice: LeaderboardSlice) -> String {
        var text = "\(CountText.of(slice.total)) paths, all time"
        if let filter = slice.filter { text += ", matching '\(filter)'" }
        guard slice.entries.count < slice.total, !slice.entries.isEmpty else { return text }
        let last = slice.firstRank + slice.entries.count - 1
        text += ", ranks \(CountText.of(slice.firstRank))\u{2013}\(CountText.of(last)) loaded"
        return text + (slice.moreAfter ? " (scrolling loads more, G the last)" : " (scrolling up loads more, g the top)")
    }
}
