import Dispatch
import Foundation
import LaunchdeckSimulator

#if canImport(Glibc)
import Glibc
#endif

/// `launchdeck simulate`: the simulator alone, until Ctrl-C or SIGTERM.
public enum SimulatorRunner {
    public static func run(port: Int, seed: UInt64, users: Int) async -> Int32 {
        let simulator: Simulator
        do {
            simulator = try await Simulator.start(.init(port: port, seed: seed, users: users))
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

            Apteligent
              base_url      = "\(simulator.apteligentBaseURL.absoluteString)"
              client_id     = \(simulator.apteligentLogin.clientID)
              username      = \(simulator.apteligentLogin.username)
              password      = \(simulator.apteligentLogin.password)

            Point the dashboard at it:
              TINYLYTICS_BASE_URL=\(simulator.tinylyticsBaseURL.absoluteString) \\
              TINYLYTICS_API_KEY=\(simulator.tinylyticsKeys.readOnly) launchdeck

            Ctrl-C stops it.
            """)
        fflush(nil)  // all streams: `stdout` is not importable under strict concurrency
        await waitForTermination()
        await simulator.stop()
        return 0
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
