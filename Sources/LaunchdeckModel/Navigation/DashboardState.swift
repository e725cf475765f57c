import TerminalInput

/// What the user is doing, as one value: where they are, what is focused, selected, filtered,
/// typed. Keys change it through `handle`, which returns the effects for the app to carry out.
/// No I/O, no clock: everything here is testable as plain values.
public struct DashboardState: Sendable, Equatable {
    public enum Input: Sendable, Equatable {
        case normal
        case filter
        /// The command line, with the candidates the last Tab offered.
        case command(line: String, candidates: [String])
    }

    public var navigation = NavigationStack()
    public var focus: Pane = .web
    public var zoomed = false
    public var frozen = false
    public var helpShown = false
    public var input: Input = .normal
    /// The filter text of each list screen (absent: no filter).
    public var filters: [Route: String] = [:]
    /// The selected row of each list screen.
    public var selection: [Route: Int] = [:]
    public var range: HitsRange = .today
    public var grouping: HitsGrouping = .path
    public var zone: HitsZone = .utc
    /// How far back the timeline looks (PgUp shorter, PgDn longer on the timeline).
    public var timelineRange: TimelineRange = .hour
    /// The timeline's cursor, in buckets back from its right edge (nil: no cursor).
    public var timelineCursor: Int?
    /// Replaying the history at a moment instead of showing live data (nil: live).
    public var replay: Replay?

    public init() {}

    public var route: Route { navigation.current }
    public var filter: String? { filters[route] }
    public var selectedRow: Int { selection[route] ?? 0 }

    /// The list on the current screen, as far as keys need to know it.
    public struct ListContext: Sendable {
        public var count: Int
        public var pageSize: Int
        /// Where Enter on row i leads, if anywhere.
        public var destination: @Sendable (Int) -> Route?

        public init(count: Int, pageSize: Int, destination: @escaping @Sendable (Int) -> Route? = { _ in nil }) {
            self.count = count
            self.pageSize = max(1, pageSize)
            self.destination = destination
        }

        public static let none = ListContext(count: 0, pageSize: 1)
    }

    /// Handles one key.
    public mutating func handle(key: Key, keyMap: KeyMap, list: ListContext = .none,
                                commands: CommandCatalog = CommandCatalog()) -> [Effect] {
        if helpShown {
            // Help is a modal: any key closes it, and does nothing else.
            helpShown = false
            return []
        }
        switch input {
        case .filter: return handleFilter(key: key)
        case .command(let line, _): return handleCommand(key: key, line: line, commands: commands)
        case .normal: break
        }
        guard let action = keyMap.action(for: key) else { return [] }
        return perform(action, list: list)
    }

    /// Carries out an action (from a key, or from help and tests).
    public mutating func perform(_ action: Action, list: ListContext = .none) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .help: helpShown = true
        case .freeze:
            frozen.toggle()
            return [.flash(frozen ? "frozen: data stops updating until f" : "live again", isError: false)]
        case .zoom: if route == .overview { zoomed.toggle() }
        case .nextPane: focus(focus.next)
        case .previousPane: focus(focus.previous)
        case .pane1: focus(.web)
        case .pane2: focus(.experiments)
        case .pane3: focus(.push)
        case .pane4: focus(.crashes)
        case .up: move(to: selectedRow - 1, list: list)
        case .down: move(to: selectedRow + 1, list: list)
        case .stepBack, .stepForward, .play, .slower, .faster: return replayKey(action)
        case .open where route == .timeline && replay == nil && timelineCursor != nil: return [.replay(.cursor)]
        case .back where replay != nil:
            replay = nil
            return [.replay(.live)]
        case .pageUp where route == .timeline: return stepTimeline(by: -1)
        case .pageDown where route == .timeline: return stepTimeline(by: 1)
        case .pageUp: move(to: selectedRow - list.pageSize, list: list)
        case .pageDown: move(to: selectedRow + list.pageSize, list: list)
        case .home: move(to: 0, list: list)
        case .end: move(to: list.count - 1, list: list)
        case .filter: if route != .overview { input = .filter; filters[route] = filters[route] ?? "" }
        case .command: input = .command(line: "", candidates: [])
        case .refresh: return route == .overview ? [.refreshPane(focus)] : [.refreshScreen(route)]
        case .refreshAll: return [.refreshAll]
        case .open: return open(list: list)
        case .timeline:
            guard route != .timeline else { return [] }
            zoomed = false
            navigation.push(.timeline)
            return [.opened(.timeline)]
        case .back: back()
        }
        return []
    }

    /// The next shorter (-1) or longer (+1) timeline range, if there is one.
    private mutating func stepTimeline(by step: Int) -> [Effect] {
        let all = TimelineRange.allCases
        guard let index = all.firstIndex(of: timelineRange), all.indices.contains(index + step) else { return [] }
        timelineRange = all[index + step]
        timelineCursor = nil
        return [.flash("timeline: the last \(timelineRange.rawValue)", isError: false)]
    }

    /// The replay keys: step, play, speed; on the timeline (live) `[` and `]` move its cursor.
    private mutating func replayKey(_ action: Action) -> [Effect] {
        guard var replaying = replay else {
            switch action {
            case .stepBack where route == .timeline: timelineCursor = (timelineCursor ?? -1) + 1
            case .stepForward where route == .timeline: timelineCursor = timelineCursor.flatMap { $0 > 0 ? $0 - 1 : nil }
            default: return [.flash("not replaying: :at 18:14 (or Enter on the timeline's cursor) replays the history",
                                    isError: false)]
            }
            return []
        }
        switch action {
        case .stepBack: return [.replay(.step(-1))]
        case .stepForward: return [.replay(.step(1))]
        case .play: replaying.playing.toggle()
        case .slower: replaying.slower()
        case .faster: replaying.faster()
        default: break
        }
        replay = replaying
        return []
    }

    private mutating func focus(_ pane: Pane) {
        if route != .overview { navigation.popToRoot() }
        focus = pane
    }

    private mutating func move(to row: Int, list: ListContext) {
        guard list.count > 0 else { return }
        selection[route] = min(max(0, row), list.count - 1)
    }

    private mutating func open(list: ListContext) -> [Effect] {
        let target: Route?
        if route == .overview {
            zoomed = false
            target = focus.drillDown
        } else {
            target = list.count > 0 ? list.destination(min(selectedRow, list.count - 1)) : nil
        }
        guard let target else { return [] }
        navigation.push(target)
        return [.opened(target)]
    }

    private mutating func back() {
        if zoomed {
            zoomed = false
        } else if filters[route] != nil {
            filters[route] = nil
            selection[route] = 0
        } else {
            navigation.pop()
        }
    }

    private mutating func handleFilter(key: Key) -> [Effect] {
        var text = filters[route] ?? ""
        switch key {
        case .escape:
            filters[route] = nil
            input = .normal
        case .enter:
            input = .normal
            if text.isEmpty { filters[route] = nil }
        case .backspace:
            if !text.isEmpty { text.removeLast() }
            filters[route] = text
        case .character(let c):
            text.append(c)
            filters[route] = text
        default:
            return []
        }
        selection[route] = 0
        return []
    }

    private mutating func handleCommand(key: Key, line: String, commands: CommandCatalog) -> [Effect] {
        switch key {
        case .escape:
            input = .normal
        case .backspace:
            if line.isEmpty { input = .normal } else { input = .command(line: String(line.dropLast()), candidates: []) }
        case .tab:
            let (completed, candidates) = commands.complete(line)
            input = .command(line: completed, candidates: candidates)
        case .enter:
            input = .normal
            switch commands.parse(line) {
            case .failure(let error): return [.flash(error.message, isError: true)]
            case .success(let command?): return run(command)
            case .success(nil): return []
            }
        case .character(let c):
            input = .command(line: line + String(c), candidates: [])
        default:
            return []
        }
        return []
    }

    /// Carries out a command of the `:` line.
    public mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .quit: return [.quit]
        case .refresh: return [.refreshAll]
        case .help: helpShown = true
        case .theme(let name): return [.setTheme(name)]
        case .site(let site): return [.setSite(site)]
        case .app(let app): return [.setApp(app)]
        case .range(let value):
            range = value
            return [.setRange(value)]
        case .group(let value):
            grouping = value
            return [.setGrouping(value)]
        case .zone(let value):
            zone = value
            return [.setZone(value)]
        case .open(let target):
            navigation.popToRoot()
            navigation.push(target)
            return [.opened(target)]
        case .t0(let setting): return [.setT0(setting)]
        case .at(let move):
            if move == .live { replay = nil }
            return [.replay(move)]
        case .user(let lookup): return run(.open(.user(lookup)))
        }
        return []
    }
}
