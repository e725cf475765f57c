import Foundation
import LaunchdeckModel
import TerminalInput
import Testing

@Suite struct NavigationTests {
    let map = KeyMap.standard

    /// A list of `count` rows whose row i opens experiment i.
    func list(_ count: Int, page: Int = 10) -> DashboardState.ListContext {
        .init(count: count, pageSize: page) { .experiment(id: "e\($0)", name: "Experiment \($0)") }
    }

    @discardableResult
    func press(_ keys: Key..., on state: inout DashboardState, list: DashboardState.ListContext = .none) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += state.handle(key: key, keyMap: map, list: list) }
        return effects
    }

    @Test func stackPushesPopsAndNamesBreadcrumbs() {
        var stack = NavigationStack()
        let popped = stack.pop()
        #expect(!popped, "the overview cannot be popped")
        stack.push(.experiments)
        stack.push(.experiment(id: "1", name: "Checkout v2"))
        #expect(stack.breadcrumbs == ["Overview", "Experiments", "Checkout v2"])
        stack.replace(with: .pushes)
        #expect(stack.breadcrumbs == ["Overview", "Experiments", "Push"])
        stack.popToRoot()
        #expect(stack.current == .overview && stack.depth == 1)
    }

    /// Every binding help lists does what help says (help and handling read one key map).
    @Test(arguments: Action.allCases)
    func everyHelpEntryDoesWhatItSays(action: Action) throws {
        let key = try #require(map.keys(for: action).first)
        var state = DashboardState()
        state.focus = .experiments
        if action == .pane2 { state.focus = .web }
        // Screens where the action means something: lists for movement, a drill-down for back.
        let onList: Set<Action> = [.up, .down, .pageUp, .pageDown, .home, .end, .filter, .back]
        if onList.contains(action) {
            state.navigation.push(.experiments)
            state.selection[.experiments] = 5
        }
        let replayKeys: Set<Action> = [.stepBack, .stepForward, .play, .slower, .faster]
        if replayKeys.contains(action) {
            state.replay = Replay(moment: Date(timeIntervalSince1970: 1_796_000_000))
            state.replay?.speed = 5
        }
        let before = state
        let effects = press(key, on: &state, list: list(40))
        switch action {
        case .open:
            #expect(state.route == .experiments && effects == [.opened(.experiments)])
        case .back: #expect(state.route == .overview)
        case .nextPane: #expect(state.focus == .push)
        case .previousPane: #expect(state.focus == .web)
        case .pane1: #expect(state.focus == .web)
        case .pane2: #expect(state.focus == .experiments)
        case .pane3: #expect(state.focus == .push)
        case .pane4: #expect(state.focus == .crashes)
        case .up: #expect(state.selectedRow == 4)
        case .down: #expect(state.selectedRow == 6)
        case .pageUp: #expect(state.selectedRow == 0)
        case .pageDown: #expect(state.selectedRow == 15)
        case .home: #expect(state.selectedRow == 0)
        case .end: #expect(state.selectedRow == 39)
        case .filter: #expect(state.input == .filter && state.filter == "")
        case .command: #expect(state.input == .command(line: "", candidates: []))
        case .refresh: #expect(effects == [.refreshPane(.experiments)])
        case .refreshAll: #expect(effects == [.refreshAll])
        case .zoom: #expect(state.zoomed)
        case .freeze: #expect(state.frozen && effects.count == 1)
        case .timeline: #expect(state.route == .timeline && effects == [.opened(.timeline)])
        case .stepBack: #expect(effects == [.replay(.step(-1))])
        case .stepForward: #expect(effects == [.replay(.step(1))])
        case .play: #expect(state.replay?.playing == true)
        case .slower: #expect(state.replay?.speed == 2)
        case .faster: #expect(state.replay?.speed == 10)
        case .help: #expect(state.helpShown)
        case .quit: #expect(effects == [.quit])
        }
        let asksTheApp: Set<Action> = [.quit, .refresh, .refreshAll, .stepBack, .stepForward]
        #expect(state != before || asksTheApp.contains(action))
    }

    @Test func overviewToExperimentAndBack() {
        var state = DashboardState()
        press(.character("2"), .enter, on: &state)
        #expect(state.route == .experiments)
        let effects = press(.character("j"), .character("j"), .enter, on: &state, list: list(5))
        #expect(state.route == .experiment(id: "e2", name: "Experiment 2"))
        #expect(effects == [.opened(.experiment(id: "e2", name: "Experiment 2"))])
        #expect(state.navigation.breadcrumbs == ["Overview", "Experiments", "Experiment 2"])
        press(.escape, on: &state)
        #expect(state.route == .experiments && state.selectedRow == 2, "the selection is remembered")
        press(.character("h"), on: &state)
        #expect(state.route == .overview && state.focus == .experiments)
    }

    @Test func selectionIsClampedToTheList() {
        var state = DashboardState()
        state.navigation.push(.leaderboard)
        press(.character("k"), .character("k"), on: &state, list: list(3))
        #expect(state.selectedRow == 0)
        press(.character("G"), .character("j"), .character("j"), on: &state, list: list(3))
        #expect(state.selectedRow == 2)
        press(.enter, on: &state, list: list(0))
        #expect(state.route == .leaderboard, "Enter on an empty list goes nowhere")
    }

    @Test func filterTypesLiveAndEscClearsIt() {
        var state = DashboardState()
        state.navigation.push(.leaderboard)
        state.selection[.leaderboard] = 7
        press(.character("/"), .character("b"), .character("l"), .character("o"), .character("x"), .backspace, .character("g"), on: &state)
        #expect(state.filter == "blog" && state.input == .filter && state.selectedRow == 0)
        press(.character("q"), on: &state)
        #expect(state.filter == "blogq", "q is text while filtering, not quit")
        press(.backspace, .enter, on: &state)
        #expect(state.input == .normal && state.filter == "blog")
        press(.escape, on: &state)
        #expect(state.filter == nil && state.route == .leaderboard, "Esc clears the filter before going back")
        press(.character("/"), .character("x"), .escape, on: &state)
        #expect(state.filter == nil && state.input == .normal)
        press(.character("/"), on: &state)
        press(.escape, on: &state)
        press(.escape, on: &state)
        #expect(state.route == .overview)
    }

    @Test func helpIsAModalThatSwallowsOneKey() {
        var state = DashboardState()
        press(.character("?"), on: &state)
        #expect(state.helpShown)
        let effects = press(.character("q"), on: &state)
        #expect(!state.helpShown && effects.isEmpty, "q closes help, it does not quit")
        #expect(press(.character("q"), on: &state) == [.quit])
    }

    @Test func zoomAndFreezeToggle() {
        var state = DashboardState()
        press(.character("z"), on: &state)
        #expect(state.zoomed)
        press(.escape, on: &state)
        #expect(!state.zoomed && state.route == .overview)
        press(.character("f"), on: &state)
        #expect(state.frozen)
        press(.character("f"), on: &state)
        #expect(!state.frozen)
    }

    @Test func commandLineCompletesAndRuns() {
        var state = DashboardState()
        let catalog = CommandCatalog(themes: ["default", "light", "high-contrast"])
        func type(_ text: String) -> [Effect] {
            var effects: [Effect] = []
            for c in text { effects += state.handle(key: .character(c), keyMap: map, commands: catalog) }
            return effects
        }
        _ = state.handle(key: .character(":"), keyMap: map, commands: catalog)
        _ = type("th")
        _ = state.handle(key: .tab, keyMap: map, commands: catalog)
        #expect(state.input == .command(line: "theme ", candidates: ["theme"]))
        _ = type("l")
        _ = state.handle(key: .tab, keyMap: map, commands: catalog)
        #expect(state.input == .command(line: "theme light", candidates: ["light"]))
        let effects = state.handle(key: .enter, keyMap: map, commands: catalog)
        #expect(effects == [.setTheme("light")] && state.input == .normal)

        _ = state.handle(key: .character(":"), keyMap: map, commands: catalog)
        _ = type("range 7d")
        #expect(state.handle(key: .enter, keyMap: map, commands: catalog) == [.setRange(.last7d)])
        #expect(state.range == .last7d)

        _ = state.handle(key: .character(":"), keyMap: map, commands: catalog)
        _ = type("group planet")
        let bad = state.handle(key: .enter, keyMap: map, commands: catalog)
        #expect(bad == [.flash(":group takes one of: path, country, referrer, browser, platform", isError: true)])

        _ = state.handle(key: .character(":"), keyMap: map, commands: catalog)
        _ = type("open leaderboard")
        #expect(state.handle(key: .enter, keyMap: map, commands: catalog) == [.opened(.leaderboard)])
        #expect(state.navigation.breadcrumbs == ["Overview", "Leaderboard"])

        _ = state.handle(key: .character(":"), keyMap: map, commands: catalog)
        _ = type("frobnicate")
        if case .flash(let text, true)? = state.handle(key: .enter, keyMap: map, commands: catalog).first {
            #expect(text.contains("unknown command :frobnicate"))
        } else {
            Issue.record("an unknown command must flash an error")
        }
    }

    /// The line is parsed once into a `Command`; the state acts on that value.
    @Test func commandLineParsesOnceIntoACommand() {
        let catalog = CommandCatalog()
        #expect(catalog.parse("") == .success(nil))
        #expect(catalog.parse("help") == .success(.help))
        #expect(catalog.parse("q") == .success(.quit))
        #expect(catalog.parse("open Leaderboard") == .success(.open(.leaderboard)))
        #expect(catalog.parse("theme high contrast") == .success(.theme("high contrast")))
        if case .failure(let error) = catalog.parse("open nowhere") {
            #expect(error.message == ":open takes one of: alerts, content, crashes, experiments, figures, health, hits, "
                + "insights, journeys, kudos, leaderboard, notes, overview, push, timeline, uptime, versions")
        } else {
            Issue.record(":open of an unknown screen must be refused")
        }
        var state = DashboardState()
        state.navigation.push(.experiments)
        #expect(state.run(.open(.uptime)) == [.opened(.uptime)])
        #expect(state.navigation.breadcrumbs == ["Overview", "Uptime"], ":open goes from the overview")
        #expect(state.run(.help).isEmpty && state.helpShown)
        #expect(state.run(.zone(.account)) == [.setZone(.account)] && state.zone == .account)
    }

    /// One registry names the screens: `:open` reaches those with a route of their own.
    @Test func screenRegistryNamesEachScreenOnce() {
        let names = Route.screens.map(\.name)
        #expect(names.count == Set(names).count, "a screen name registered twice: \(names)")
        #expect(Set(Route.named.keys) == Set(Route.screens.compactMap { if case .route = $0.target { $0.name } else { nil } }))
        #expect(Route.named["push"] == .pushes && Route.named["health"] == .appHealth && Route.named["crash"] == nil)
        #expect(CommandCatalog().arguments["open"] == Route.named.keys.sorted())
    }

    @Test func completionOfAmbiguousPrefixes() {
        let catalog = CommandCatalog(themes: ["high-contrast", "high-noon"])
        #expect(catalog.complete("r").line == "r", "range and refresh: nothing common beyond r")
        #expect(Set(catalog.complete("r").candidates) == ["range", "refresh"])
        #expect(catalog.complete("re").line == "refresh ")
        #expect(catalog.complete("theme hi").line == "theme high-")
        #expect(catalog.complete("qu").line == "quit ")
    }

    @Test func helpListsExactlyTheCommandsTheLineAccepts() {
        #expect(Set(CommandCatalog.names) == Set(CommandCatalog().commands))
        #expect(CommandCatalog.names.count == Set(CommandCatalog.names).count)
    }

    @Test func theTimelineOpensWithTAndPageKeysChangeItsRange() {
        var state = DashboardState()
        press(.character("t"), on: &state)
        #expect(state.route == .timeline && state.timelineRange == .hour)
        #expect(press(.character("t"), on: &state).isEmpty, "already there: t does nothing")
        let longer = press(.pageDown, on: &state)
        #expect(state.timelineRange == .sixHours && longer == [.flash("timeline: the last 6h", isError: false)])
        press(.pageDown, .pageDown, .pageDown, on: &state)
        #expect(state.timelineRange == .week, "7d is the longest")
        press(.pageUp, on: &state)
        #expect(state.timelineRange == .day)
        press(.escape, on: &state)
        #expect(state.route == .overview)
    }

    @Test func t0IsSetByTheCommandLine() {
        let catalog = CommandCatalog()
        #expect(catalog.parse("t0 now") == .success(.t0(.now)))
        #expect(catalog.parse("t0 off") == .success(.t0(.off)))
        #expect(catalog.parse("t0 18:05") == .success(.t0(.clock(hour: 18, minute: 5))))
        #expect(catalog.parse("t0 2026-12-06T18:00:00Z") == .success(.t0(.at(Date(timeIntervalSince1970: 1_796_580_000)))))
        if case .failure(let error) = catalog.parse("t0 25:00") {
            #expect(error.message.contains(":t0 takes now, off, a UTC time such as 18:00"))
        } else {
            Issue.record("25:00 is no time")
        }
        var state = DashboardState()
        #expect(state.run(.t0(.now)) == [.setT0(.now)])
        // A clock time is today's, or yesterday's while today's is still to come.
        let now = Date(timeIntervalSince1970: 1_796_580_000 + 3600)  // 2026-12-06T19:00:00Z
        #expect(T0Setting.clock(hour: 18, minute: 0).resolve(now: now) == Date(timeIntervalSince1970: 1_796_580_000))
        #expect(T0Setting.clock(hour: 20, minute: 0).resolve(now: now) == Date(timeIntervalSince1970: 1_796_580_000 + 7200 - 86_400))
        #expect(T0Setting.off.resolve(now: now) == nil)
    }
}
