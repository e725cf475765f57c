import Foundation
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
            return ListModel(
                columns: [.init("EXPERIMENT", width: .fill(min: 10)), .init("STATUS", width: .fixed(9)),
                          .init("VARIATIONS", width: .fixed(10), alignRight: true),
                          .init("CREATED", width: .fixed(10), alignRight: true)],
                rows: snapshot.experiments.map { e in
                    [e.name ?? e.id, e.status?.rawValue ?? "-", e.variations.map { String($0.count) } ?? "-",
                     e.createdAt.map { AgeText.of(now.timeIntervalSince($0)) + " ago" } ?? "-"]
                },
                destinations: snapshot.experiments.map { .experiment(id: $0.id, name: $0.name ?? $0.id) },
                summary: "\(snapshot.experiments.count) experiments, \(snapshot.activeCount) active")
                .withStatus(column: 1, roles: snapshot.experiments.map { ExperimentsPane.role($0.status) })
        case .pushes:
            guard let snapshot = data.pushes.value else { return nil }
            return ListModel(
                columns: [.init("ALERT", width: .fill(min: 10)), .init("STATUS", width: .fixed(9)),
                          .init("AUDIENCE", width: .fixed(10)), .init("WHEN", width: .fixed(10), alignRight: true)],
                rows: snapshot.pushes.map { p in
                    [p.notification?.alert ?? p.name ?? p.id, p.status?.rawValue ?? "-",
                     p.production == true ? "production" : "sandbox",
                     PushSnapshot.time(of: p).map { PushPane.when($0, now: now) } ?? "-"]
                },
                destinations: snapshot.pushes.map { .push(id: $0.id, title: $0.notification?.alert ?? $0.name ?? $0.id) },
                summary: "\(snapshot.pushes.count) pushes")
                .withStatus(column: 1, roles: snapshot.pushes.map { PushPane.role($0.status) })
        case .alerts:
            return ListModel(
                columns: [.init("WHEN (UTC)", width: .fixed(20)), .init("RULE", width: .fixed(18)),
                          .init("WHAT HAPPENED", width: .fill(min: 10))],
                rows: data.alerts.reversed().map { [Timestamp.format($0.at), $0.rule, $0.message] },
                summary: data.alertRules == 0
                    ? "No alert rules: add [[alerts]] to the config (see README, Alerts)"
                    : "\(data.alerts.count) fired, newest first, from \(data.alertRules) rules")
        default:
            break
        }
        guard let drill = data.drillDown(for: route).value else { return nil }
        switch drill {
        case .hits(let rows, let total, let title):
            return ListModel(
                columns: [.init("KEY", width: .fill(min: 10)), .init("VIEWS", width: .fixed(10), alignRight: true),
                          .init("UNIQUE", width: .fixed(10), alignRight: true)],
                rows: rows.map { [$0.key ?? "(none)", CountText.of($0.count), $0.uniqueViews.map(CountText.of) ?? "-"] },
                summary: "\(CountText.of(total)) rows \(title)")
        case .leaderboard(let entries, let total, let more):
            return ListModel(
                columns: [.init("#", width: .fixed(6), alignRight: true), .init("PATH", width: .fill(min: 10)),
                          .init("HITS", width: .fixed(10), alignRight: true),
                          .init("UNIQUE", width: .fixed(10), alignRight: true), .init("SHARE", width: .fixed(7), alignRight: true)],
                rows: entries.enumerated().map { i, e in
                    [String(i + 1), e.path, CountText.of(e.totalHits), e.uniqueHits.map(CountText.of) ?? "-",
                     e.percentage.map { String(format: "%.1f%%", $0) } ?? "-"]
                },
                summary: "\(CountText.of(total)) paths, all time" + (more ? ", \(CountText.of(entries.count)) loaded (scroll for more)" : ""))
        case .crashGroups(let groups):
            return CrashGroupsTable.list(groups, now: now)
        case .uptime(let response):
            return ListModel(
                columns: [.init("DOWNTIME STARTED", width: .fixed(20)), .init("DURATION", width: .fixed(12)),
                          .init("ERROR", width: .fill(min: 10))],
                rows: response.downtimes.map { d in
                    [d.startedAt.map(Timestamp.format) ?? "-", d.durationInWords ?? d.duration.map { "\($0)s" } ?? "ongoing",
                     d.error ?? "-"]
                },
                summary: UptimeScreen.summary(response))
        case .experiment, .push, .crash, .journeys, .appHealth:
            return nil
        }
    }
}
