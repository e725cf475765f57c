#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The columns of the Taplytics panes and lists, built from what the bodies carry: a column
/// with no value in any row is not drawn (the documented GET push bodies have no status and
/// no time), a missing value in a drawn column shows as "-", and fixed columns are as wide as
/// their widest cell.
struct SparseTable {
    struct Column {
        var title: String
        /// nil: the column fills what the others leave, at least this wide.
        var fillMin: Int?
        var alignRight: Bool
        var values: [String?]
        var isStatus: Bool

        init(_ title: String, fillMin: Int? = nil, alignRight: Bool = false, status: Bool = false, _ values: [String?]) {
            self.title = title
            self.fillMin = fillMin
            self.alignRight = alignRight
            self.values = values
            self.isStatus = status
        }
    }

    /// The widest a fixed column grows.
    static let widest = 28
    var columns: [Table.Column] = []
    var rows: [[String]] = []
    /// The index of the status column, when it is drawn.
    var statusColumn: Int?

    init(rows count: Int, _ candidates: [Column]) {
        let kept = candidates.filter { $0.fillMin != nil || $0.values.contains { $0 != nil } }
        columns = kept.map { c in
            // As wide as the widest cell, up to `widest`: an unknown status of 5000 characters
            // (shown as sent) is cut, not given the row.
            let width = c.fillMin.map { Table.Width.fill(min: $0) }
                ?? .fixed(min(Self.widest, c.values.reduce(TextWidth.of(c.title)) { max($0, TextWidth.of($1 ?? "-")) }))
            return Table.Column(c.title, width: width, alignRight: c.alignRight)
        }
        rows = (0..<count).map { i in kept.map { i < $0.values.count ? $0.values[i] ?? "-" : "-" } }
        statusColumn = kept.firstIndex { $0.isStatus }
    }
}

/// The Taplytics columns both the panes and the list screens draw.
enum TaplyticsColumns {
    /// A push's time column: WHEN (its scheduled time, else its `created_at`) when any body
    /// has one; else CREATED, the time in its id, which is all the documented GET bodies give.
    /// `brief`: a pane's narrow form (`ClockText.brief`), else the list's whole stamp.
    static func pushTime(_ pushes: [TaplyticsPush], now: Date, brief: Bool = false) -> SparseTable.Column {
        let text = time(now: now, brief: brief)
        let sent = pushes.map { PushSnapshot.time(of: $0) }
        if sent.contains(where: { $0 != nil }) {
            return .init("WHEN", alignRight: true, sent.map { $0.map(text) })
        }
        return .init("CREATED", alignRight: true, pushes.map { $0.createdTime.map(text) })
    }

    private static func time(now: Date, brief: Bool) -> (Date) -> String {
        { brief ? ClockText.brief($0, now: now) : ClockText.stamp($0, now: now) }
    }

    static func pushStatus(_ pushes: [TaplyticsPush]) -> SparseTable.Column {
        .init("STATUS", status: true, pushes.map { $0.status?.rawValue })
    }

    static func experimentCreated(_ experiments: [TaplyticsExperiment], now: Date, brief: Bool = false) -> SparseTable.Column {
        .init("CREATED", alignRight: true, experiments.map { $0.createdTime.map(time(now: now, brief: brief)) })
    }

    static func experimentStatus(_ experiments: [TaplyticsExperiment]) -> SparseTable.Column {
        .init("STATUS", status: true, experiments.map { $0.status?.rawValue })
    }

    /// What a push is called on screen: its alert text, else its name, else its id.
    static func title(_ push: TaplyticsPush) -> String { push.notification?.alert ?? push.name ?? push.id }

    /// "newest 150 of 1,000 pushes" when older items were not read, else the count.
    static func count(_ shown: Int, of total: Int?, more: Bool, one: String, many: String) -> String {
        guard more else { return "\(shown) \(shown == 1 ? one : many)" }
        if let total, total > shown { return "newest \(shown) of \(CountText.of(total)) \(many)" }
        return "newest \(shown) \(many) (older ones not read)"
    }
}
