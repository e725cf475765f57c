#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import TerminalUI

/// The whole screen: breadcrumbs on top, the current screen (the overview's four panes, a
/// list, or a detail), the status bar at the bottom, and help over everything when asked.
/// Below the minimum size, one "terminal too small" line.
public struct DashboardScreen: Sendable {
    public var state: DashboardState
    public var data: DashboardData
    public var keyMap: KeyMap
    /// The flash line, if one is showing.
    public var flash: (text: String, isError: Bool)?
    /// Each service's request budget, e.g. "tinylytics 112/1000 an hour".
    public var budgets: [String]

    public init(state: DashboardState, data: DashboardData, keyMap: KeyMap = .standard,
                flash: (text: String, isError: Bool)? = nil, budgets: [String] = []) {
        self.state = state
        self.data = data
        self.keyMap = keyMap
        self.flash = flash
        self.budgets = budgets
    }

    public static let minimumSize = Size(width: 50, height: 12)

    public func render(into buffer: inout Buffer, context: PaneContext) {
        let size = buffer.size
        let minimum = Self.minimumSize
        guard size.width >= minimum.width, size.height >= minimum.height else {
            buffer.write("terminal too small: need \(minimum.width)\(buffer.glyphs.times)\(minimum.height)", x: 0, y: 0,
                         style: Style(.warning, bold: true))
            return
        }
        let (top, rest) = buffer.area.splitTop(1)
        let (main, bar) = rest.splitBottom(1)
        header(top, into: &buffer, context: context)
        switch state.route {
        case .overview: overview(main, into: &buffer, context: context)
        default: drillDown(main, into: &buffer, context: context)
        }
        StatusBar(state: state, keyMap: keyMap, flash: flash, budgets: budgets).render(bar, into: &buffer)
        if state.helpShown { HelpOverlay(keyMap: keyMap).render(main, into: &buffer) }
    }

    /// What keys need to know of the current screen's list at this size.
    public func listContext(size: Size, now: Date) -> DashboardState.ListContext {
        let page = max(1, size.height - 6)
        if let list = ListModel.of(state.route, data: data, now: now)?.filtered(by: state.filter) {
            return list.context(pageSize: page)
        }
        if let drill = data.drillDown(for: state.route).value, let detail = DetailModel.of(drill, now: now, data: data) {
            return .init(count: detail.lines.count, pageSize: page)
        }
        return .none
    }

    private func header(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        let arrow = buffer.glyphs.asciiOnly ? ">" : "\u{203A}"
        let crumbs = state.navigation.breadcrumbs.joined(separator: " \(arrow) ")
        var x = area.x + 1
        x += buffer.write("launchdeck", x: x, y: area.y, style: Style(.title, bold: true))
        x += buffer.write(" \(arrow) " + crumbs, x: x, y: area.y, style: .muted, maxWidth: area.maxX - x - 24)
        var right: [(String, Style)] = []
        if state.frozen { right.append(("FROZEN", Style(.warning, bold: true, reverse: true))) }
        if context.demo { right.append(("DEMO", Style(.warning, bold: true, reverse: true))) }
        if !data.dataNotes.isEmpty {
            // Says once, quietly, that some field was not shown; `:open notes` lists them.
            let n = data.dataNotes.count
            right.append(("\(n) unread field\(n == 1 ? "" : "s") (:open notes)", Style(.warning)))
        }
        right.append((ClockText.hhmm(context.now) + " UTC", .muted))
        var rx = area.maxX - 1 - right.reduce(0) { $0 + TextWidth.of($1.0) + 1 }
        for (text, style) in right where rx > x {
            rx += buffer.write(text, x: rx, y: area.y, style: style) + 1
        }
    }

    private func overview(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        if state.zoomed {
            pane(state.focus, area, into: &buffer, context: context)
            return
        }
        let rects = OverviewLayout.rects(area)
        for (pane, rect) in zip(Pane.allCases, rects) { self.pane(pane, rect, into: &buffer, context: context) }
    }

    private func pane(_ pane: Pane, _ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        var context = context
        context.refreshInterval = data.interval(pane)
        let focused = state.focus == pane
        let off = data.offHints[pane]
        switch pane {
        case .web: WebPane(state: data.web, focused: focused, offHint: off).render(area, into: &buffer, context: context)
        case .experiments:
            ExperimentsPane(state: data.experiments, focused: focused, offHint: off).render(area, into: &buffer, context: context)
        case .push: PushPane(state: data.pushes, focused: focused, offHint: off).render(area, into: &buffer, context: context)
        case .crashes:
            CrashesPane(state: data.crashes, focused: focused, offHint: off).render(area, into: &buffer, context: context)
        }
    }

    private func drillDown(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        DrillDownView(state: state, data: data).render(area, into: &buffer, context: context)
    }
}

/// Where the overview's four panes go: a 2×2 grid from 100 columns, a stack below.
public enum OverviewLayout {
    public static func rects(_ area: Rect) -> [Rect] {
        if area.width >= 100 {
            let leftWidth = area.width / 2
            let topHeight = area.height / 2
            let left = Rect(x: area.x, y: area.y, width: leftWidth, height: area.height)
            let right = Rect(x: area.x + leftWidth, y: area.y, width: area.width - leftWidth, height: area.height)
            let (tl, bl) = left.splitTop(topHeight)
            let (tr, br) = right.splitTop(topHeight)
            return [tl, tr, bl, br]
        }
        var rects: [Rect] = []
        var rest = area
        for i in 0..<4 {
            let (top, remaining) = rest.splitTop(rest.height / (4 - i))
            rects.append(top)
            rest = remaining
        }
        return rects
    }
}
