import LaunchdeckModel
import TerminalUI

/// What the screen says about keys, all from the key map: the status bar's hints for the
/// current screen and the help overlay's lines, so both list exactly what the keys do.
enum KeyHelp {
    /// The hints for the current screen, most useful first; an action with no key is left out.
    static func hints(_ state: DashboardState, _ keyMap: KeyMap) -> [StatusBar.Hint] {
        var list: [(Action, String)] = [(.help, "help"), (.quit, "quit")]
        if let replay = state.replay {
            list += [(.back, "live"), (.play, replay.playing ? "pause" : "play"), (.stepBack, "back"), (.stepForward, "forward"),
                     (.slower, "slower"), (.faster, "faster")]
        } else if state.route == .overview {
            list += [(.open, "open"), (.nextPane, "pane"), (.zoom, state.zoomed ? "unzoom" : "zoom"), (.timeline, "timeline")]
        } else if state.route == .timeline {
            list += [(.back, "back"), (.stepBack, "cursor")]
            if state.timelineCursor != nil { list += [(.open, "replay")] }
            list += [(.pageUp, "shorter"), (.pageDown, "longer")]
        } else {
            list += [(.back, "back"), (.filter, "filter"), (.open, "open")]
        }
        list += [(.refresh, "refresh"), (.command, "command"), (.freeze, state.frozen ? "unfreeze" : "freeze")]
        return list.compactMap { action, label in keyMap.keys(for: action).first.map { StatusBar.Hint($0.name, label) } }
    }

    /// Actions that share one help line (their keys in this order) when each has a key, with
    /// what the line says: at 24 rows every key and every `:` command fit.
    static let groups: [(actions: [Action], summary: String)] = [
        ([.nextPane, .previousPane], "focus the next / previous pane"),
        ([.up, .down], "move up / down"),
        ([.pageUp, .pageDown], "a page up / down (timeline: range)"),
        ([.pane1, .pane2, .pane3, .pane4], "focus the Web, Experiments, Push or Crashes pane"),
        ([.home, .end], "go to the first / last row"),
        ([.refresh, .refreshAll], "refresh the focused pane / everything now"),
        ([.stepBack, .stepForward, .play, .slower, .faster], "replay: step, play, slower, faster"),
    ]

    static func entries(_ keyMap: KeyMap) -> [StatusBar.Hint] {
        let grouped = groups.filter { group in group.actions.allSatisfy { !keyMap.keys(for: $0).isEmpty } }
        var out: [StatusBar.Hint] = []
        for binding in keyMap.bindings where !binding.keys.isEmpty {
            if let group = grouped.first(where: { $0.actions.contains(binding.action) }) {
                if binding.action == group.actions[0] {
                    out.append(.init(group.actions.flatMap { keyMap.keys(for: $0).map(\.name) }.joined(separator: " "), group.summary))
                }
                continue
            }
            out.append(.init(binding.keys.map(\.name).joined(separator: " "), binding.action.summary))
        }
        return out
    }

    /// Under the keys: the commands (wrapped onto as many rows as they need), then, when there
    /// is room, where each number is explained and where the extra screens are.
    static let notes = [
        // The commands, one word each (":site :app …"): they read as commands by their colons.
        CommandCatalog.names.map { ":" + $0 }.joined(separator: " "),
        "what each number means and where it comes from: :open figures",
        "content, insights, kudos: the Hits list's last rows, or :open NAME",
        "app versions: :open versions \u{00B7} a Taplytics user: :user ID, USER_ID or EMAIL",
    ]

    static func overlay(_ keyMap: KeyMap) -> HelpOverlay {
        HelpOverlay(title: "Keys", status: "any key closes", entries: entries(keyMap), notes: notes)
    }
}
