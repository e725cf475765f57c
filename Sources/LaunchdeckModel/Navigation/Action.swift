/// Everything a key can do on the dashboard. The raw value is the name used in the
/// config's `[keys]` table (`refresh-all = ["R", "C-r"]`).
public enum Action: String, CaseIterable, Sendable, Hashable {
    case open
    case back
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case pane1 = "pane-1"
    case pane2 = "pane-2"
    case pane3 = "pane-3"
    case pane4 = "pane-4"
    case up
    case down
    case pageUp = "page-up"
    case pageDown = "page-down"
    case home
    case end
    case filter
    case command
    case refresh
    case refreshAll = "refresh-all"
    case zoom
    case freeze
    case timeline
    case stepBack = "step-back"
    case stepForward = "step-forward"
    case play
    case slower
    case faster
    case help
    case quit

    /// What help says the action does.
    public var summary: String {
        switch self {
        case .open: "open the selected pane or row"
        case .back: "go back one screen (clears a filter first)"
        case .nextPane: "focus the next pane"
        case .previousPane: "focus the previous pane"
        case .pane1: "focus the Web pane"
        case .pane2: "focus the Experiments pane"
        case .pane3: "focus the Push pane"
        case .pane4: "focus the Crashes pane"
        case .up: "move up"
        case .down: "move down"
        case .pageUp: "scroll up a page"
        case .pageDown: "scroll down a page"
        case .home: "go to the first row"
        case .end: "go to the last row"
        case .filter: "filter the current list"
        case .command: "open the command line"
        case .refresh: "refresh the focused pane now"
        case .refreshAll: "refresh everything now"
        case .zoom: "zoom the focused pane to the whole screen"
        case .freeze: "freeze the screen until pressed again"
        case .timeline: "open the timeline: the launch over time"
        case .stepBack: "replay: a poll back (timeline: cursor back)"
        case .stepForward: "replay: a poll forward (timeline: cursor forward)"
        case .play: "replay: play or pause"
        case .slower: "replay: slower (×60 to ×1)"
        case .faster: "replay: faster (×1 to ×60)"
        case .help: "show this help"
        case .quit: "quit"
        }
    }
}
