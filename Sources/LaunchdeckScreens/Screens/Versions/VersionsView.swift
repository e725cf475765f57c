#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The `versions` screen: one row per app version, newest first, with today's loads, load
/// share, daily users, crashes and crash ratio, and per-day sparklines of loads, daily users
/// and crashes on one scale per column (a new version's spike reads against its adoption);
/// under it the app's crashes per day, and what each number is, including what the docs
/// leave open.
struct VersionsView {
    var board: VersionsBoard

    /// Text columns: title, width, the value of a row.
    private var textColumns: [(title: String, width: Int, value: (VersionsBoard.Row) -> String)] {
        let ratioPercent = board.ratioUnit == "percent"
        return [
            ("VERSION", max(7, min(16, TextWidth.widest(board.rows.map(\.version) + ["VERSION"]))), { $0.version }),
            ("LOADS TODAY", 11, { Self.count($0.loads?.today) }),
            ("LOAD SHARE", 10, { $0.loadShare.map(CrashesPane.share) ?? "-" }),
            ("DAILY USERS", 11, { Self.count($0.users?.today) }),
            ("CRASHES TODAY", 13, { Self.count($0.crashes?.today) }),
            ("CRASH RATIO", 11, { row in
                row.crashRatio?.today.map { ratioPercent ? String(cFormat: "%.2f%%", $0) : String(cFormat: "%.4g", $0) } ?? "-"
            }),
        ]
    }

    /// Per-day columns, most useful first: they share what width the text columns leave.
    private static var sparkColumns: [(title: String, short: String, figure: KeyPath<VersionsBoard.Row, VersionsBoard.Figure?>)] {
        [("LOADS PER DAY", "LOADS/DAY", \.loads), ("CRASHES PER DAY", "CRASHES/DAY", \.crashes),
         ("DAILY USERS PER DAY", "USERS/DAY", \.users)]
    }

    static func count(_ value: Double?) -> String {
        value.map { CountText.of(ApteligentCount.clamped($0)) } ?? "-"
    }

    func render(_ area: Rect, into buffer: inout Buffer, now: Date) {
        var y = area.y
        let sep = " \(buffer.glyphs.separator) "
        var summary = "\(board.appName)\(sep)\(board.rows.count) versions, newest first"
        if let age = board.trendsAge { summary += "\(sep)trends read \(AgeText.of(age) == "now" ? "just now" : AgeText.of(age) + " ago") (every 5 min)" }
        buffer.write(summary, x: area.x, y: y, style: .muted, maxWidth: area.width)
        y += 2
        guard y < area.maxY else { return }

        let text = textColumns
        let fixed = text.reduce(0) { $0 + $1.width + 1 }
        let spare = area.width - fixed
        let sparkCount = (0...Self.sparkColumns.count).reversed().first { n in n == 0 || spare / n >= 8 } ?? 0
        let sparkWidth = sparkCount == 0 ? 0 : min(31, (spare + 1) / sparkCount - 1)
        let sparks = Array(Self.sparkColumns.prefix(sparkCount))

        // The header, then a row per version.
        var x = area.x
        for column in text {
            buffer.write(Truncate.pad(column.title, column.width, alignRight: column.title != "VERSION", ellipsis: buffer.glyphs.ellipsis),
                         x: x, y: y, style: Style(.muted, bold: true))
            x += column.width + 1
        }
        for spark in sparks {
            let title = TextWidth.of(spark.title) <= sparkWidth ? spark.title : spark.short
            buffer.write(title, x: x, y: y, style: Style(.muted, bold: true), maxWidth: sparkWidth)
            x += sparkWidth + 1
        }
        y += 1
        let tops = sparks.map { spark in board.rows.compactMap { $0[keyPath: spark.figure]?.daily.max() }.max() ?? 0 }
        for row in board.rows where y < area.maxY - 1 {
            x = area.x
            for column in text {
                buffer.write(Truncate.pad(column.value(row), column.width, alignRight: column.title != "VERSION",
                                          ellipsis: buffer.glyphs.ellipsis), x: x, y: y, style: .text)
                x += column.width + 1
            }
            for (spark, top) in zip(sparks, tops) {
                if let daily = row[keyPath: spark.figure]?.daily, !daily.isEmpty {
                    Sparkline(values: daily, variant: .blocks, range: top > 0 ? 0...top : nil,
                              style: spark.title.hasPrefix("CRASHES") ? Style(.bad) : .accent)
                        .render(Rect(x: x, y: y, width: min(sparkWidth, daily.count), height: 1), into: &buffer)
                } else {
                    buffer.write("-", x: x, y: y, style: .muted)
                }
                x += sparkWidth + 1
            }
            y += 1
        }
        if board.rows.isEmpty, y < area.maxY {
            buffer.write("trends lists no app versions yet", x: area.x, y: y, style: .muted, maxWidth: area.width)
            y += 1
        }
        y += 1
        crashCounts(&y, area, into: &buffer)
        for (line, role) in notes(sparkCount: sparkCount, sparkWidth: sparkWidth) where y < area.maxY {
            let wrapped = Wrap.lines(line, width: area.width)
            Wrap.render(line, in: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), into: &buffer, style: Style(role))
            y += wrapped.count
        }
    }

    /// The app's crashes per day of all versions (`crash/counts`).
    private func crashCounts(_ y: inout Int, _ area: Rect, into buffer: inout Buffer) {
        guard y < area.maxY else { return }
        let label = "App crashes per day, all versions: "
        var x = area.x + buffer.write(label, x: area.x, y: y, style: .muted, maxWidth: area.width)
        let days = board.dailyCrashes
        if let last = days.last {
            let width = min(days.count, max(0, area.maxX - x - 30))
            Sparkline(values: days.map { Double($0.value) }, variant: .blocks, style: Style(.bad))
                .render(Rect(x: x, y: y, width: width, height: 1), into: &buffer)
            x += width + 1
            buffer.write("\(CountText.of(last.value)) on \(last.date)", x: x, y: y, style: .text, maxWidth: area.maxX - x)
        } else {
            buffer.write(board.countsError == nil ? "none listed" : "-", x: x, y: y, style: .muted, maxWidth: area.maxX - x)
        }
        y += 2
    }

    /// What each number is, where the API or docs are silent, and any failure.
    private func notes(sparkCount: Int, sparkWidth: Int) -> [(String, Role)] {
        var out: [(String, Role)] = []
        if let error = board.trendsError { out.append(("! trends (shown as last read): " + error, .bad)) }
        if let error = board.countsError { out.append(("! crash counts: " + error, .bad)) }
        out.append(("TODAY columns (loads today, daily users, crashes today, crash ratio): trends' todayTopValues, "
                    + "the service's current day; the docs do not say which time zone that day is counted in.", .muted))
        if !board.noToday.isEmpty {
            out.append(("No today's values in \(board.noToday.joined(separator: ", ")) (todayTopValues was null): "
                        + "those columns show -.", .warning))
        }
        out.append(("LOAD SHARE: this version's part of today's app loads among the versions trends lists "
                    + "(its top five), not of all loads. DAILY USERS: dauByVersion, daily active users of the version.", .muted))
        let ratio = board.ratioUnit.map { "units \($0)" } ?? "units not given"
        out.append(("CRASH RATIO: crashRatioByVersion (\(ratio)), crashes per app load of the version today.", .muted))
        if sparkCount > 0, let first = board.firstDay, let last = board.lastDay {
            let days = board.rows.map { max($0.loads?.daily.count ?? 0, $0.crashes?.daily.count ?? 0, $0.users?.daily.count ?? 0) }.max() ?? 0
            let shown = days > sparkWidth ? " (the last \(sparkWidth) of \(days) shown at this width)" : ""
            out.append(("PER DAY: daily buckets (P1D) from \(Self.day(first)) to \(Self.day(last))\(shown), starts as sent with no "
                        + "time zone; the newest is today so far; one scale per column.", .muted))
        }
        out.append(("App crashes per day: crash/counts, all versions; its dates as sent, time zone not documented.", .muted))
        if !board.missing.isEmpty {
            out.append(("Not in trends' answer: \(board.missing.joined(separator: ", ")) (shown as -).", .warning))
        }
        return out
    }

    /// `2026-10-24T00:00:00` as `2026-10-24`; other shapes as sent.
    static func day(_ start: String) -> String {
        start.count >= 10 && start.dropFirst(10).first == "T" ? String(start.prefix(10)) : start
    }
}
