#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

/// The one thread that touches the terminal: wait for an event (or a short timeout), apply
/// the newest data from the hub, render into a buffer, and let the terminal send only the
/// cells that changed. Keys go through the one key map into the navigation state; what
/// they ask for beyond navigation goes to the effect interpreter.
@MainActor
final class EventLoop {
    enum Outcome: Equatable {
        case quit
        case hangup
        /// A termination signal: the caller restores the terminal and re-raises it.
        case signal(Int32)
    }

    private let hub: DataHub
    private var terminal: any InteractiveBackend
    private let keyMap: KeyMap
    private let demo: Bool
    private let clock: () -> Date
    private let effects: EffectInterpreter
    private var state = DashboardState()
    private var data: DashboardData
    private var flashes: FlashQueue
    /// Insight signals detected today, each said once on the flash line.
    private var signals = SignalNotice()
    private var alerts: AlertRouter
    private var leaderboard: LeaderboardPaging
    private let themes: [String]
    /// The `DecodeNoteLog` version `data.dataNotes` was read at.
    private var notesVersion = 0
    /// When and for which range the history was last asked for (the header's figures, the timeline).
    private var historyAsked: (at: Date, range: TimelineRange)?
    /// Reads the history off this thread; its answers arrive like the panes' data.
    private let reader: HistoryReader
    private var replay = ReplayDriver()
    /// `--at`: the moment to replay from the start, carried out on the first turn.
    private var startAt: ReplayMove?

    /// What `:` completes: themes, and the sites and apps the services know.
    private var commands: CommandCatalog {
        let names = hub.names
        return CommandCatalog(themes: themes, sites: names.sites, apps: names.apps)
    }

    init(hub: DataHub, terminal: any InteractiveBackend, config: AppConfig, environment: [String: String],
         replayAt: ReplayMove? = nil, clock: @escaping () -> Date = { Date() }) {
        self.hub = hub
        startAt = replayAt
        reader = HistoryReader(history: hub.history.history, wake: hub.wake)
        self.terminal = terminal
        self.clock = clock
        keyMap = config.keyMap
        demo = hub.services.isDemo
        effects = EffectInterpreter(hub: hub, environment: environment)
        alerts = AlertRouter(rules: config.alerts, ui: config.configuration.ui)
        leaderboard = LeaderboardPaging(accountZone: config.configuration.tinylytics.accountTimeZone)
        flashes = FlashQueue(waiting: config.warnings.map { ("config: " + $0, true) }, clock: clock)
        data = hub.services.emptyData()
        // T0: the config's; else, for real services, the one `:t0` kept in the history; the
        // demo's is its own launch (a kept one belongs to an earlier run's launch).
        data.t0 = config.t0 ?? (hub.services.isDemo ? hub.services.demoLaunch
                                 : hub.history.history.meta("t0").flatMap(Timestamp.parse))
        data.alertRules = config.alerts.count
        themes = ThemeLoader.available(environment: environment, executable: ThemeLoader.runningExecutable)
    }

    /// Runs until `q`, a hang-up or a termination signal.
    func run() -> Outcome {
        var lastFrame: Buffer?
        while true {
            let now = clock()
            if let move = startAt {
                startAt = nil
                flashes.say(replay.go(move, state: &state, data: data, now: now))
            }
            if !state.frozen {
                let updates = hub.drain()
                apply(updates, at: now)
                if let message = replay.tick(state: &state, now: now) { flashes.say(message) }
                readHistory(at: now, updated: !updates.isEmpty)
                if DecodeNoteLog.shared.version != notesVersion {
                    notesVersion = DecodeNoteLog.shared.version
                    data.dataNotes = DataNote.current()
                }
            }
            // History that turned off (locked, full, damaged) says so once; the dashboard goes on.
            if let problem = hub.history.history.takeProblem() {
                flashes.enqueue(problem.summary + " (the path is printed when you quit)", isError: true)
            }
            flashes.advance(to: now)
            let screen = DashboardScreen(state: state, data: replay.shown(data, state: state), keyMap: keyMap,
                                         flash: flashes.shown, budgets: hub.budgets)
            var buffer = Buffer(size: terminal.size, glyphs: terminal.glyphs)
            // Replay draws as of its moment: ages and "now" are the moment's.
            screen.render(into: &buffer, context: PaneContext(now: state.replay?.moment ?? now, demo: demo))
            if buffer != lastFrame {
                terminal.draw(buffer)
                lastFrame = buffer
            }
            // Playing a replay moves the header's clock: a turn every quarter second.
            let wait = state.replay?.playing == true ? 250 : NextWake.milliseconds(data: data, flashes: flashes, now: now)
            switch terminal.nextEvent(timeoutMilliseconds: wait) {
            case .key(let key):
                let list = screen.listContext(size: terminal.size, now: now)
                if handle(key, list: list) {
                    terminal.close()
                    return .quit
                }
            case .signal(SIGTSTP):
                terminal.suspend()
                lastFrame = nil
            case .signal(let signal):
                return .signal(signal)
            case .hangup:
                terminal.close()
                return .hangup
            case .resize:
                lastFrame = nil
            case .wake, .timeout:
                break
            }
        }
    }

    /// `:t0`: the launch's moment for the charts and the comparison, kept in the history so
    /// `launchdeck export --since T0` and the next run know it.
    private func setT0(_ setting: T0Setting) {
        let now = clock()
        data.t0 = setting.resolve(now: now)
        hub.history.history.setMeta("t0", data.t0.map(Timestamp.format))
        historyAsked = nil
        flashes.say(data.t0.map { "T0 " + Timestamp.format($0) + " (UTC)" } ?? "T0 cleared")
    }

    /// Asks the history reader for what the screen needs from the history: since T0 for the
    /// header, the timeline when it is on screen (at first, when the range changes, after new
    /// data at most every 5 s, else every 30 s), and replay's frame when the moment needs one.
    /// Takes the reader's newest answer first.
    private func readHistory(at now: Date, updated: Bool) {
        if let answer = reader.answers.take() {
            data.comparison = answer.comparison
            if answer.request.timeline != nil || state.route != .timeline { data.timeline = answer.timeline }
            replay.arrived(answer.frame, state: state)
        }
        let wanted = state.route == .timeline
        let frameAt = replay.wanted(state)
        if frameAt == nil, let asked = historyAsked, asked.range == state.timelineRange, data.timeline != nil || !wanted {
            let age = now.timeIntervalSince(asked.at)
            guard (updated && age >= 5) || age >= 30 else { return }
        }
        historyAsked = (now, state.timelineRange)
        if wanted {
            data.historyProblem = hub.history.history.problem?.summary
                ?? (hub.history.history.isOn ? nil : "history is off ([history] enabled = false): the timeline has nothing to show")
        }
        reader.ask(.init(now: now, t0: data.t0, site: data.web.value?.site.id, app: data.crashes.value?.appID,
                         timeline: wanted ? state.timelineRange : nil, replay: frameAt ?? state.replay?.moment, route: state.route,
                         drillSource: DrillWatch(route: state.route, query: leaderboard.query(for: state))?.key))
    }

    /// One key: into the navigation state, then its effects and the leaderboard's pages.
    /// True when the app should quit.
    private func handle(_ key: Key, list: DashboardState.ListContext) -> Bool {
        let before = state.route
        guard let (action, effects) = dispatch(key, list: list) else { return false }
        if state.route != before, !effects.contains(where: { if case .opened = $0 { true } else { false } }) {
            hub.open(state.route, query: leaderboard.query(for: state))
        }
        for effect in effects {
            if case .setT0(let setting) = effect { setT0(setting) }
            if case .replay(let move) = effect { flashes.say(replay.go(move, state: &state, data: data, now: clock())) }
            if self.effects.perform(effect, route: state.route, query: leaderboard.query(for: state), terminal: terminal,
                                    flashes: &flashes) {
                return true
            }
        }
        if leaderboard.follow(action, state: state, data: data, pageSize: list.pageSize) {
            hub.open(.leaderboard, query: leaderboard.query(for: state))
        }
        return false
    }

    /// The one place a key meets the navigation state: a click through the mouse's actions,
    /// any other key through the key map. Gives what the key did in normal input (the
    /// leaderboard reads other pages on `G` and `g`) and its effects; nil when a click hit nothing.
    private func dispatch(_ key: Key, list: DashboardState.ListContext) -> (action: Action?, effects: [Effect])? {
        if case .mouse(let event) = key {
            guard let clicked = MouseActions.action(for: event, state: state, size: terminal.size) else { return nil }
            return (clicked, state.perform(clicked, list: list))
        }
        let action = state.input == .normal && !state.helpShown ? keyMap.action(for: key) : nil
        return (action, state.handle(key: key, keyMap: keyMap, list: list, commands: commands))
    }

    /// Stores the newest updates; what they make fire goes out through the alert router.
    private func apply(_ updates: [DataHub.Update], at now: Date) {
        var fired: [FiredAlert] = []
        for update in updates {
            fired += alerts.observe(update, replacing: data, at: now)
            switch update {
            case .web(let value):
                for line in value.value.map({ signals.news(in: $0, now: now) }) ?? [] { flashes.enqueue(line, isError: false) }
                data.web = value
            case .experiments(let value): data.experiments = value
            case .pushes(let value):
                data.pushes = value
                data.silentAlertRules = alerts.silent
            case .crashes(let value): data.crashes = value
            case .drill(let route, let value):
                data.drillDown = (route, value)
                leaderboard.arrived(value, state: &state)
            }
        }
        guard !fired.isEmpty else { return }
        hub.recordAlerts(fired, at: now)
        data.alerts = alerts.history
        alerts.deliver(fired, to: &flashes, terminal: terminal)
    }
}
