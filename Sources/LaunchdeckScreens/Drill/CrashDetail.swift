#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import TerminalUI

/// The crash group screen (`GET /v2/crash/{appId}/{hash}`): what it is, when it happened,
/// its daily occurrences by version as one chart row each on a shared scale with the days
/// they cover, the sessions it hit by version, and the stack trace.
extension DetailModel {
    static func crash(_ c: ApteligentCrash, now: Date) -> DetailModel {
        var lines: [Line] = [
            .field("Exception", c.name ?? "-"), .field("Reason", c.reason ?? "-"),
        ]
        if let display = c.displayReason, display != c.reason { lines.append(.field("Display reason", display)) }
        lines += [
            .field("Hash", c.hash),
            .field("Status", c.status ?? "-"),
            .field("Occurrences", c.numOccurrences.map { CountText.of($0) + " in all" } ?? "-"),
            .field("First seen", CrashTime.text(c.firstOccurred, now: now)),
            .field("Last seen", CrashTime.text(c.lastOccurred, now: now)),
            .field("Suspect line", c.suspectLine ?? "none given"),
        ]
        lines += dailyByVersion(c.dailyOccurrencesByVersion)
        lines += sessionsByVersion(c)
        lines.append(.heading("Stack trace"))
        for frame in c.stacktrace ?? [] {
            // The trace names its frame; the suspect frame is the one to read first.
            lines.append(.text(frame.trace, frame.suspect == true ? .warning : .text))
        }
        if (c.stacktrace ?? []).isEmpty { lines.append(.text("no stack trace", .muted)) }
        return DetailModel(lines: lines)
    }

    /// One chart row per version (newest first) and the total, all on the busiest version's
    /// scale, then the first and last day under the chart.
    static func dailyByVersion(_ daily: ApteligentByVersion<ApteligentDailyOccurrences>?) -> [Line] {
        guard let daily, !daily.versions.isEmpty || daily.total != nil else { return [] }
        let versions = daily.sortedVersions.reversed().compactMap { v in daily.versions[v].map { (v, $0) } }
        let top = Double(versions.flatMap(\.1.counts).max() ?? daily.total?.counts.max() ?? 0)
        // One day axis for every row: each series placed at its own start day, a day it does
        // not cover left blank (not drawn as zero); without start days, the rows end together.
        let all = versions.map(\.1) + (daily.total.map { [$0] } ?? [])
        let starts = all.map { $0.start.flatMap { Timestamp.parseDay($0) ?? Timestamp.parse($0) } }
        let axisStart = starts.allSatisfy { $0 != nil } ? starts.compactMap { $0 }.min() : nil
        func offset(_ i: Int) -> Int {
            guard let axisStart, let start = starts[i] else { return 0 }
            return max(0, min(3660, Int((start.timeIntervalSince(axisStart) / 86_400).rounded())))
        }
        let longest = all.indices.map { offset($0) + all[$0].counts.count }.max() ?? 0
        func placed(_ i: Int) -> [Double] {
            let values = all[i].counts.map(Double.init)
            guard axisStart != nil else { return values }
            let before = offset(i)
            return Array(repeating: .nan, count: before) + values
                + Array(repeating: .nan, count: max(0, longest - before - values.count))
        }
        let span = CrashTime.span(start: axisStart.map(Timestamp.day) ?? all.first?.start, days: longest)
        var lines: [Line] = [.heading("Daily occurrences by version" + (span.map { ", \($0.text)" } ?? ""))]
        for (i, (version, days)) in versions.enumerated() {
            lines.append(.spark(version, placed(i), "\(CountText.of(days.total)) in \(days.counts.count) days", top: top))
        }
        if let total = daily.total {
            // Every version together: its own scale, so the shape of the whole shows.
            lines.append(.spark("all versions", placed(all.count - 1),
                                "\(CountText.of(total.total)) in \(total.counts.count) days",
                                top: Double(total.counts.max() ?? 0)))
        }
        if let span { lines.append(.axis(from: span.first, to: span.last, count: longest)) }
        return lines
    }

    /// Sessions and distinct sessions with this crash, by version (Apteligent counts
    /// sessions, not users).
    static func sessionsByVersion(_ c: ApteligentCrash) -> [Line] {
        let sessions = c.sessionCountsByVersion, unique = c.uniqueSessionCountsByVersion
        guard sessions != nil || unique != nil else { return [] }
        var lines: [Line] = [.heading("Sessions with this crash, by version")]
        let versions = Set((sessions?.versions.keys).map(Array.init) ?? []).union(unique?.versions.keys.map { $0 } ?? [])
        func text(_ all: ApteligentCount?, _ distinct: ApteligentCount?) -> String {
            "\(all.map { CountText.of($0.value) } ?? "-") sessions \u{00B7} \(distinct.map { CountText.of($0.value) } ?? "-") unique sessions"
        }
        for version in versions.sorted(by: { AppVersionOrder.less($1, $0) }) {
            lines.append(.field(version, text(sessions?.versions[version], unique?.versions[version])))
        }
        if sessions?.total != nil || unique?.total != nil {
            lines.append(.field("all versions", text(sessions?.total, unique?.total)))
        }
        return lines
    }
}

/// Apteligent's times (`2016-12-06T21:54:48`, UTC without a zone) as lists show times.
enum CrashTime {
    /// `21:54 UTC · 3m ago`; the text as sent when it is not a time; `-` when absent.
    static func text(_ raw: String?, now: Date) -> String {
        guard let raw else { return "-" }
        return Timestamp.parse(raw).map { ClockText.stamp($0, now: now) } ?? raw
    }

    /// The days a daily series covers: `2016-11-07 to 2016-12-06 (30 days)`.
    static func span(start: String?, days: Int) -> (text: String, first: String, last: String)? {
        guard let start, days > 0,
              let first = Timestamp.parseDay(start) ?? Timestamp.parse(start) else { return nil }
        let last = first.addingTimeInterval(Double(days - 1) * 86_400)
        let a = Timestamp.day(first), b = Timestamp.day(last)
        return ("\(a) to \(b) (\(days) days)", a, b)
    }
}
