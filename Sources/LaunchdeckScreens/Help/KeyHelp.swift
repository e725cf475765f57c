import LaunchdeckModel
import TerminalUI

/// What the screen says about keys, all from the key map: the status bar's hints for the
/// current screen and the help overlay's lines, so both list exactly what the keys do.
enum KeyHelp {
    /// The hints for the current screen, most useful first; an action with no key is left out.
    static func hints(_ state: DashboardState, _ keyMap: KeyMap) -> [StatusBar.Hint] {
        var list: [(Action, String)] = [(.help, "help"), (.quit, "quit")]
        if state.route == .overview {
            list += [(.open, "open"), (.nextPane, "pane"), (.zoom, state.zoomed ? "unzoom" : "zoom"), (.timeline, "timeline")]
        } else if state.route == .timeline {
            list += [(.back, "back"), (.pageUp, "shorter"), (.pageDown, "longer")]
        } else {
            list += [(.back, "back"), (.filter, "filter"), (.open, "open")]
        }
        list += [(.refresh, "refresh"), (.command, "command"), (.freeze, state.frozen ? "unfreeze" : "freeze")]
        return list.compactMap { action, label in keyMap.keys(for: action).first.map { StatusBar.Hint($0.name, label) } }
    }

    /// One line per action, except that the four pane keys share a line when each has one key.
    static func entries(_ keyMap: KeyMap) -> [StatusBar.Hint] {
        let panes: [Action] = [.pane1, .pane2, .pane3, .pane4]
        let paneKeys = panes.map { keyMap.keys(for: $0) }
        let groupPanes = paneKeys.allSatisfy { $0.count == 1 }
        var out: [StatusBar.Hint] = []
        for binding in keyMap.bindings where !binding.keys.isEmpty {
            if groupPanes, panes.contains(binding.action) {
                if binding.action == .pane1 {
                    out.append(.init(paneKeys.map { $0[0].name }.joined(separator: " "),
                                     "focus the Web, Experiments, Push or Crashes pane"))
                }
                continue
            }
            out.append(.init(binding.keys.map(\.name).joined(separator: " "), binding.action.summary))
        }
        return out
    }

    /// Under the keys: the commands, then (when there is room) where each number is explained.
    static let notes = [
        // The commands, one word each (":site :app …"): they read as commands by their colons.
        CommandCatalog.names.map { ":" + $0 }.joined(separator: " "),
        "what each number means and where it comes from: :open figures",
        "app versions: :open versions \u{00B7} a Taplytics user: :user ID, USER_ID or EMAIL",
    ]

    static func overlay(_ keyMap: KeyMap) -> HelpOverlay {
        HelpOverlay(title: "Keys", status: "any key closes", entries: entries(keyMap), notes: notes)
    }
}
