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
/// leave open. Below its column header the screen scrolls (the keys move `offset`, the
/// screen's selected row, a line at a time or a page), so every version and note can be read
/// at any height.
struct VersionsView {
    var board: VersionsBoard
    /// The first line of the scrolled part shown: the screen's selected row.
    var offset = 0

    /// Rows above the scrolled part: the summary, a blank (or where more is), the column header.
    static let headRows = 3

    /// A line of the scrolled part.
    private enum Line {
        case version(VersionsBoard.Row)
        case blank
        case crashCounts
        case text(String, Role)
    }

    /// How the per-day columns share a width, and the scrolled part's lines at that width.
    private struct Layout {
        var sparkCount: Int
        var sparkWidth: Int
        var lines: [Line]
    }

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

    private func layout(width: Int) -> Layout {
        let fixed = textColumns.reduce(0) { $0 + $1.width + 1 }
        let spare = width - fixed
        let sparkCount = (0...Self.sparkColumns.count).reversed().first { n in n == 0 || spare / n >= 8 } ?? 0
        let sparkWidth = sparkCount == 0 ? 0 : min(31, (spare + 1) / sparkCount - 1)
        var lines = board.rows.map(Line.version)
        if board.rows.isEmpty { lines.append(.text("trends lists no app versions yet", .muted)) }
        lines += [.blank, .crashCounts, .blank]
        for (note, role) in notes(sparkCount: sparkCount, sparkWidth: sparkWidth) {
            lines += Wrap.lines(note, width: width).map { .text($0, role) }
        }
        return Layout(sparkCount: sparkCount, sparkWidth: sparkWidth, lines: lines)
    }

    /// How many first lines the keys move through in a body `size`: the last one shows the
    /// last line on the bottom row.
    func positions(in size: Size) -> Int {
        max(1, layout(width: size.width).lines.count - max(1, size.height - Self.headRows) + 1)
    }

    func render(_ area: Rect, into buffer: inout Buffer, now: Date) {
        let sep = " \(buffer.glyphs.separator) "
        var summary = "\(board.appName)\(sep)\(board.rows.count) versions, newest first"
        if let age = board.trendsAge { summary += "\(sep)trends read \(AgeText.of(age) == "now" ? "just now" : AgeText.of(age) + " ago") (every 5 min)" }
        buffer.write(summary, x: area.x, y: area.y, style: .muted, maxWidth: area.width)
        guard area.height > Self.headRows else { return }

        let layout = layout(width: area.width)
        let text = textColumns
        let sparks = Array(Self.sparkColumns.prefix(layout.sparkCount))
        let sparkWidth = layout.sparkWidth
        let visible = area.height - Self.headRows
        let first = min(max(0, offset), positions(in: Size(width: area.width, height: area.height)) - 1)
        // Where more is, on the blank row under the summary: the keys scroll to it.
        let more = (first > 0 ? "\u{2191}" : "") + (first + visible < layout.lines.count ? "\u{2193}" : "")
        if !more.isEmpty {
            let label = "more " + more
            buffer.write(label, x: area.maxX - TextWidth.of(label), y: area.y + 1, style: .muted)
        }

        // The header stays; the rows and notes under it scroll.
        var x = area.x
        let headerY = area.y + 2
        for column in text {
            buffer.write(Truncate.pad(column.title, column.width, alignRight: column.title != "VERSION", ellipsis: buffer.glyphs.ellipsis),
                         x: x, y: headerY, style: Style(.muted, bold: true))
            x += column.width + 1
        }
        for spark in sparks {
            let title = TextWidth.of(spark.title) <= sparkWidth ? spark.title : spark.short
            buffer.write(title, x: x, y: headerY, style: Style(.muted, bold: true), maxWidth: sparkWidth)
            x += sparkWidth + 1
        }
        let tops = sparks.map { spark in board.rows.compactMap { $0[keyPath: spark.figure]?.daily.max() }.max() ?? 0 }
        for (i, line) in layout.lines.dropFirst(first).prefix(visible).enumerated() {
            let y = headerY + 1 + i
            switch line {
            case .version(let row):
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
            case .blank: break
            case .crashCounts: crashCounts(y, area, into: &buffer)
            case .text(let line, let role): buffer.write(line, x: area.x, y: y, style: Style(role), maxWidth: area.width)
            }
        }
    }

    /// The app's crashes per day of all versions (`crash/counts`).
    private func crashCounts(_ y: Int, _ area: Rect, into buffer: inout Buffer) {
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
