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
    /// The flash message, if one is showing: it takes the status bar's row. Drawn as given;
    /// its holder drops it when it expires.
    public var flash: FlashMessage<Date>?
    /// Each service's request budget, e.g. "tinylytics 112/1000 an hour".
    public var budgets: [String]

    public init(state: DashboardState, data: DashboardData, keyMap: KeyMap = .standard,
                flash: FlashMessage<Date>? = nil, budgets: [String] = []) {
        self.state = state
        self.data = data
        self.keyMap = keyMap
        self.flash = flash
        self.budgets = budgets
    }

    public static let minimumSize = Size(width: 50, height: 12)

    /// Where the overview's four panes go: a 2×2 grid from 100 columns, a stack below.
    public static let paneGrid = PaneGrid(columns: 2, compactBelow: 100)

    /// The overview's panes in `area`, in `Pane` order.
    public static func paneRects(_ area: Rect) -> [Rect] { paneGrid.cells(count: Pane.allCases.count, in: area) }

    public func render(into buffer: inout Buffer, context: PaneContext) {
        let tooSmall = TooSmall(minimum: Self.minimumSize)
        guard !tooSmall.applies(to: buffer.size) else {
            tooSmall.render(buffer.area, into: &buffer)
            return
        }
        let (top, rest) = buffer.area.splitTop(1)
        let (main, bar) = rest.splitBottom(1)
        header(top, into: &buffer, context: context)
        switch state.route {
        case .overview: overview(main, into: &buffer, context: context)
        case .timeline:
            TimelineView(timeline: data.timeline, range: state.timelineRange, t0: data.t0, historyProblem: data.historyProblem,
                         marker: state.replay?.moment ?? state.timelineCursor.flatMap { data.timeline?.cursor(back: $0).moment })
                .render(main, into: &buffer, context: context)
        default: drillDown(main, into: &buffer, context: context)
        }
        statusBar(bar, into: &buffer)
        if state.helpShown { KeyHelp.overlay(keyMap).render(main, into: &buffer) }
    }

    /// What keys need to know of the current screen's list at this size.
    public func listContext(size: Size, now: Date) -> DashboardState.ListContext {
        let page = max(1, size.height - 6)
        if let list = ListModel.of(state.route, data: data, now: now)?.filtered(by: state.filter) {
            return list.context(pageSize: page)
        }
        let drillDown = data.drillDown(for: state.route)
        if case .versions(let board)? = drillDown.value {
            let body = DrillDownView.bodySize(size, failing: drillDown.error != nil)
            return .init(count: VersionsView(board: board).positions(in: body), pageSize: body.height - VersionsView.headRows)
        }
        if let drill = drillDown.value, let detail = DetailModel.of(drill, now: now, data: data) {
            return .init(count: detail.lines.count, pageSize: page)
        }
        return .none
    }

    /// The bottom row: the command being typed, else the flash message, else the key hints
    /// with each service's request budget on the right.
    private func statusBar(_ area: Rect, into buffer: inout Buffer) {
        if case .command(let line, let candidates) = state.input {
            CommandPrompt(text: line, candidates: candidates).render(area, into: &buffer)
        } else if let flash {
            flash.render(area, into: &buffer)
        } else {
            StatusBar(hints: KeyHelp.hints(state, keyMap), note: budgets.joined(separator: " \(buffer.glyphs.separator) "))
                .render(area, into: &buffer)
        }
    }

    private func header(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        // The trail leaves 24 columns for what the right side says.
        let trail = Rect(x: area.x + 1, y: area.y, width: area.width - 25, height: 1)
        let x = trail.x + Breadcrumbs(["launchdeck"] + state.navigation.breadcrumbs).render(trail, into: &buffer)
        var right: [(String, Style)] = []
        // The comparison's parts go together: none of it rather than half.
        var together = 0
        if let comparison = data.comparison {
            right += Self.sinceT0(comparison, separator: buffer.glyphs.separator)
            together = right.count
        }
        if state.frozen { right.append(("FROZEN", Style(.warning, bold: true, reverse: true))) }
        if context.demo { right.append(("DEMO", Style(.warning, bold: true, reverse: true))) }
        if !data.dataNotes.isEmpty {
            // Says once, quietly, that some field was not shown; `:open notes` lists them.
            let n = data.dataNotes.count
            right.append(("\(n) unread field\(n == 1 ? "" : "s") (:open notes)", Style(.warning)))
        }
        if let replay = state.replay {
            // Replay says so where the clock is, with the moment shown (context.now is it).
            right.append(("REPLAY", Style(.accent, bold: true, reverse: true)))
            right.append((ClockText.hhmmss(context.now) + " UTC \u{00D7}\(replay.speed) " + (replay.playing ? "playing" : "paused"),
                          Style(.accent, bold: true)))
        } else {
            right.append((ClockText.hhmm(context.now) + " UTC", .muted))
        }
        // What does not fit goes from the left: the clock (or REPLAY) always stays.
        var width = right.reduce(0) { $0 + TextWidth.of($1.0) + 1 }
        while right.count > 1, area.maxX - 1 - width <= x {
            for _ in 0..<max(1, together) { width -= TextWidth.of(right.removeFirst().0) + 1 }
            together = 0
        }
        var rx = area.maxX - 1 - width
        for (text, style) in right {
            rx += buffer.write(text, x: rx, y: area.y, style: style) + 1
        }
    }

    /// `T0 +14m · traffic ×3.0 · crash +0.88 pts`: since the launch against the span before it.
    static func sinceT0(_ c: LaunchComparison, separator: Character) -> [(String, Style)] {
        let when = c.elapsed >= 0 ? "T0 +" + AgeText.of(c.elapsed) : "T0 in " + AgeText.of(-c.elapsed)
        var text = when
        if let ratio = c.trafficRatio { text += " \(separator) traffic \u{00D7}" + String(cFormat: "%.1f", ratio) }
        var parts: [(String, Style)] = [(text, Style(.warning))]
        if let delta = c.crashDelta {
            let role: Role = delta > 0.2 ? .bad : (delta < -0.2 ? .good : .muted)
            parts.append(("\(separator) crash " + String(cFormat: "%+.2f", delta) + " pts", Style(role)))
        }
        return parts
    }

    private func overview(_ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        if state.zoomed {
            pane(state.focus, area, into: &buffer, context: context)
            return
        }
        let rects = Self.paneRects(area)
        for (pane, rect) in zip(Pane.allCases, rects) { self.pane(pane, rect, into: &buffer, context: context) }
    }

    private func pane(_ pane: Pane, _ area: Rect, into buffer: inout Buffer, context: PaneContext) {
        let context = context.refreshing(every: data.interval(pane))
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
