#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckStore
import TerminalUI

/// The timeline screen: hits per minute and the crash rate as braille lines over one time
/// axis, the site's up/down band, event marks, T0, and the events listed under it. Read
/// from the history (`Timeline`); what was not recorded is left blank.
struct TimelineView: Sendable {
    var timeline: Timeline?
    var range: TimelineRange
    var t0: Date?
    /// Why there is no history, when there is none.
    var historyProblem: String?
    /// The moment marked and read out: replay's, else the cursor's (nil: none).
    var marker: Date?

    /// Columns left of the plots for the y-axis labels.
    static let gutter = 8

    func render(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        let title = "Timeline \(buffer.glyphs.separator) last \(range.rawValue) \(buffer.glyphs.separator) UTC"
        let reading = timeline.flatMap { timeline in marker.flatMap { Self.readout(timeline, at: $0, separator: buffer.glyphs.separator) } }
        let status: [(String, Style)] = reading.map { [($0, Style(.accent, bold: true))] } ?? [("PgUp/PgDn range  [ ] cursor", .muted)]
        let body = Block(title: title, status: status).render(area, into: &buffer)
        guard body.height > 0 else { return }
        guard let timeline, Self.hasData(timeline) else {
            let text = historyProblem
                ?? "Nothing recorded in the last \(range.rawValue) yet: launchdeck records what it sees while it runs, "
                + "and its first poll reads the last hour of hits and the day's crash rate."
            Wrap.render(text, in: body.inset(by: 1), into: &buffer, style: .muted)
            return
        }
        let plot = Rect(x: body.x + Self.gutter, y: body.y, width: max(1, body.width - Self.gutter - 1), height: body.height)
        // Rows: hits label + chart, crash label + chart, site band, event marks, time axis, then the event list.
        let fixed = 5
        let chartRows = max(2, (body.height - fixed) * 2 / 5)
        var y = body.y
        let hitsArea = Rect(x: plot.x, y: y + 1, width: plot.width, height: chartRows)
        let crashArea = Rect(x: plot.x, y: hitsArea.maxY + 1, width: plot.width, height: chartRows)
        let bandY = crashArea.maxY, marksY = bandY + 1, axisY = bandY + 2
        guard axisY < body.maxY else { return }

        // T0 first: the lines draw over it where they pass (its label goes on the axis, last).
        let t0Column = t0.flatMap { column($0, in: plot, timeline: timeline) }
        if let x = t0Column {
            for row in hitsArea.y..<(axisY) { buffer.write("\u{2502}", x: x, y: row, style: Style(.warning)) }
        }

        // The marker: a dotted column through the charts, under the lines.
        if let x = marker.flatMap({ column($0, in: plot, timeline: timeline) }) {
            for row in hitsArea.y..<(axisY) { buffer.write("\u{250A}", x: x, y: row, style: Style(.accent)) }
        }

        buffer.write("Hits per minute (Tinylytics)", x: plot.x, y: y, style: .title)
        TimeChart(lines: [(timeline.hitsPerMinute, .accent)], format: Self.count)
            .render(hitsArea, gutter: Self.gutter, into: &buffer)
        y = hitsArea.maxY
        let lines = Array(timeline.crashRates.prefix(2))
        let styles = [Style(.bad), Style(.warning)]
        var lx = plot.x + buffer.write("Crash rate % (Apteligent)", x: plot.x, y: y, style: .title, maxWidth: plot.width)
        for (line, style) in zip(lines, styles) where lx < plot.maxX - 4 {
            lx += buffer.write("  \u{25CF} ", x: lx, y: y, style: style)
            lx += buffer.write(line.name, x: lx, y: y, style: .muted, maxWidth: plot.maxX - lx)
        }
        TimeChart(lines: zip(lines, styles).map { ($0.drawn, $1) }, format: Self.percent)
            .render(crashArea, gutter: Self.gutter, into: &buffer)

        buffer.write("site", x: body.x, y: bandY, style: .muted)
        band(timeline, y: bandY, plot: plot, into: &buffer)
        buffer.write("events", x: body.x, y: marksY, style: .muted)
        for event in timeline.events {
            if let x = column(event.at, in: plot, timeline: timeline) {
                buffer.write("\u{25B2}", x: x, y: marksY, style: Style(event.kind == "alert" ? .bad : .accent))
            }
        }
        let t0Label = t0Column.map { min(max(plot.x, $0 - 1), plot.maxX - 4) }
        TimeAxis(start: timeline.start, end: timeline.end, withDays: range == .week, keepClear: t0Label.map { $0..<($0 + 4) })
            .render(Rect(x: plot.x, y: axisY, width: plot.width, height: 1), into: &buffer)
        if let x = t0Label { buffer.write(" T0 ", x: x, y: axisY, style: Style(.warning, bold: true)) }
        eventList(timeline.events, Rect(x: body.x, y: axisY + 1, width: body.width, height: body.maxY - axisY - 1),
                  now: context.now, into: &buffer)
    }

    /// The values at `moment`'s bucket: `18:14 · 412 hits/min · 3.4.0 2.10% · site up`; what
    /// was not recorded there is left out (a moment with nothing recorded says so).
    static func readout(_ timeline: Timeline, at moment: Date, separator: Character) -> String? {
        guard let index = timeline.bucket(at: moment) else { return nil }
        var parts = [ClockText.hhmm(moment)]
        func at(_ values: [Double?]) -> Double? { values.indices.contains(index) ? values[index] : nil }
        if let hits = at(timeline.hitsPerMinute) { parts.append(count(hits) + " hits/min") }
        for line in timeline.crashRates.prefix(2) {
            if let value = at(line.values) { parts.append(line.name + " " + String(cFormat: "%.2f%%", value)) }
        }
        if timeline.down.indices.contains(index), let down = timeline.down[index] { parts.append(down ? "site down" : "site up") }
        if parts.count == 1 { parts.append("nothing recorded") }
        return parts.joined(separator: " \(separator) ")
    }

    static func hasData(_ timeline: Timeline) -> Bool {
        timeline.hitsPerMinute.contains { $0 != nil } || timeline.crashRates.contains { $0.values.contains { $0 != nil } }
            || timeline.down.contains { $0 != nil } || !timeline.events.isEmpty
    }

    static func count(_ value: Double) -> String {
        value >= 10_000 ? "\(Int(value / 1000))k" : value >= 10 || value == 0 ? "\(Int(value.rounded()))" : String(cFormat: "%.1f", value)
    }

    static func percent(_ value: Double) -> String { String(cFormat: value >= 10 ? "%.0f%%" : "%.1f%%", value) }

    /// The column of moment `date` on the plots, nil outside the range.
    private func column(_ date: Date, in plot: Rect, timeline: Timeline) -> Int? {
        let span = timeline.end.timeIntervalSince(timeline.start)
        let offset = date.timeIntervalSince(timeline.start)
        guard span > 0, offset >= 0, offset <= span else { return nil }
        return plot.x + Int((offset / span * Double(plot.width - 1)).rounded())
    }

    /// Down in red blocks, up as a thin line, unknown blank.
    private func band(_ timeline: Timeline, y: Int, plot: Rect, into buffer: inout Buffer) {
        let n = timeline.down.count
        guard n > 0 else { return }
        for x in 0..<plot.width {
            let i = min(n - 1, x * n / max(1, plot.width))
            switch timeline.down[i] {
            case true?: buffer.write("\u{2588}", x: plot.x + x, y: y, style: Style(.bad))
            case false?: buffer.write("\u{2500}", x: plot.x + x, y: y, style: Style(.good))
            case nil: break
            }
        }
    }

    /// The events, newest first, one a row.
    private func eventList(_ events: [HistoryEvent], _ area: Rect, now: Date, into buffer: inout Buffer) {
        guard area.height > 0 else { return }
        for (row, event) in events.reversed().prefix(area.height).enumerated() {
            let what = event.kind.replacing("_", with: " ")
            let text = "\(ClockText.stamp(event.at, now: now))  \(what)  \(event.subject)"
                + (event.detail.isEmpty ? "" : " \u{00B7} \(event.detail)")
            buffer.write(text, x: area.x + 1, y: area.y + row, style: Style(event.kind == "alert" ? .bad : .text),
                         maxWidth: area.width - 2)
        }
    }
}
