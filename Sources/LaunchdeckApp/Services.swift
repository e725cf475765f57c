#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckClient
import LaunchdeckConfig
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckSimulator

/// The clients the dashboard reads through, one per service that is on, with the interval
/// each pane polls at. The demo points all three at the embedded simulator.
struct Services: Sendable {
    var tinylytics: (client: TinylyticsClient, sites: SiteChoice)?
    var taplytics: TaplyticsClient?
    var apteligent: (client: ApteligentClient, apps: AppChoice)?
    var intervals: PaneIntervals
    var offHints: [Pane: String]
    /// The running simulator when this is the demo; stopped by `shutdown`.
    var simulator: Simulator?
    let transport: AsyncHTTPTransport

    var isDemo: Bool { simulator != nil }
    /// The demo's launch (its T0): the simulator's start plus the scenario's lead-in.
    var demoLaunch: Date? { simulator.map { $0.timeline.start.addingTimeInterval(LaunchTimeline.launchOffset) } }

    /// Real services poll gently: Tinylytics 2 requests a poll (plus uptime and visitors once
    /// a minute each; 360 of 1000 an hour per key at 30 s),
    /// Taplytics one page per pane, Apteligent 4 calls a poll of 20 a minute. With no refresh
    /// in the config these are the config's defaults (`RefreshLimits`), named there once.
    static let realIntervals = PaneIntervals(Configuration())
    /// The demo moves faster, still inside the simulator's (the documented) limits with room
    /// for r and drill-downs: Tinylytics about 720 an hour (12 s: at 10 s the visitor count
    /// once a minute made it 840, past the 80% the budget test allows), Taplytics 420 of launchdeck's own
    /// 600, Apteligent 8 a minute (PollingBudgetTests measures it; at 20 s, 12 a minute plus
    /// a crash drill-down and the token drew a 429 in the benchmark's launch day).
    static let demoIntervals = PaneIntervals(web: .seconds(12), experiments: .seconds(20), push: .seconds(15),
                                             crashes: .seconds(30))

    static let hints: [Pane: String] = [
        .web: "Tinylytics is off: " + TinylyticsSettings.howToEnable + " (Account Settings \u{2192} API Access).",
        .experiments: "Taplytics is off: " + TaplyticsSettings.howToEnable + ".",
        .push: "Taplytics is off: " + TaplyticsSettings.howToEnable + ".",
        .crashes: "Apteligent is off: " + ApteligentSettings.howToEnable + ".",
    ]

    /// - Parameters:
    ///   - configuration: the loaded config (files, environment and commands already resolved).
    ///   - demoWhenUnconfigured: with no credentials anywhere, run the demo (the dashboard does;
    ///     `check` reports that nothing is configured instead).
    ///   - now: the simulator's clock (fixed for reproducible screenshots).
    ///   - retry: for the real services (`check` makes one call each: `.never`).
    static func open(forceDemo: Bool, configuration: Configuration, environment: [String: String], seed: UInt64 = 42,
                     demoWhenUnconfigured: Bool = true, retry: RetryPolicy = RetryPolicy(),
                     now: @escaping @Sendable () -> Date = { Date() },
                     budgetClock: (@Sendable () -> Duration)? = nil) async -> Result<Services, ConfigError> {
        let transport = AsyncHTTPTransport(proxy: ProxySettings.from(environment: environment))
        if !forceDemo, !configuration.hasNoCredentials || !demoWhenUnconfigured {
            return .success(real(configuration, transport: transport, retry: retry, environment: environment))
        }
        do {
            let simulator = try await Simulator.start(.init(seed: seed, now: now))
            return .success(demo(simulator, transport: transport, budgetClock: budgetClock))
        } catch {
            await transport.shutdown()
            return .failure(ConfigError(message:
                "the demo simulator could not start: \(error). Check that 127.0.0.1 accepts connections, "
                + "or configure a service (launchdeck --help) to use the real APIs."))
        }
    }

    private static func real(_ c: Configuration, transport: AsyncHTTPTransport, retry: RetryPolicy,
                             environment: [String: String]) -> Services {
        let remembered = Choices.load(environment: environment)
        var services = Services(intervals: PaneIntervals(c), offHints: [:], transport: transport)
        if let key = c.tinylytics.apiKey {
            let client = TinylyticsClient(baseURL: c.tinylytics.baseURL, apiKey: Secret(key.reveal()), transport: transport,
                                          retry: retry)
            services.tinylytics = (client, SiteChoice(client: client, siteID: c.tinylytics.siteID, wanted: remembered.site) { id in
                Choices.update(environment: environment) { $0.site = id }
            })
        }
        if let token = c.taplytics.apiToken {
            services.taplytics = TaplyticsClient(baseURL: c.taplytics.baseURL, apiToken: Secret(token.reveal()),
                                                 transport: transport, retry: retry)
        }
        let credentials: ApteligentCredentials?
        if let token = c.apteligent.accessToken {
            credentials = .accessToken(Secret(token.reveal()))
        } else if let grant = c.apteligent.passwordGrant {
            credentials = .password(clientID: grant.clientID.reveal(), username: grant.username.reveal(),
                                    password: Secret(grant.password.reveal()))
        } else {
            credentials = nil
        }
        if let credentials {
            let client = ApteligentClient(baseURL: c.apteligent.baseURL, credentials: credentials, transport: transport,
                                          retry: retry)
            services.apteligent = (client, AppChoice(client: client, appID: c.apteligent.appID ?? remembered.app) { id in
                Choices.update(environment: environment) { $0.app = id }
            })
        }
        if services.tinylytics == nil { services.offHints[.web] = hints[.web] }
        if services.taplytics == nil {
            services.offHints[.experiments] = hints[.experiments]
            services.offHints[.push] = hints[.push]
        }
        if services.apteligent == nil { services.offHints[.crashes] = hints[.crashes] }
        return services
    }

    /// The three clients on `simulator`. Their requests go through `transport`, or through
    /// `clients` when given (a test's transport that wraps it).
    /// - Parameter budgetClock: the clock the request budgets count on (a watched screenshot
    ///   steps the simulator's time, and the budgets with it); default real time.
    static func demo(_ simulator: Simulator, transport: AsyncHTTPTransport,
                     through clients: (any HTTPTransport)? = nil, budgetClock: (@Sendable () -> Duration)? = nil) -> Services {
        var services = Services(intervals: demoIntervals, offHints: [:], simulator: simulator, transport: transport)
        let transport: any HTTPTransport = clients ?? transport
        let tinylytics = TinylyticsClient(baseURL: simulator.tinylyticsBaseURL,
                                          apiKey: Secret(simulator.tinylyticsKeys.readOnly), transport: transport,
                                          budget: TinylyticsClient.defaultBudget(now: budgetClock))
        services.tinylytics = (tinylytics, SiteChoice(client: tinylytics))
        services.taplytics = TaplyticsClient(baseURL: simulator.taplyticsBaseURL, apiToken: Secret(simulator.taplyticsToken),
                                             transport: transport, budget: TaplyticsClient.defaultBudget(now: budgetClock))
        let login = simulator.apteligentLogin
        let apteligent = ApteligentClient(
            baseURL: simulator.apteligentBaseURL,
            credentials: .password(clientID: login.clientID, username: login.username, password: Secret(login.password)),
            transport: transport, budget: ApteligentClient.defaultBudget(now: budgetClock))
        services.apteligent = (apteligent, AppChoice(client: apteligent, appID: Simulator.launchAppID))
        return services
    }

    /// Each service's budget as the status bar shows it (`BudgetText`): `tly  112/1000h`.
    func budgets() async -> [String] {
        var out: [String] = []
        if let t = tinylytics {
            out.append(BudgetText.hourly("tly", await t.client.budget.state()))
        }
        if let t = taplytics {
            out.append(BudgetText.hourly("tap", await t.budget.state()))
        }
        if let a = apteligent {
            out.append(BudgetText.apteligent(await a.client.budget.state()))
        }
        return out
    }

    func shutdown() async {
        await transport.shutdown()
        await simulator?.stop()
    }
}

/// How often each pane polls. Every pane has an interval, so no reader needs a fallback.
struct PaneIntervals: Sendable {
    var web, experiments, push, crashes: Duration

    init(web: Duration, experiments: Duration, push: Duration, crashes: Duration) {
        self.web = web
        self.experiments = experiments
        self.push = push
        self.crashes = crashes
    }

    /// The config's refresh of each pane's service.
    init(_ c: Configuration) {
        self.init(web: c.tinylytics.refresh, experiments: c.taplytics.refresh, push: c.taplytics.refresh,
                  crashes: c.apteligent.refresh)
    }

    subscript(pane: Pane) -> Duration {
        switch pane {
        case .web: web
        case .experiments: experiments
        case .push: push
        case .crashes: crashes
        }
    }
}
