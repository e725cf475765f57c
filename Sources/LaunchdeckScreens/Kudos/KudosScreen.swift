#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The `kudos` screen: the last 30 days' kudos by path, most first, with today's and the latest.
enum KudosScreen {
    static func list(_ tally: KudosTally, now: Date) -> ListModel {
        let paths = tally.rows.count
        var summary = "\(CountText.of(tally.total)) kudo\(tally.total == 1 ? "" : "s") \(tally.startDay) to \(tally.endDay) "
            + "(UTC days), \(CountText.of(tally.today)) today, on \(CountText.of(paths)) path\(paths == 1 ? "" : "s")"
        if tally.counted < tally.total { summary += "; the newest \(CountText.of(tally.counted)) counted" }
        var list = ListModel(
            columns: [.init("PATH", width: .fill(min: 10)), .init("KUDOS", width: .fixed(8), alignRight: true),
                      .init("TODAY", width: .fixed(7), alignRight: true), .init("LATEST", width: .fixed(24))],
            rows: tally.rows.map { row in
                [row.path, CountText.of(row.count), CountText.of(row.today),
                 row.latest.map { ClockText.stamp($0, now: now) } ?? "-"]
            },
            summary: summary)
        list.empty = "No kudos in these \(KudosTally.days) days."
        return list
    }
}
