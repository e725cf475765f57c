#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The `insights` screen: Tinylytics' newest AI report (summary, signals, traffic patterns,
/// best content, recommendations), then a line for each earlier report read.
enum InsightsScreen {
    static func detail(_ read: PremiumRead<TinylyticsInsightsResponse>) -> DetailModel {
        switch read {
        case .unavailable(let reason):
            return DetailModel(lines: [.text(reason, .muted)])
        case .read(let body):
            return report(body)
        }
    }

    /// The newest report first: the docs do not say in which order the list comes.
    static func newest(_ reports: [TinylyticsInsight]) -> [TinylyticsInsight] {
        reports.sorted { ($0.insightsForDate ?? "", $0.generatedAt ?? .distantPast, $0.id) > ($1.insightsForDate ?? "", $1.generatedAt ?? .distantPast, $1.id) }
    }

    static func report(_ body: TinylyticsInsightsResponse) -> DetailModel {
        var lines: [DetailModel.Line] = []
        if let site = body.site {
            let reports = switch (site.insightsEnabled, site.dailyInsightReportsActive) {
            case (false?, _): "insights are off for this site"
            case (_, true?): "daily"
            case (_, false?): "daily reports paused"
            default: "-"
            }
            lines.append(.field("Reports", reports))
            if let next = site.nextInsightJobScheduledAt { lines.append(.field("Next report", Timestamp.format(next))) }
        }
        let reports = newest(body.insights)
        guard let latest = reports.first else {
            lines.append(.text("No report yet.", .muted))
            return DetailModel(lines: lines)
        }
        lines.append(.field("Report", latest.formattedInsightsDate ?? latest.insightsForDate ?? "-"))
        lines.append(.field("Generated", latest.generatedAt.map(Timestamp.format) ?? "-"))
        lines.append(.heading("Summary"))
        lines.append(.paragraph(latest.summary ?? "-", .text))
        lines.append(.heading("Signals"))
        for signal in latest.signals.sorted(by: { ($0.importanceScore ?? -1) > ($1.importanceScore ?? -1) }) {
            lines += self.signal(signal)
        }
        if latest.signals.isEmpty { lines.append(.text("none in this report", .muted)) }
        for (title, text) in [("Traffic patterns", latest.trafficPatterns), ("Best content", latest.bestContent),
                              ("Recommendations", latest.recommendations)] {
            lines.append(.heading(title))
            lines.append(.paragraph(text ?? "-", .text))
        }
        if reports.count > 1 {
            lines.append(.heading("Earlier reports"))
            for report in reports.dropFirst() {
                lines.append(.field(report.insightsForDate ?? "-", report.summary ?? "-"))
            }
        }
        let total = body.pagination.totalCount
        if total > reports.count {
            lines.append(.text("\(CountText.of(reports.count)) of \(CountText.of(total)) reports read", .muted))
        }
        return DetailModel(lines: lines)
    }

    /// `64  Traffic is up 28% this week`, when it was detected and the window it covers, its summary.
    static func signal(_ s: TinylyticsInsight.Signal) -> [DetailModel.Line] {
        let score = s.importanceScore.map { String(cFormat: "%3.0f", $0) } ?? "  -"
        var when = "detected " + (s.detectedAt.map(Timestamp.format) ?? "-")
        if let window = s.window {
            when += ", window " + (window.startedAt.map(Timestamp.format) ?? "?") + " to "
                + (window.endedAt.map(Timestamp.format) ?? "?")
        }
        if let type = s.type { when += ", " + type }
        var lines: [DetailModel.Line] = [.field("score " + score, s.headline ?? "-"), .text(when, .muted)]
        if let summary = s.summary { lines.append(.paragraph(summary, .muted)) }
        return lines
    }
}
