#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// The embedded simulator of the three APIs, on loopback. `launchdeck --demo` and every
/// test talk to it exactly as to the real services: same paths, auth, shapes and errors.
public final class Simulator: Sendable {
    public struct Options: Sendable {
        public var host: String
        /// 0 picks a free port; a taken port falls back to a free one.
        public var port: Int
        public var seed: UInt64
        public var now: @Sendable () -> Date
        /// Taplytics users served by usersByToken (`--users 100000` makes a crawl real).
        public var users: Int
        /// Simulated seconds per real second (`--speed 10`): the clock becomes
        /// `start + elapsed × speed` on top of `now`.
        public var speed: Double
        /// Paths of the main Tinylytics site (`--paths 100000` makes a long leaderboard); at least 12.
        public var paths: Int
        /// False: the Tinylytics account has no subscription (premium endpoints answer 403).
        public var subscribed: Bool
        /// False turns off the documented rate limits (Tinylytics 1000/hour, Apteligent
        /// 20/minute), for benchmarks.
        public var rateLimits: Bool
        /// Faults in force from the start (`--faults`; grammar in `FaultRule`); "" for none.
        public var faults: String
        /// Serves the admin endpoint `/_admin/faults` (see `AdminRoutes`); off by default.
        public var admin: Bool
        /// Taplytics pushes in the project, the launch push included (`--pushes 1000` makes
        /// ten pages of 100); at least 1.
        public var pushes: Int
        /// Taplytics `GET /v2/push` and `GET /v2/push/{id}` also carry `name`, `status`,
        /// `created_at` and `schedule` (`--push-fields-on-get`). The documented GET bodies have
        /// none of them (only the POST answer does), so this is off by default.
        public var pushFieldsOnGet: Bool

        public init(host: String = "127.0.0.1", port: Int = 0, seed: UInt64 = 42,
                    now: @escaping @Sendable () -> Date = { Date() }, users: Int = 250, speed: Double = 1,
                    paths: Int = 12, subscribed: Bool = true, rateLimits: Bool = true, faults: String = "",
                    admin: Bool = false, pushes: Int = 8, pushFieldsOnGet: Bool = false) {
            self.pushes = pushes
            self.pushFieldsOnGet = pushFieldsOnGet
            self.faults = faults
            self.admin = admin
            self.host = host
            self.port = port
            self.seed = seed
            self.now = now
            self.users = users
            self.speed = speed
            self.paths = paths
            self.subscribed = subscribed
            self.rateLimits = rateLimits
        }

        /// The simulator's clock: `now`, accelerated by `speed` from the moment it is made.
        func clock() -> @Sendable () -> Date {
            let base = now
            let start = base()
            guard speed != 1, speed > 0 else { return base }
            let speed = self.speed
            return { start.addingTimeInterval(base().timeIntervalSince(start) * speed) }
        }
    }

    /// Where each API lives and the keys it accepts.
    public let port: Int
    public let tinylyticsKeys: TinylyticsKeys
    /// The Taplytics REST API key the simulator accepts.
    public let taplyticsToken: String
    /// The Apteligent demo account (OAuth2 client id, username, password).
    public let apteligentLogin: (clientID: String, username: String, password: String)
    /// The launch story the simulated data follows (its `start` is the clock at start).
    public let timeline: LaunchTimeline
    /// The Apteligent app whose new version ships at the launch and spikes (Acme iOS): the
    /// demo shows it first, so its story reaches the overview.
    public static let launchAppID = "519d53101386202089000007"
    /// The simulator's (possibly accelerated) clock.
    public let now: @Sendable () -> Date
    /// The faults in force: switch them on and off while clients run.
    public let faults: FaultSwitch
    /// The admin endpoint's URL (served only with `Options.admin`).
    public var adminFaultsURL: URL {
        URL(string: "http://127.0.0.1:\(port)\(AdminRoutes.faultsPath)") ?? URL(fileURLWithPath: "/")
    }
    let apteligent: ApteligentAuthority

    /// The Apteligent API root, the simulator's counterpart of `https://developers.crittercism.com`.
    public var apteligentBaseURL: URL {
        URL(string: "http://127.0.0.1:\(port)/apteligent") ?? URL(fileURLWithPath: "/")
    }

    /// Revokes every Apteligent token, as an expired or revoked one would be (for tests).
    public func revokeApteligentTokens() async { await apteligent.revokeAll() }
    /// True when the requested port was taken and another was chosen.
    public let movedFromRequestedPort: Bool
    private let group: ServiceGroup
    private let runner: Task<Void, Never>

    /// The Tinylytics API root, the simulator's counterpart of `https://tinylytics.app/api/v1`.
    public var tinylyticsBaseURL: URL {
        // A literal scheme, an IPv4 literal and an integer port always form a valid URL.
        URL(string: "http://127.0.0.1:\(port)/tinylytics/api/v1") ?? URL(fileURLWithPath: "/")
    }

    /// The Taplytics API root, the simulator's counterpart of `https://api.taplytics.com`.
    public var taplyticsBaseURL: URL {
        URL(string: "http://127.0.0.1:\(port)/taplytics") ?? URL(fileURLWithPath: "/")
    }

    private init(port: Int, keys: TinylyticsKeys, taplyticsToken: String, apteligent: ApteligentAuthority, moved: Bool,
                 timeline: LaunchTimeline, now: @escaping @Sendable () -> Date, faults: FaultSwitch,
                 group: ServiceGroup, runner: Task<Void, Never>) {
        self.faults = faults
        self.timeline = timeline
        self.now = now
        self.port = port
        self.tinylyticsKeys = keys
        self.taplyticsToken = taplyticsToken
        self.apteligent = apteligent
        self.apteligentLogin = (apteligent.demo.clientID, apteligent.demo.username, apteligent.demo.password)
        self.movedFromRequestedPort = moved
        self.group = group
        self.runner = runner
    }

    /// Starts the simulator and returns once it accepts connections.
    public static func start(_ options: Options = Options()) async throws -> Simulator {
        do {
            return try await launch(options, moved: false)
        } catch is StartError where options.port != 0 {
            var fallback = options
            fallback.port = 0
            return try await launch(fallback, moved: true)
        }
    }

    /// Stops accepting, finishes requests in flight, and returns when the server is down.
    public func stop() async {
        faults.stop()
        await group.triggerGracefulShutdown()
        await runner.value
    }

    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    private static func launch(_ options: Options, moved: Bool) async throws -> Simulator {
        var random = SeededRandom(seed: options.seed ^ 0x5EED)
        let now = options.clock()
        let timeline = LaunchTimeline(start: now(), seed: options.seed)
        let keys = TinylyticsKeys(readOnly: "tly-ro-demo-" + random.hex(bytes: 8),
                                  fullAccess: "tly-fa-demo-" + random.hex(bytes: 8))
        let faults: FaultSwitch
        do throws(FaultRule.ParseError) {
            faults = FaultSwitch(try FaultRule.parse(options.faults))
        } catch {
            throw StartError(description: error.description)
        }
        let router = Router()
        let tally = RequestTally()
        if options.admin {
            AdminRoutes(faults: faults).register(on: router)
            tally.register(on: router)
        }
        router.add(middleware: TallyMiddleware(tally: tally))
        router.add(middleware: FaultMiddleware(faults: faults))
        let tinylytics = router.group("/tinylytics/api/v1").add(middleware: BearerKeyMiddleware(
            // Rate limits and tokens run on real time, not the scenario's accelerated clock: they
            // pace real clients (at --speed 20 a Retry-After in simulated seconds made them wait 20× too long).
            keys: keys, limit: HourlyLimit(limit: options.rateLimits ? TinylyticsEndpoints.requestsPerHour : Int.max,
                                           now: options.now)))
        let tinylyticsWorld = TinylyticsWorld(seed: options.seed, timeline: timeline, paths: options.paths,
                                              subscribed: options.subscribed)
        TinylyticsRoutes(world: tinylyticsWorld, state: TinylyticsState(world: tinylyticsWorld), keys: keys, now: now)
            .register(on: tinylytics)
        let taplyticsToken = "tap-demo-" + random.hex(bytes: 12)
        let boundPort = Mutex(0)
        let taplytics = router.group("/taplytics").add(middleware: TaplyticsTokenMiddleware(token: taplyticsToken))
        TaplyticsRoutes(world: TaplyticsWorld(seed: options.seed, timeline: timeline, userCount: options.users,
                                              pushCount: max(1, options.pushes)),
                        state: TaplyticsState(), now: now,
                        baseURL: { "http://127.0.0.1:\(boundPort.withLock { $0 })/taplytics" },
                        pushFieldsOnGet: options.pushFieldsOnGet)
            .register(on: taplytics)
        let authority = ApteligentAuthority(
            demo: .init(clientID: random.hex(bytes: 16), username: "demo@launchdeck.invalid",
                        password: "demo-" + random.hex(bytes: 6)),
            seed: options.seed, limit: options.rateLimits ? ApteligentEndpoints.defaultCallsPerMinute : Int.max / 2,
            now: options.now)
        let apteligent = router.group("/apteligent").add(middleware: ApteligentMiddleware(authority: authority))
        ApteligentRoutes(world: ApteligentWorld(seed: options.seed, timeline: timeline), authority: authority, now: now)
            .register(on: apteligent)

        var logger = Logger(label: "launchdeck.simulator") { _ in SwiftLogNoOpLogHandler() }
        logger.logLevel = .critical
        let started = StartSignal()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "launchdeck-simulator"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                boundPort.withLock { $0 = port }
                started.resolve(.success(port))
            },
            logger: logger)
        let group = ServiceGroup(services: [app], gracefulShutdownSignals: [], logger: logger)
        let runner = Task {
            do {
                try await group.run()
                started.resolve(.failure(StartError(description: "the simulator stopped before it started")))
            } catch {
                started.resolve(.failure(StartError(description: "could not listen on \(options.host):\(options.port): \(error)")))
            }
        }
        let port = try await started.wait().get()
        return Simulator(port: port, keys: keys, taplyticsToken: taplyticsToken, apteligent: authority, moved: moved,
                         timeline: timeline, now: now, faults: faults, group: group, runner: runner)
    }
}

/// Resolves once: the port the server listens on, or why it could not start.
final class StartSignal: Sendable {
    private let state = Mutex<(result: Result<Int, Simulator.StartError>?, waiter: CheckedContinuation<Result<Int, Simulator.StartError>, Never>?)>((nil, nil))

    func resolve(_ result: Result<Int, Simulator.StartError>) {
        let waiter: CheckedContinuation<Result<Int, Simulator.StartError>, Never>? = state.withLock { s in
            guard s.result == nil else { return nil }
            s.result = result
            let w = s.waiter
            s.waiter = nil
            return w
        }
        waiter?.resume(returning: result)
    }

    func wait() async -> Result<Int, Simulator.StartError> {
        await withCheckedContinuation { continuation in
            let ready: Result<Int, Simulator.StartError>? = state.withLock { s in
                if let r = s.result { return r }
                s.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
