import CursesBackend
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#endif
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens
import TerminalUI

/// The one thread that touches ncurses: wait for a key (or a short timeout), apply the newest
/// data from the hub, render into a buffer, and let the backend send only the cells that
/// changed. Keys go through the one key map into the navigation state; its effects are
/// carried out here.
@MainActor
final class UILoop {
    enum Outcome: Equatable {
        case quit
        case hangup
        case failed(String)
    }

    /// How long the loop may sleep: until an age on screen changes its text or colour, the
    /// clock its minute, or a flash expires (at most 15 s). New data, keys, resizes and
    /// signals wake it at once.
    private func sleepMilliseconds(now: Date) -> Int32 {
        var ages: [(age: TimeInterval, interval: TimeInterval)] = []
        func add<V>(_ state: Loadable<V>, _ pane: Pane) {
            if let age = state.age(at: now) { ages.append((age, data.interval(pane))) }
        }
        add(data.web, .web)
        add(data.experiments, .experiments)
        add(data.pushes, .push)
        add(data.crashes, .crashes)
        if let drill = data.drillDown { add(drill.state, drill.route.pane) }
        var seconds = NextChange.after(ages: ages, now: now)
        if let flash { seconds = min(seconds, max(0.01, flash.until.timeIntervalSince(now))) }
        if flash == nil, !flashQueue.isEmpty { seconds = 0.01 }
        return Int32(((seconds + 0.02) * 1000).rounded(.up))  // just past the change, not just before
    }
    static let flashSeconds: TimeInterval = 4

    private let hub: DataHub
    private let services: Services
    private let keyMap: KeyMap
    private let config: AppConfig
    private let environment: [String: String]
    private var state = DashboardState()
    private var data = DashboardData()
    private var flash: (text: String, isError: Bool, until: Date)?
    /// Messages waiting for the flash line (config warnings at start, alerts).
    private var flashQueue: [(text: String, isError: Bool)] = []
    private var themes: [String] = []
    /// What `:` completes: themes, and the sites and apps the services know.
    private var commands: CommandCatalog {
        let names = hub.names
        return CommandCatalog(themes: themes, sites: names.sites, apps: names.apps)
    }
    private var alerts: AlertEngine
    private var terminal: CursesTerminal?
    /// The `DecodeNoteLog` version `data.dataNotes` was read at.
    private var notesVersion = 0

    init(hub: DataHub, services: Services, config: AppConfig, environment: [String: String]) {
        self.hub = hub
        self.services = services
        self.keyMap = config.keyMap
        self.config = config
        self.environment = environment
        alerts = AlertEngine(rules: config.alerts)
        flashQueue = config.warnings.map { ("config: " + $0, true) }
        data = services.emptyData()
        data.alertRules = config.alerts.count
        themes = ThemeLoader.available(environment: environment, executable: ThemeLoader.runningExecutable)
    }

    func run(theme: Theme, forceASCII: Bool) -> Outcome {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(theme: theme, forceASCII: forceASCII, mouse: config.configuration.ui.mouse,
                                               environment: environment)
        } catch {
            return .failed(error.description)
        }
        self.terminal = terminal
        var lastFrame: Buffer?
        while true {
            let now = Date()
            if !state.frozen {
                apply(hub.drain(), at: now)
                if DecodeNoteLog.shared.version != notesVersion {
                    notesVersion = DecodeNoteLog.shared.version
                    data.dataNotes = DataNote.current()
                }
            }
            if let f = flash, f.until <= now { flash = nil }
            if flash == nil, !flashQueue.isEmpty {
                let next = flashQueue.removeFirst()
                say(next.text, error: next.isError)
            }
            let screen = DashboardScreen(state: state, data: data, keyMap: keyMap,
                                         flash: flash.map { ($0.text, $0.isError) }, budgets: hub.budgets)
            var buffer = Buffer(size: terminal.size, glyphs: terminal.glyphs)
            screen.render(into: &buffer, context: PaneContext(now: now, demo: services.isDemo, refreshInterval: 30))
            if buffer != lastFrame {
                terminal.draw(buffer)
                lastFrame = buffer
            }
            switch terminal.nextEvent(timeoutMilliseconds: sleepMilliseconds(now: now)) {
            case .key(let key):
                let list = screen.listContext(size: terminal.size, now: now)
                let before = state.route
                let effects: [Effect]
                // What the key did in normal input (the leaderboard reads other pages on G and g).
                let action: Action?
                if case .mouse(let event) = key {
                    guard let clicked = MouseActions.action(for: event, state: state, size: terminal.size) else { continue }
                    action = clicked
                    effects = state.perform(clicked, list: list)
                } else {
                    action = state.input == .normal && !state.helpShown ? keyMap.action(for: KeyNames.name(of: key)) : nil
                    effects = state.handle(key: KeyNames.name(of: key), keyMap: keyMap, list: list, commands: commands)
                }
                if state.route != before, !effects.contains(where: { if case .opened = $0 { true } else { false } }) {
                    hub.open(state.route, query: query)
                }
                for effect in effects {
                    if perform(effect, terminal: terminal) {
                        terminal.close()
                        return .quit
                    }
                }
                followLeaderboard(action, pageSize: list.pageSize)
            case .signal(SIGTSTP):
                terminal.suspend()
                lastFrame = nil
            case .signal(let signal):
                terminal.exit(dueTo: signal)
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

    /// The leaderboard's committed server filter and the pages it shows.
    private var leaderboard = LeaderboardCursor()

    private var query: DrillDownQuery {
        DrillDownQuery(range: state.range, grouping: state.grouping, zone: state.zone,
                       pathFilter: leaderboard.filter, pages: leaderboard.pages, fromEnd: leaderboard.fromEnd,
                       accountZone: config.configuration.tinylytics.accountTimeZone)
    }

    /// After a key on the leaderboard: a committed filter, `G`, `g` or nearing an edge of the
    /// pages loaded asks for other pages.
    private func followLeaderboard(_ action: Action?, pageSize: Int) {
        let shown: LeaderboardSlice? = if case .leaderboard(let slice)? = data.drillDown(for: .leaderboard).value { slice } else { nil }
        if leaderboard.follow(action, state: state, shown: shown, screenRows: pageSize) {
            hub.open(.leaderboard, query: query)
        }
    }

    private func apply(_ updates: [DataHub.Update], at now: Date) {
        var fired: [FiredAlert] = []
        for update in updates {
            switch update {
            case .web(let value):
                if let new = value.value, value.fetchedAt != data.web.fetchedAt { fired += alerts.observe(web: new, at: now) }
                data.web = value
            case .experiments(let value):
                if let new = value.value, value.fetchedAt != data.experiments.fetchedAt {
                    fired += alerts.observe(experiments: new, at: now)
                }
                data.experiments = value
            case .pushes(let value):
                if let new = value.value, value.fetchedAt != data.pushes.fetchedAt { fired += alerts.observe(pushes: new, at: now) }
                data.pushes = value
                data.silentAlertRules = alerts.silent
            case .crashes(let value):
                if let new = value.value, value.fetchedAt != data.crashes.fetchedAt {
                    fired += alerts.observe(crashes: new, at: now)
                }
                data.crashes = value
            case .drill(let route, let value):
                data.drillDown = (route, value)
                if case .leaderboard(let slice)? = value.value,
                   let row = leaderboard.arrived(slice, selected: state.selection[.leaderboard] ?? 0) {
                    state.selection[.leaderboard] = row
                }
            }
        }
        guard !fired.isEmpty else { return }
        data.alerts = alerts.history
        for alert in fired {
            flashQueue.append(("ALERT \(alert.rule): \(alert.message)", true))
            terminal?.notify(alert.message, title: "launchdeck: \(alert.rule)", style: notificationStyle)
        }
        if config.configuration.ui.bell { terminal?.bell() }
    }

    private var notificationStyle: DesktopNotification {
        switch config.configuration.ui.notifications {
        case .off: .off
        case .osc9: .osc9
        case .osc777: .osc777
        }
    }

    private func say(_ text: String, error: Bool = false) {
        flash = (text, error, Date().addingTimeInterval(Self.flashSeconds))
    }

    /// Carries out one effect; true when the app should quit.
    private func perform(_ effect: Effect, terminal: CursesTerminal) -> Bool {
        switch effect {
        case .quit: return true
        case .refreshPane(let pane):
            hub.refresh(pane)
            say("refreshing \(pane.title)\(terminal.glyphs.ellipsis)")
        case .refreshScreen(let route):
            hub.open(route, query: query, force: true)
            say("refreshing \(route.title)\(terminal.glyphs.ellipsis)")
        case .refreshAll:
            hub.refreshAll()
            say("refreshing everything\(terminal.glyphs.ellipsis)")
        case .opened(let route):
            hub.open(route, query: query)
        case .setTheme(let name):
            do {
                terminal.setTheme(try ThemeLoader.load(name: name, environment: environment))
                say("theme \(name)")
            } catch {
                say(error.description, error: true)
            }
        case .setSite(let site):
            guard let sites = services.tinylytics?.sites else {
                say("Tinylytics is off: set TINYLYTICS_API_KEY first", error: true)
                return false
            }
            let hub = self.hub
            // Detached: a Task made here would inherit the main actor, whose thread this loop
            // keeps in poll(2), and would never run.
            Task.detached { await sites.choose(site); hub.refreshAll() }
            say("site \(site)\(terminal.glyphs.ellipsis)")
        case .setApp(let app):
            guard let apps = services.apteligent?.apps else {
                say("Apteligent is off: set its credentials first", error: true)
                return false
            }
            let hub = self.hub
            Task.detached { await apps.choose(app); hub.refreshAll() }
            say("app \(app)\(terminal.glyphs.ellipsis)")
        case .setRange, .setGrouping, .setZone:
            if state.route == .hits {
                hub.open(.hits, query: query)
            } else {
                say("applies to the hits screen (:open hits)")
            }
        case .flash(let text, let isError):
            say(text, error: isError)
        }
        return false
    }
}
