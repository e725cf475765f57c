import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import TerminalUI

/// The overview's Crashes pane: the crash rate now against the day's trend, the worst app
/// versions and the top crash groups.
public struct CrashesPane: Sendable {
    public var chrome: PaneChrome<CrashesSnapshot>

    public init(state: Loadable<CrashesSnapshot>, focused: Bool, offHint: String? = nil) {
        let app = state.value.map { " \u{00B7} \($0.appName)" } ?? ""
        chrome = PaneChrome(title: "4 Crashes" + app, state: state, focused: focused, offHint: offHint)
    }

    static func percent(_ value: Double) -> String { String(format: "%.2f%%", value) }

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

        // Row 2: the worst versions.
        let versions = crashes.worstVersions.prefix(3).map { "\($0.version) \(CountText.of(Int($0.crashes)))" }
        buffer.write("worst: " + (versions.isEmpty ? "-" : versions.joined(separator: " \(sep) ")),
                     x: body.x, y: y, style: .muted, maxWidth: body.width)
        y += 1
        guard y < body.maxY else { return }

        let table = Table(
            columns: [.init("CRASH GROUP", width: .fill(min: 8)), .init("USERS", width: .fixed(7), alignRight: true),
                      .init("TIMES", width: .fixed(7), alignRight: true)],
            rows: crashes.topGroups.map { g in
                [g.displayReason ?? g.name ?? g.reason ?? g.hash, g.numUniqueSessions.map(CountText.of) ?? "-",
                 g.totalOccurrences.map(CountText.of) ?? "-"]
            })
        table.render(Rect(x: body.x, y: y, width: body.width, height: body.maxY - y), into: &buffer)
    }
}
