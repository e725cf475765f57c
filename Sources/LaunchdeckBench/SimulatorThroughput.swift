import Foundation
import LaunchdeckClient
import LaunchdeckSimulator

/// Requests a second the simulator serves over loopback for a 100-row page of grouped hits
/// and of the leaderboard (1000 paths, rate limits off), with `workers` requests in flight.
func simulatorThroughput(seconds: Double = 3, workers: Int = 8) async throws {
    let simulator = try await Simulator.start(.init(paths: 1000, rateLimits: false))
    let transport = AsyncHTTPTransport()
    let base = simulator.tinylyticsBaseURL.absoluteString
    let auth = [(name: "Authorization", value: "Bearer \(simulator.tinylyticsKeys.readOnly)")]
    let pages = [
        ("GET /me (the HTTP floor)", "/me"),
        ("grouped hits, 100-row page", "/sites/456/hits?grouped=true&group_by=path&per_page=100"),
        ("leaderboard, 100-row page", "/sites/456/leaderboard?per_page=100"),
    ]
    for (name, path) in pages {
        guard let url = URL(string: base + path) else { continue }
        let request = TransportRequest(url: url, headers: auth)
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int(seconds * 1000))
        let started = clock.now
        // Each worker counts its own answers: (200s, anything else).
        let (ok, errors) = await withTaskGroup(of: (Int, Int).self) { group in
            for _ in 0..<workers {
                group.addTask { [transport] in
                    var counts = (0, 0)
                    while clock.now < deadline {
                        if (try? await transport.send(request, for: .tinylytics).status) == 200 { counts.0 += 1 } else { counts.1 += 1 }
                    }
                    return counts
                }
            }
            return await group.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
        }
        let elapsed = clock.now - started
        let secondsTaken = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rps = Double(ok) / secondsTaken
        row("simulator: \(name) (\(workers) in flight)",
            String(format: "%.0f req/s", rps) + (errors > 0 ? " (\(errors) failed)" : ""), path == "/me" ? "" : "> 2000 req/s")
    }
    await transport.shutdown()
    await simulator.stop()
}
