import LaunchdeckClient
import LaunchdeckModel
import TerminalUI

/// The bottom line: the command line or filter being typed, else a flash message, else the
/// key hints that fit and each service's request budget.
struct StatusBar: Sendable {
    var state: DashboardState
    var keyMap: KeyMap
    var flash: (text: String, isError: Bool)?
    var budgets: [String]

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        if case .command(let line, let candidates) = state.input {
            var x = area.x
            x += buffer.write(":", x: x, y: area.y, style: Style(.accent, bold: true))
            x += buffer.write(line, x: x, y: area.y, style: .text, maxWidth: area.width - 2)
            buffer.write("_", x: x, y: area.y, style: Style(.accent, bold: true))
            if candidates.count > 1 {
                let list = candidates.joined(separator: "  ")
                let room = area.maxX - x - 3
                if room > 8 { buffer.write(list, x: x + 2, y: area.y, style: .muted, maxWidth: room) }
            }
            return
        }
        if let flash {
            buffer.write(flash.text, x: area.x + 1, y: area.y, style: Style(flash.isError ? .bad : .accent, bold: flash.isError),
                         maxWidth: area.width - 2)
            return
        }
        let budgetText = budgets.joined(separator: " \(buffer.glyphs.separator) ")
        let budgetWidth = TextWidth.of(budgetText)
        var x = area.x + 1
        let limit = area.maxX - (budgetWidth > 0 ? budgetWidth + 2 : 0)
        for (action, label) in hints {
            guard let key = keyMap.keys(for: action).first?.name else { continue }
            let width = TextWidth.of(key) + 1 + TextWidth.of(label) + 2
            guard x + width <= limit else { break }  // a hint that does not fit is dropped whole
            x += buffer.write(key, x: x, y: area.y, style: Style(.accent, bold: true))
            x += buffer.write(" " + label + "  ", x: x, y: area.y, style: .muted)
        }
        if budgetWidth > 0, budgetWidth + 2 < area.width {
            buffer.write(budgetText, x: area.maxX - budgetWidth - 1, y: area.y, style: .muted)
        }
    }

    /// The hints for the current screen, most useful first.
    private var hints: [(Action, String)] {
        var list: [(Action, String)] = [(.help, "help"), (.quit, "quit")]
        if state.route == .overview {
            list += [(.open, "open"), (.nextPane, "pane"), (.zoom, state.zoomed ? "unzoom" : "zoom")]
        } else {
            list += [(.back, "back"), (.filter, "filter"), (.open, "open")]
        }
        list += [(.refresh, "refresh"), (.command, "command"), (.freeze, state.frozen ? "unfreeze" : "freeze")]
        return list
    }
}

/// The status bar's budget texts.
public enum BudgetText {
    /// Apteligent: `apt 4/20/min`, the calls launchdeck sent in the last minute of the
    /// limit; then, while the server's bucket lasts, `· avg 18/min`: its
    /// `Rate-Limit-Remaining` is the average calls a minute that can still be made until its
    /// reset (seed 003), not a count of calls left. The seconds to the reset are left out: a
    /// countdown would redraw the status bar every time the budgets are read (the benchmark's
    /// one-number frame went from 24 to 90 bytes with it).
    public static func apteligent(_ state: RateBudget.State) -> String {
        var text = "apt \(state.used)/\(state.limit)/min"
        if let server = state.server { text += " \u{00B7} avg \(server.perMinute)/min" }
        return text
    }
}

/// Help over the screen, generated from the key map: it lists exactly what the keys do.
struct HelpOverlay: Sendable {
    var keyMap: KeyMap

    /// One line per action, except that the four pane keys share a line when each has one key.
    static func entries(_ keyMap: KeyMap) -> [(keys: String, text: String)] {
        let panes: [Action] = [.pane1, .pane2, .pane3, .pane4]
        let paneKeys = panes.map { keyMap.keys(for: $0) }
        let groupPanes = paneKeys.allSatisfy { $0.count == 1 }
        var out: [(String, String)] = []
        for binding in keyMap.bindings where !binding.keys.isEmpty {
            if groupPanes, panes.contains(binding.action) {
                if binding.action == .pane1 {
                    out.append((paneKeys.map { $0[0].name }.joined(separator: " "),
                                "focus the Web, Experiments, Push or Crashes pane"))
                }
                continue
            }
            out.append((binding.keys.map(\.name).joined(separator: " "), binding.action.summary))
        }
        return out
    }

    static let footer = "commands: :site :app :range :group :zone :theme :open :refresh :help :quit"
    /// Under the commands when there is room: where each number is explained.
    static let figuresLine = "what each number means and where it comes from: :open figures"

    func render(_ area: Rect, into buffer: inout Buffer) {
        let entries = Self.entries(keyMap)
        let keyWidth = min(18, entries.map { TextWidth.of($0.keys) }.max() ?? 0)
        let textWidth = entries.map { TextWidth.of($0.text) }.max() ?? 0
        let width = min(area.width - 2, max(keyWidth + 3 + textWidth, TextWidth.of(Self.footer)) + 4)
        let height = min(area.height, entries.count + 4)
        guard width > 10, height > 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box)
        let inner = Block(title: "Keys", status: [("any key closes", .muted)], borderStyle: Style(.accent, bold: true))
            .render(box, into: &buffer)
        let showFooter = inner.height > entries.count
        let showFigures = inner.height > entries.count + 1
        let rows = inner.height - (showFooter ? 1 : 0) - (showFigures ? 1 : 0)
        let shown = entries.count > rows ? rows - 1 : entries.count
        for (i, entry) in entries.prefix(max(0, shown)).enumerated() {
            let y = inner.y + i
            buffer.write(Truncate.pad(entry.keys, keyWidth, alignRight: false, ellipsis: buffer.glyphs.ellipsis),
                         x: inner.x + 1, y: y, style: Style(.accent, bold: true))
            buffer.write(entry.text, x: inner.x + 2 + keyWidth, y: y, style: .text, maxWidth: inner.maxX - inner.x - keyWidth - 3)
        }
        if shown < entries.count, shown >= 0 {
            buffer.write("\(entries.count - shown) more: make the terminal taller", x: inner.x + 1, y: inner.y + shown,
                         style: .muted, maxWidth: inner.width - 2)
        }
        if showFooter { buffer.write(Self.footer, x: inner.x + 1, y: inner.maxY - 1, style: .muted, maxWidth: inner.width - 2) }
        if showFigures {
            buffer.write(Self.figuresLine, x: inner.x + 1, y: inner.maxY - 2, style: .muted, maxWidth: inner.width - 2)
        }
    }
}
