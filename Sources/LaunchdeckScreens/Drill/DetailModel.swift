#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// A detail screen as labelled lines (and plain lines for stack traces): one experiment,
/// one push, one crash group.
public struct DetailModel: Sendable {
    public enum Line: Sendable, Equatable {
        case field(String, String)
        case heading(String)
        case text(String, Role)
        /// A label, a sparkline of the values (one cell a value; `top` the value of a full
        /// cell, default the largest), and a note after it.
        case spark(String, [Double], String, top: Double? = nil)
        /// The first and last day under `count` sparkline cells.
        case axis(from: String, to: String, count: Int)
        /// Prose, wrapped to the width (it takes as many rows as it needs).
        case paragraph(String, Role)
    }

    public var lines: [Line]

    public init(lines: [Line]) { self.lines = lines }

    /// - Parameter data: what the overview knows (the experiments list names the variations
    ///   that one experiment's own answer gives only as ids).
    public static func of(_ drill: DrillDown, now: Date, data: DashboardData = DashboardData()) -> DetailModel? {
        switch drill {
        case .experiment(let e):
            let listed = data.experiments.value?.experiments.first { $0.id == e.id }
            return experiment(e, listed: listed)
        case .push(let p): return push(p, now: now)
        case .crash(let c): return crash(c, now: now)
        case .journeys(let j): return journeys(j)
        case .appHealth(let h): return appHealth(h)
        case .insights(let read): return InsightsScreen.detail(read)
        case .user(let result): return UserCard.detail(result, now: now)
        default: return nil
        }
    }

    static func experiment(_ e: TaplyticsExperiment, listed: TaplyticsExperiment? = nil) -> DetailModel {
        var names: [String: TaplyticsVariation] = [:]
        for ref in listed?.variations ?? [] {
            if let v = ref.variation, let id = v.id { names[id] = v }
        }
        // The single experiment names its baseline by id; the list's baseline object has none.
        if let id = e.baselineVariation, names[id] == nil {
            names[id] = TaplyticsVariation(id: id, name: listed?.baseline?.name ?? e.baseline?.name ?? "Baseline")
        }
        var lines: [Line] = [
            .field("Name", e.name ?? "-"), .field("Id", e.id), .field("Status", e.status?.rawValue ?? "-"),
            .field("Description", e.description ?? "-"),
            .field("Baseline", e.baseline?.name ?? listed?.baseline?.name ?? e.baselineVariation.map { names[$0]?.name ?? $0 } ?? "-"),
            .field("Winner", e.winningVariation.map { names[$0]?.name ?? $0 } ?? "none yet"),
            .field("Goals", e.goalIDs.map { $0.isEmpty ? "-" : $0.joined(separator: ", ") } ?? "-"),
            .field("App versions", "\(e.minAppVersion ?? "any") to \(e.maxAppVersion ?? "any")"),
            .field("Created", e.createdAt.map(Timestamp.format)
                ?? TaplyticsObjectID.createdAt(e.id).map { Timestamp.format($0) + " (the time in its id)" } ?? "-"),
            .field("Updated", e.updatedAt.map(Timestamp.format) ?? "-"),
            .heading("Variations"),
        ]
        for ref in e.variations ?? [] {
            let v = ref.variation ?? ref.variationID.flatMap { names[$0] }
            let share = v?.distributionPercent.map { String(cFormat: "  %.0f%% of users", $0 <= 1 ? $0 * 100 : $0) } ?? ""
            lines.append(.text((v?.name ?? ref.variationID ?? "?") + share, .text))
        }
        if (e.variations ?? []).isEmpty { lines.append(.text("none listed", .muted)) }
        lines.append(.heading("Filters"))
        switch e.filters {
        case .list(let filters)?:
            for f in filters { lines.append(.text(JSONText.of(f), .text)) }
            if filters.isEmpty { lines.append(.text("every user", .muted)) }
        case .fields(let fields)?:
            for key in fields.keys.sorted() { lines.append(.field(key, fields[key].map(JSONText.of) ?? "")) }
        case nil:
            lines.append(.text("every user", .muted))
        }
        return DetailModel(lines: lines)
    }

    static func push(_ p: TaplyticsPush, now: Date) -> DetailModel {
        var lines: [Line] = [
            .field("Alert", p.notification?.alert ?? "-"), .field("Name", p.name ?? "-"), .field("Id", p.id),
            .field("Status", p.status?.rawValue ?? "-"),
            .field("Schedule", p.schedule.map { s in
                s.now == true ? "sent at once" : (s.time ?? s.localTime.map { "\($0) (user's local time)" } ?? "-")
            } ?? "-"),
            .field("When", PushSnapshot.time(of: p).map { Timestamp.format($0) + " (" + PushPane.when($0, now: now) + ")" } ?? "-"),
            .field("Created", p.createdAt.map(Timestamp.format)
                ?? TaplyticsObjectID.createdAt(p.id).map { Timestamp.format($0) + " (the time in its id)" } ?? "-"),
            .field("Target", p.production == true ? "production" : "sandbox"),
            .field("Silent", p.isSilent == true ? "yes" : "no"),
            .field("Image", p.image?.url ?? "none"),
            .heading("Audience filters"),
        ]
        for f in p.filters ?? [] { lines.append(.text(JSONText.of(f), .text)) }
        if (p.filters ?? []).isEmpty { lines.append(.text("every user", .muted)) }
        return DetailModel(lines: lines)
    }

    static func journeys(_ j: TinylyticsJourneysResponse) -> DetailModel {
        var lines: [Line] = []
        if let s = j.summary {
            lines += [
                .field("Visitors", s.totalVisitors.map(CountText.of) ?? "-"),
                .field("Several pages", s.multiPageVisitors.map(CountText.of) ?? "-"),
                .field("One page", s.singlePageVisitors.map(CountText.of) ?? "-"),
                .field("Bounce rate", s.bounceRate.map { String(cFormat: "%.1f%%", $0) } ?? "-"),
            ]
        }
        lines.append(.heading("Top entry pages"))
        for page in (j.insights?.topEntryPages ?? []).sorted(by: { $0.visitors > $1.visitors }) { lines.append(.field(CountText.of(page.visitors), page.path)) }
        lines.append(.heading("Top exit pages"))
        for page in (j.insights?.topExitPages ?? []).sorted(by: { $0.visitors > $1.visitors }) { lines.append(.field(CountText.of(page.visitors), page.path)) }
        lines.append(.heading("Recent journeys"))
        for journey in j.userJourneys.prefix(20) {
            let path = journey.pages.map(\.path).joined(separator: " \u{2192} ")
            lines.append(.text("\(journey.country ?? "??") \(journey.pageCount ?? journey.pages.count) pages: \(path)", .text))
        }
        if j.userJourneys.isEmpty { lines.append(.text("none in this range", .muted)) }
        return DetailModel(lines: lines)
    }

    static func appHealth(_ h: AppHealth) -> DetailModel {
        let a = h.app
        var lines: [Line] = [
            .field("App", h.appName), .field("Latest version", a.latestVersionString ?? "-"),
            .field("Daily users", a.dau.map(CountText.of) ?? "-"), .field("Monthly users", a.mau.map(CountText.of) ?? "-"),
            .field("Rating", a.rating.map { String(cFormat: "%.1f", $0) } ?? "-"),
            .field("Crash rate", a.crashPercent.map { String(cFormat: "%.2f%%", $0) } ?? "-"),
            .field("Latency", a.latency.map { "\($0) ms" } ?? "-"),
            .heading("Service latency, last hour (ms)"),
        ]
        for slice in h.latencyByService.prefix(10) {
            lines.append(.field(slice.label ?? slice.name, String(cFormat: "%.0f", slice.value)))
        }
        if h.latencyByService.isEmpty { lines.append(.text("no service calls reported", .muted)) }
        lines.append(.heading("Service errors, last hour"))
        for slice in h.errorsByService.prefix(10) {
            lines.append(.field(slice.label ?? slice.name, CountText.of(Int(slice.value))))
        }
        if h.errorsByService.isEmpty { lines.append(.text("no errors reported", .muted)) }
        return DetailModel(lines: lines)
    }

    /// Draws from line `offset`; returns how many lines there are.
    public func render(_ area: Rect, offset: Int, into buffer: inout Buffer) {
        let labelWidth = min(22, max(8, area.width / 5))
        var y = area.y
        for line in lines.dropFirst(max(0, offset)) where y < area.maxY {
            defer { y += 1 }
            switch line {
            case .field(let label, let value):
                buffer.write(Truncate.pad(label, labelWidth, alignRight: false, ellipsis: buffer.glyphs.ellipsis),
                             x: area.x, y: y, style: .muted)
                buffer.write(value, x: area.x + labelWidth + 1, y: y, style: .text, maxWidth: area.width - labelWidth - 1)
            case .heading(let text):
                buffer.write(text, x: area.x, y: y, style: Style(.title, bold: true), maxWidth: area.width)
            case .text(let text, let role):
                buffer.write(text, x: area.x + 2, y: y, style: Style(role), maxWidth: area.width - 2)
            case .spark(let label, let values, let note, let top):
                buffer.write(Truncate.pad(label, labelWidth, alignRight: false, ellipsis: buffer.glyphs.ellipsis),
                             x: area.x, y: y, style: .muted)
                let width = min(values.count, max(0, area.width - labelWidth - 1))
                let range = top.flatMap { $0.isFinite && $0 > 0 ? 0...$0 : nil }
                Sparkline(values: values, variant: .blocks, range: range)
                    .render(Rect(x: area.x + labelWidth + 1, y: y, width: width, height: 1), into: &buffer)
                buffer.write(note, x: area.x + labelWidth + 2 + width, y: y, style: .muted,
                             maxWidth: area.maxX - (area.x + labelWidth + 2 + width))
            case .axis(let from, let to, let count):
                let x = area.x + labelWidth + 1
                let width = min(count, max(0, area.width - labelWidth - 1))
                let toWidth = TextWidth.of(to)
                if width == count, width >= TextWidth.of(from) + toWidth + 1 {
                    buffer.write(from, x: x, y: y, style: .muted)
                    buffer.write(to, x: x + width - toWidth, y: y, style: .muted)
                } else if width < count, width >= toWidth {
                    // The chart shows only the newest days: only its last day is certain.
                    buffer.write(to, x: x + width - toWidth, y: y, style: .muted)
                } else {
                    buffer.write(from + " to " + to, x: x, y: y, style: .muted, maxWidth: area.maxX - x)
                }
            case .paragraph(let text, let role):
                let rows = Wrap.lines(text, width: area.width - 2)
                for (i, row) in rows.enumerated() where y + i < area.maxY {
                    buffer.write(row, x: area.x + 2, y: y + i, style: Style(role), maxWidth: area.width - 2)
                }
                y += max(0, rows.count - 1)
            }
        }
    }
}

/// The uptime screen's summary line.
enum UptimeScreen {
    static func summary(_ r: TinylyticsUptimeResponse) -> String {
        let m = r.monitor
        var parts = [(m.isDown ?? false) ? "DOWN" : "up"]
        if let u = m.uptime { parts.append(String(cFormat: "%.2f%% uptime", u)) }
        if let ssl = m.ssl?.daysUntilExpiry { parts.append("SSL expires in \(ssl) days") }
        if let domain = m.domain?.daysUntilExpiry ?? m.domain?.remainingDays { parts.append("domain in \(domain) days") }
        parts.append(r.downtimes.map { "\($0.count) downtimes" } ?? "downtimes unreadable")
        return parts.joined(separator: " \u{00B7} ")
    }
}
