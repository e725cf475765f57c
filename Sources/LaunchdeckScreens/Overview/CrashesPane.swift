#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The overview's Crashes pane: the crash rate now against the day's trend, the app versions
/// by crash rate with their share of loads, and the top crash groups.
public struct CrashesPane: Sendable {
    public var chrome: PaneChrome<CrashesSnapshot>

    public init(state: Loadable<CrashesSnapshot>, focused: Bool, offHint: String? = nil) {
        let app = state.value.map { " \u{00B7} \($0.appName)" } ?? ""
        chrome = PaneChrome(title: "4 Crashes" + app, state: state, focused: focused, offHint: offHint)
    }

    static func percent(_ value: Double) -> String { String(cFormat: "%.2f%%", value) }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        let (body, value) = chrome.render(area, into: &buffer, context: context, loading: "Loading Apteligent crashes")
        guard let crashes = value, body.height > 0 else { return }
        var y = body.y
        let sep = buffer.glyphs.separator

        // Row 1: the rate now, coloured against the day's average, and the trend.
        var x = body.x
        x += buffer.write("crash rate ", x: x, y: y, style: .muted)
        if let now = crashes.rateNow {
            let average = crashes.trendAverage ?? now
            let role: Role = now > average * 1.5 ? .bad : (now > average * 1.1 ? .warning : .good)
            x += buffer.write(Self.percent(now), x: x, y: y, style: Style(role, bold: true))
        } else {
            x += buffer.write("-", x: x, y: y, style: .muted)
        }
        if let average = crashes.trendAverage {
            x += buffer.write(" vs \(Self.percent(average)) (24h) ", x: x, y: y, style: .muted, maxWidth: body.maxX - x)
        }
        let room = body.maxX - x
        if room > 4 {
            // The day's own spread, so a spike shows even when the rate stays small.
            let lo = (crashes.trend.min() ?? 0) * 0.5, hi = max(lo + 0.01, (crashes.trend.max() ?? 0) * 1.2)
            Sparkline(values: crashes.trend, variant: .blocks, range: lo...hi).render(Rect(x: x, y: y, width: room, height: 1), into: &buffer)
        }
        y += 1
        guard y < body.maxY else { return }

        // Row 2: versions by crash rate, each with its share of today's loads.
        buffer.write(Self.versionsLine(crashes.versions, separator: String(sep), width: body.width), x: body.x, y: y, style: .muted, maxWidth: body.width)
        y += 1
        guard y < body.maxY else { return }

        CrashGroupsTable.pane(crashes.topGroups, width: body.width).render(Rect(x: body.x, y: y, width: body.width, height: body.maxY - y),
                                                        into: &buffer)
        // Below the groups, where there is room: the day's crash rate as a line chart.
        let chartRows = WebPane.chartRows(left: body.maxY - y - (1 + crashes.topGroups.count))
        if chartRows >= WebPane.chartMinimumRows, crashes.trend.count > 1 {
            trendChart(crashes, Rect(x: body.x, y: body.maxY - chartRows, width: body.width, height: chartRows),
                       now: context.now, into: &buffer)
        }
    }

    private func trendChart(_ crashes: CrashesSnapshot, _ area: Rect, now: Date, into buffer: inout Buffer) {
        let gutter = 7
        let step = crashes.trendInterval ?? 86_400 / Double(crashes.trend.count)
        let start = crashes.trendStart ?? now.addingTimeInterval(-step * Double(crashes.trend.count))
        let every = step >= 3600 ? "hourly" : "every \(Int(step / 60)) min"
        buffer.write("crash rate, last 24 h (\(every), UTC)", x: area.x, y: area.y, style: .muted, maxWidth: area.width)
        let plot = Rect(x: area.x + gutter, y: area.y + 1, width: area.width - gutter, height: area.height - 2)
        TimeChart(lines: [(crashes.trend.map { $0 }, Style(.bad))], format: Self.percent).render(plot, gutter: gutter, into: &buffer)
        TimeAxis(start: start, end: start.addingTimeInterval(step * Double(crashes.trend.count - 1)))
            .render(Rect(x: plot.x, y: area.maxY - 1, width: plot.width, height: 1), into: &buffer)
    }

    /// The versions by crash rate, each with its share of the top five versions' loads, as many
    /// whole as fit `width`: `rate (top-5 share): 3.4.0 2.10% (8%) · 3.3.0 0.42% (61%)`,
    /// with a shorter label when the pane is narrow.
    static func versionsLine(_ versions: [VersionHealth], separator: String, width: Int = .max) -> String {
        guard !versions.isEmpty else { return "crash rate by version: -" }
        let items = versions.prefix(4).map { v in "\(v.version) \(percent(v.crashPercent)) (\(v.loadShare.map(share) ?? "-"))" }
        // The share is of the loads of the versions trends lists (its top five), not of every
        // load: the labels say so as far as the width allows (`:open figures` says it whole).
        let labels = ["crash rate by version (share of top-5 versions' loads): ", "crash rate by version (top-5 load share): ",
                      "rate by version (top-5 load share): ", "rate (top-5 share): ", "rate (share): "]
        func line(_ label: String) -> (text: String, count: Int) {
            var text = label, count = 0
            for item in items {
                let next = text + (count == 0 ? "" : " \(separator) ") + item
                guard TextWidth.of(next) <= width else { break }
                text = next
                count += 1
            }
            return (text, count)
        }
        // The longest label that still shows two versions, or as many as any label allows.
        let lines = labels.map(line)
        let target = min(2, lines.map(\.count).max() ?? 0)
        return (lines.first { $0.count >= target } ?? lines[lines.count - 1]).text
    }

    /// A share of loads: `8%`, `<1%` for a version just appearing.
    static func share(_ value: Double) -> String {
        let percent = value * 100
        if percent > 0, percent < 1 { return "<1%" }
        return String(cFormat: "%.0f%%", percent)
    }
}
