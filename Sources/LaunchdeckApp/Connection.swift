import Foundation
import LaunchdeckClient
import LaunchdeckSimulator

/// The data source the dashboard and screenshots read: the real API when the environment
/// has credentials (and the demo is not forced), otherwise the embedded simulator.
struct Connection: Sendable {
    var tinylytics: TinylyticsConnection
    /// The running simulator when this is the demo; stop it when done.
    var simulator: Simulator?

    var isDemo: Bool { simulator != nil }

    /// - Parameter now: the simulator's clock (fixed for reproducible screenshots).
    static func open(forceDemo: Bool, environment: [String: String], seed: UInt64 = 42,
                     now: @escaping @Sendable () -> Date = { Date() }) async -> Result<Connection, ConfigurationError> {
        do {
            if !forceDemo, let real = try TinylyticsConnection.fromEnvironment(environment) {
                return .success(Connection(tinylytics: real, simulator: nil))
            }
        } catch {
            return .failure(error)
        }
        do {
            let simulator = try await Simulator.start(.init(seed: seed, now: now))
            let demo = TinylyticsConnection(baseURL: simulator.tinylyticsBaseURL,
                                            apiKey: Secret(simulator.tinylyticsKeys.readOnly),
                                            siteID: nil, refresh: TinylyticsConnection.demoRefresh)
            return .success(Connection(tinylytics: demo, simulator: simulator))
        } catch {
            return .failure(ConfigurationError(message:
                "the demo simulator could not start: \(error). Check that 127.0.0.1 accepts connections, "
                + "or set TINYLYTICS_API_KEY to use the real API."))
        }
    }
}
