#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The `content` screen: Tinylytics content monitoring as the Web pane last read it (every
/// two minutes): its status on the summary line, then each open issue: what, where, since when
/// (as launchdeck first saw it) and when Tinylytics last checked it.
enum ContentScreen {
    static func list(_ web: Loadable<WebSnapshot>, now: Date) -> ListModel? {
        guard let snapshot = web.value else { return nil }
        let columns: [Table.Column] = [
            .init("ISSUE", width: .fixed(13)), .init("STATUS", width: .fixed(24)), .init("WHERE", width: .fill(min: 12)),
            .init("FIRST SEEN HERE", width: .fixed(19)), .init("LAST CHECKED", width: .fixed(19)),
        ]
        switch snapshot.content {
        case nil:
            var list = ListModel(columns: columns, rows: [], summary: "content monitoring not read yet")
            list.empty = "Content monitoring is read every \(Int(WebSource.contentInterval / 60)) minutes."
            return list
        case .unavailable(let reason)?:
            var list = ListModel(columns: columns, rows: [], summary: "content monitoring")
            list.empty = reason
            return list
        case .read(let health)?:
            let issues = health.issues ?? []
            var list = ListModel(
                columns: columns,
                rows: issues.map { issue in
                    [issue.kind.rawValue, issue.problem.isEmpty ? "-" : issue.problem, issue.url,
                     issue.firstSeen.map { ClockText.brief($0, now: now) } ?? "-",
                     issue.checkedAt.map { ClockText.brief($0, now: now) } ?? "-"]
                },
                summary: summary(health, now: now))
            list.empty = health.issues == nil ? "The list of issues could not be read; the counts above are Tinylytics' stats."
                : health.enabled == false ? "Content monitoring is off for this site." : "No open issues."
            return list.withStatus(column: 1, roles: issues.map { $0.kind == .brokenLink ? .bad : .warning })
        }
    }

    /// `monitoring /blog · last check 08:00 UTC · 4h ago · 48 links checked: 1 broken, 0 mixed content, …`.
    /// An issue's start is when launchdeck first saw it (FIRST SEEN HERE): the API gives none.
    static func summary(_ health: ContentHealth, now: Date) -> String {
        var parts: [String] = []
        switch health.enabled {
        case false?: parts.append("monitoring off")
        case true?: parts.append("monitoring " + (health.rootPath ?? "the site"))
        case nil: parts.append("monitoring " + (health.rootPath ?? "(status unreadable)"))
        }
        if health.checking { parts.append("a check is running") }
        if let last = health.lastCheckAt {
            parts.append("last check " + ClockText.stamp(last, now: now))
        }
        if let s = health.stats {
            let counts = [("broken", s.brokenLinksCount), ("mixed content", s.mixedContentCount), ("ignored", s.ignoredCount),
                          ("ok", s.okCount)].compactMap { name, n in n.map { "\(CountText.of($0)) \(name)" } }
            parts.append((s.totalChecked.map { "\(CountText.of($0)) links checked: " } ?? "") + counts.joined(separator: ", "))
        }
        return parts.joined(separator: " \u{00B7} ")
    }
}
