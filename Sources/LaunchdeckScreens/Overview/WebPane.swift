#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The overview's Web pane: hits per minute over the last hour, today against yesterday,
/// the uptime badge, today's kudos and the top paths; open content issues in the title.
public struct WebPane: Sendable {
    public var chrome: PaneChrome<WebSnapshot>

    public init(state: Loadable<WebSnapshot>, focused: Bool, offHint: String? = nil) {
        chrome = PaneChrome(title: Self.title(state.value), state: state, focused: focused, offHint: offHint)
    }

    static func title(_ snapshot: WebSnapshot?) -> String {
        guard let site = snapshot?.site else { return "1 Web" }
        let host = URL(string: site.url)?.host ?? site.url
        // Open content issues first (`:open content` lists them), e.g. `2 broken links`: a
        // long title is cut at its end, and the badge must not be what goes.
        let badge = snapshot?.content?.value?.badge.map { $0 + " \u{00B7} " } ?? ""
        return "1 Web \u{00B7} " + badge + "\(site.label) (\(host))"
    }

    public func render(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        let (body, value) = chrome.render(area, into: &buffer, context: context, loading: "Loading Tinylytics")
        guard let web = value, body.height > 0 else { return }
        let sep = buffer.glyphs.separator
        var y = body.y

        // Row 1: the sparkline and the latest rate.
        let latest = web.perMinute.last { $0 != nil } ?? nil
        let rate = latest.map { "\(CountText.of(Int($0.rounded())))/min" } ?? "-/min"
        let sparkWidth = max(0, body.width - TextWidth.of(rate) - 1)
        let values = SeriesValues.of(web.perMinute)
        // Headroom above the peak, so steady traffic reads as steady, not as a solid bar.
        Sparkline(values: values, variant: .blocks, range: 0...max(1, (values.max() ?? 0) * 1.25))
            .render(Rect(x: body.x, y: y, width: sparkWidth, height: 1), into: &buffer)
        buffer.write(rate, x: body.x + sparkWidth + 1, y: y, style: Style(.text, bold: true))
        y += 1
        guard y < body.maxY else { return }

        // Row 2: today (the UTC day) against yesterday; visitors are Tinylytics' own count of
        // the day, never a sum of per-path unique views (one visitor reads many pages).
        var x = body.x
        let approx = web.todayExact ? "" : "\u{2265}"
        x += buffer.write("today ", x: x, y: y, style: .muted)
        x += buffer.write(approx + CountText.of(web.todayViews), x: x, y: y, style: Style(.text, bold: true))
        // Whole parts only: a number cut short would read as another number.
        var parts = [" views"]
        if let visitors = web.todayVisitors { parts.append(" \(sep) \(CountText.of(visitors)) visitors") }
        if let yesterday = web.yesterdayViews { parts.append(" \(sep) yesterday \(CountText.of(yesterday))") }
        parts.append(" (UTC days)")
        for part in parts where TextWidth.of(part) <= body.maxX - x {
            x += buffer.write(part, x: x, y: y, style: .muted)
        }
        y += 1
        guard y < body.maxY else { return }

        // Row 3: uptime.
        uptimeLine(web.uptime, x: body.x, y: y, width: body.width, into: &buffer, context: context)
        y += 1
        guard y < body.maxY else { return }

        // Row 4, when the pane has a row to spare under its table: today's kudos.
        if let kudos = web.kudosToday, body.maxY - y - (1 + web.topPaths.count) >= 1 {
            var x = body.x
            x += buffer.write("kudos ", x: x, y: y, style: .muted)
            x += buffer.write(CountText.of(kudos), x: x, y: y, style: Style(.text, bold: true))
            let lifetime = web.site.lifetimeKudos.map { " \(sep) \(CountText.of($0)) all time" } ?? ""
            buffer.write(" today" + lifetime, x: x, y: y, style: .muted, maxWidth: body.maxX - x)
            y += 1
        }

        // The top paths, as many as fit; below them, where there is room, the last hour's
        // hits per minute as a line chart with its scale and times.
        let chartRows = Self.chartRows(left: body.maxY - y - (1 + web.topPaths.count))
        let table = Table(
            columns: [.init("TOP PATHS", width: .fill(min: 8)), .init("VIEWS", width: .fixed(8), alignRight: true)],
            rows: web.topPaths.map { [$0.key ?? "(none)", CountText.of($0.count)] })
        table.render(Rect(x: body.x, y: y, width: body.width, height: body.maxY - y), into: &buffer)
        if chartRows >= Self.chartMinimumRows {
            hitsChart(web.perMinute, Rect(x: body.x, y: body.maxY - chartRows, width: body.width, height: chartRows),
                      now: context.now, into: &buffer)
        }
    }

    /// Rows the chart needs: a label, three rows of lines, the times.
    static let chartMinimumRows = 5

    /// The rows a pane's chart takes of the `left` rows under its table: a blank row between
    /// them when there is one to spare.
    static func chartRows(left: Int) -> Int { left > chartMinimumRows ? left - 1 : left }

    private func hitsChart(_ perMinute: [Double?], _ area: Rect, now: Date, into buffer: inout Buffer) {
        let gutter = 6
        buffer.write("hits per minute, last \(perMinute.count) min (UTC)", x: area.x, y: area.y, style: .muted, maxWidth: area.width)
        let plot = Rect(x: area.x + gutter, y: area.y + 1, width: area.width - gutter, height: area.height - 2)
        TimeChart(lines: [(perMinute, .accent)], format: { CountText.of(Int($0.rounded())) })
            .render(plot, gutter: gutter, into: &buffer)
        TimeAxis(start: now.addingTimeInterval(-Double(perMinute.count) * 60), end: now)
            .render(Rect(x: plot.x, y: area.maxY - 1, width: plot.width, height: 1), into: &buffer)
    }

    private func uptimeLine(_ badge: UptimeBadge?, x: Int, y: Int, width: Int, into buffer: inout Buffer,
                            context: PaneContext) {
        let sep = buffer.glyphs.separator
        switch badge {
        case nil:
            buffer.write("uptime: checking\(buffer.glyphs.ellipsis)", x: x, y: y, style: .muted, maxWidth: width)
        case .unavailable(let why):
            buffer.write("uptime: \(why)", x: x, y: y, style: .muted, maxWidth: width)
        case .monitored(let isDown, let since, let percent, let ssl):
            var col = x
            let word = isDown ? " DOWN " : " UP "
            col += buffer.write(word, x: col, y: y, style: Style(isDown ? .bad : .good, bold: true, reverse: true))
            var text = ""
            if let since { text += " since \(ClockText.hhmm(since)) UTC (\(AgeText.of(context.now.timeIntervalSince(since))))" }
            if let percent { text += " \(sep) " + String(cFormat: "%.2f%%", percent) }
            if let ssl { text += " \(sep) SSL \(ssl)d" }
            let sslRole: Role = (ssl ?? 99) < 14 ? .warning : .muted
            buffer.write(text, x: col, y: y, style: Style(sslRole), maxWidth: x + width - col)
        }
    }
}
