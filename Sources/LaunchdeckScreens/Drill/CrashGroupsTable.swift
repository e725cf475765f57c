#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import TerminalUI

/// Crash groups (`crash/paginatedtable` rows) as the Crashes pane and the crash list show
/// them: the exception name engineers search for beside the reason, columns as wide as
/// what they hold, and `num_unique_sessions` labelled as what it is, sessions.
enum CrashGroupsTable {
    /// The pane's top groups in an area `width` wide: EXCEPTION (whole while the reason keeps
    /// 12 columns), REASON, SESSIONS, CRASHES.
    static func pane(_ groups: [ApteligentCrashRow], width: Int) -> Table {
        let rows = groups.map { g in
            [g.name ?? "-", reason(g), g.numUniqueSessions.map(CountText.of) ?? "-", g.totalOccurrences.map(CountText.of) ?? "-"]
        }
        let sessions = fit("SESSIONS", rows, 2, max: 10), crashes = fit("CRASHES", rows, 3, max: 10)
        let numbers = [sessions, crashes].reduce(0) { sum, w in if case .fixed(let n) = w { sum + n } else { sum } }
        return Table(columns: [
            .init("EXCEPTION", width: fit("EXCEPTION", rows, 0, max: max(9, width - numbers - 3 - 12))),
            .init("REASON", width: .fill(min: 8)),
            .init("SESSIONS", width: sessions, alignRight: true), .init("CRASHES", width: crashes, alignRight: true),
        ], rows: rows)
    }

    /// The crash list screen: EXCEPTION, REASON, STATUS, SESSIONS, CRASHES, LAST SEEN.
    static func list(_ groups: [ApteligentCrashRow], now: Date) -> ListModel {
        let rows = groups.map { g in
            [g.name ?? "-", reason(g), g.status ?? "-", g.numUniqueSessions.map(CountText.of) ?? "-",
             g.totalOccurrences.map(CountText.of) ?? "-", CrashTime.text(g.lastOccurredTime, now: now)]
        }
        let columns: [Table.Column] = [
            .init("EXCEPTION", width: fit("EXCEPTION", rows, 0, max: 32)), .init("REASON", width: .fill(min: 10)),
            .init("STATUS", width: fit("STATUS", rows, 2, max: 12)),
            .init("SESSIONS", width: fit("SESSIONS", rows, 3, max: 10), alignRight: true),
            .init("CRASHES", width: fit("CRASHES", rows, 4, max: 10), alignRight: true),
            .init("LAST SEEN", width: fit("LAST SEEN", rows, 5, max: 26)),
        ]
        // The last row leads on to the versions screen: a spike read against each version's adoption.
        return ListModel(
            columns: columns, rows: rows + [versionsRow],
            destinations: groups.map { .crashGroup(hash: $0.hash, name: $0.name ?? $0.hash) } + [.versions],
            summary: "\(groups.count) crash groups, last 7 days, in Apteligent's users-affected order "
                + "\u{00B7} SESSIONS: sessions that crashed (not users)")
            .withStatus(column: 2, roles: groups.map { role($0.status) })
    }

    /// The crash list's last row: Enter opens the versions screen.
    static let versionsRow = ["App versions \u{2192}", "loads, daily users, crashes and crash ratio by version", "", "", "", ""]

    /// Unresolved in amber, resolved in green, any other status as it came.
    static func role(_ status: String?) -> Role {
        switch status?.lowercased() {
        case "unresolved": .warning
        case "resolved": .good
        default: .text
        }
    }

    /// What happened, in the words the service gives: the display reason, else the reason.
    static func reason(_ g: ApteligentCrashRow) -> String { g.displayReason ?? g.reason ?? "-" }

    /// A column as wide as its title and widest value, at most `max`.
    static func fit(_ title: String, _ rows: [[String]], _ column: Int, max: Int) -> Table.Width {
        let widest = TextWidth.widest(rows.map { column < $0.count ? $0[column] : "" } + [title])
        return .fixed(min(max, widest))
    }
}
