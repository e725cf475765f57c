import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckSimulator

#if canImport(Glibc)
import Glibc
#endif

/// `launchdeck simulate`: the simulator alone, until Ctrl-C or SIGTERM.
public enum SimulatorRunner {
    /// The flags of `launchdeck simulate`.
    public struct Settings: Sendable {
        public var port: Int
        public var seed: UInt64
        public var users: Int
        public var speed: Double
        public var paths: Int
        public var faults: String
        public var admin: Bool
        /// Taplytics pushes in the project (`--pushes`).
        public var pushes: Int
        /// `--push-fields-on-get`: GET push bodies carry the POST answer's fields too.
        public var pushFieldsOnGet: Bool

        public init(port: Int = 0, seed: UInt64 = 42, users: Int = 250, speed: Double = 1, paths: Int = 12,
                    faults: String = "", admin: Bool = false, pushes: Int = 8, pushFieldsOnGet: Bool = false) {
            self.pushes = pushes
            self.pushFieldsOnGet = pushFieldsOnGet
            self.port = port
            self.seed = seed
            self.users = users
            self.speed = speed
            self.paths = paths
            self.faults = faults
            self.admin = admin
        }
    }

    /// Why a `--faults` spec is wrong, or nil when it parses.
    public static func faultSpecError(_ spec: String) -> String? {
        do throws(FaultRule.ParseError) {
            _ = try FaultRule.parse(spec)
            return nil
        } catch {
            return error.description
        }
    }

    public static func run(port: Int, seed: UInt64, users: Int) async -> Int32 {
        await run(Settings(port: port, seed: seed, users: users))
    }

    public static func run(_ settings: Settings) async -> Int32 {
        let (port, seed) = (settings.port, settings.seed)
        let simulator: Simulator
        do {
            simulator = try await Simulator.start(.init(port: port, seed: seed, users: settings.users, speed: settings.speed,
                                                        paths: settings.paths, faults: settings.faults, admin: settings.admin,
                                                        pushes: settings.pushes, pushFieldsOnGet: settings.pushFieldsOnGet))
        } catch {
            Console.error("launchdeck simulate: \(error)")
            return 1
        }
        if simulator.movedFromRequestedPort {
            Console.error("launchdeck simulate: port \(port) is taken; listening on \(simulator.port) instead")
        }
        print("""
            launchdeck simulator (seed \(seed)) on 127.0.0.1:\(simulator.port)

            Tinylytics
              base_url      = "\(simulator.tinylyticsBaseURL.absoluteString)"
              read-only key = \(simulator.tinylyticsKeys.readOnly)
              full-access   = \(simulator.tinylyticsKeys.fullAccess)

            Taplytics
              base_url      = "\(simulator.taplyticsBaseURL.absoluteString)"
              api_token     = \(simulator.taplyticsToken)   (send it as the x-access-token header)
              pushes        = \(settings.pushes), GET push bodies \(Self.pushShape(settings.pushFieldsOnGet))

            Apteligent
              base_url      = "\(simulator.apteligentBaseURL.absoluteString)"
              client_id     = \(simulator.apteligentLogin.clientID)
              username      = \(simulator.apteligentLogin.username)
              password      = \(simulator.apteligentLogin.password)

            Scenario (simulated time, speed \(settings.speed)x): launch at start + 2 min; push sending
              at +6 min, sent at +9 min; 3.4.0 crash spike peaks at +14 min, fixed at +32 min;
              site down from +22 to +28 min; traffic settles at 3x by +42 min.
            Faults: \(simulator.faults.spec)\(settings.admin ? "   (admin: POST/DELETE \(simulator.adminFaultsURL.absoluteString))" : "")

            Point the dashboard at it (in another terminal):
              TINYLYTICS_BASE_URL=\(simulator.tinylyticsBaseURL.absoluteString) \\
              TINYLYTICS_API_KEY=\(simulator.tinylyticsKeys.readOnly) \\
              TAPLYTICS_BASE_URL=\(simulator.taplyticsBaseURL.absoluteString) \\
              TAPLYTICS_API_TOKEN=\(simulator.taplyticsToken) \\
              APTELIGENT_BASE_URL=\(simulator.apteligentBaseURL.absoluteString) \\
              APTELIGENT_CLIENT_ID=\(simulator.apteligentLogin.clientID) \\
              APTELIGENT_USERNAME=\(simulator.apteligentLogin.username) \\
              APTELIGENT_PASSWORD=\(simulator.apteligentLogin.password) launchdeck

            Ctrl-C stops it.
            """)
        fflush(nil)  // all streams: `stdout` is not importable under strict concurrency
        await waitForTermination()
        await simulator.stop()
        return 0
    }

    /// What the banner says of the GET push bodies' shape.
    static func pushShape(_ extras: Bool) -> String {
        extras ? "WITH name, status, created_at, schedule (--push-fields-on-get: not in the documented GET bodies)"
            : "as documented (id, filters, notification, production)"
    }

    /// Suspends until SIGINT or SIGTERM arrives.
    static func waitForTermination() async {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let queue = DispatchQueue(label: "launchdeck.signals")
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        for await _ in stream { break }
        sources.forEach { $0.cancel() }
    }
}
