// launchdeck-bench: render, client core and simulator figures, printed as one table.
// Run it in release mode: swift run -c release launchdeck-bench [render] [client] [simulator]
import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator

/// Resident memory now and at its peak, in MB, from /proc/self/status.
func memory() -> (rss: Double, peak: Double) {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
    func kB(_ key: String) -> Double {
        let line = status.split(separator: "\n").first { $0.hasPrefix(key) }
        return Double(line?.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? 0
    }
    return (kB("VmRSS:"), kB("VmHWM:"))
}

/// Median of `runs` timings of `body`, in milliseconds.
func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var times: [Double] = []
    for _ in 0..<runs {
        let elapsed = try clock.measure(body)
        times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    return times.sorted()[times.count / 2]
}

func row(_ name: String, _ value: String, _ target: String) {
    print(name.padding(toLength: 52, withPad: " ", startingAt: 0) + value.padding(toLength: 16, withPad: " ", startingAt: 0) + target)
}

@main
struct Bench {
    static func main() async throws {
        if CommandLine.arguments.dropFirst().first == "store-writer" {
            exit(StoreBench.writer(Array(CommandLine.arguments.dropFirst(2))))
        }
        if CommandLine.arguments.dropFirst().first == "lease-holder" {
            exit(LeaseHolder.run(Array(CommandLine.arguments.dropFirst(2))))
        }
        // Sections to run: `launchdeck-bench render client simulator store` (default: all).
        let all = ["render", "client", "simulator", "store"]
        let asked = Array(CommandLine.arguments.dropFirst())
        guard asked.allSatisfy(all.contains) else {
            print("usage: launchdeck-bench [\(all.joined(separator: "] ["))]")
            exit(2)
        }
        let sections = asked.isEmpty ? all : asked
        print("launchdeck-bench on \(ProcessInfo.processInfo.processorCount) cores\n")
        row("figure", "value", "target")
        row(String(repeating: "-", count: 50), String(repeating: "-", count: 14), "------")
        if sections.contains("render") { try await renderBenchmark() }
        if sections.contains("client") { try await clientBenchmark() }
        // 3. The simulator's own speed: requests a second for 100-row pages.
        if sections.contains("simulator") { try await simulatorThroughput() }
        // 4. The history store: a poll's write and a day's size.
        if sections.contains("store") { try StoreBench.run() }
    }

    static func clientBenchmark() async throws {
        let users = Int(ProcessInfo.processInfo.environment["BENCH_USERS"] ?? "") ?? 100_000

        // 1. A 1000-row leaderboard page.
        let leaderboard = TinylyticsLeaderboardResponse(
            leaderboard: (0..<1000).map { TinylyticsLeaderboardEntry(path: "/blog/post-\($0)-a-title-of-some-length",
                                                                    totalHits: 100_000 - $0, uniqueHits: 70_000 - $0,
                                                                    percentage: 0.1) },
            site: TinylyticsSiteSummary(id: 456, uid: "abc123", url: "https://example.com", label: "My Blog"),
            pagination: TinylyticsPagination(page: 1, perPage: 1000, totalCount: 5000),
            cacheInfo: TinylyticsCacheInfo(cachedAt: Date(), expiresAt: Date()), filters: .init(path: nil))
        let leaderboardBody = try JSONCoding.encoder().encode(leaderboard)
        let decoder = JSONCoding.decoder()
        let leaderboardMS = try median(runs: 50) {
            _ = try decoder.decode(TinylyticsLeaderboardResponse.self, from: leaderboardBody)
        }
        row("decode a 1000-row leaderboard page (\(leaderboardBody.count / 1024) KB)", String(format: "%.2f ms", leaderboardMS), "< 5 ms")

        // 2. The simulator: a 100-user usersByToken page, then a crawl of every user.
        let simulator = try await Simulator.start(.init(users: users))
        let transport = AsyncHTTPTransport()
        let client = TaplyticsClient(baseURL: simulator.taplyticsBaseURL, apiToken: Secret(simulator.taplyticsToken),
                                     transport: transport, budget: RateBudget(limit: 1_000_000, window: .seconds(3600)))
        let url = URL(string: simulator.taplyticsBaseURL.absoluteString + "/v2/usersByToken?per_page=100")
        var pageBody = Data()
        if let url {
            pageBody = try await transport.send(TransportRequest(url: url, headers: [("x-access-token", simulator.taplyticsToken)]),
                                                for: .taplytics).body
        }
        let pageMS = try median(runs: 50) { _ = try decoder.decode(TaplyticsUsersByTokenPage.self, from: pageBody) }
        row("decode a 100-user usersByToken page (\(pageBody.count / 1024) KB)", String(format: "%.2f ms", pageMS), "")

        let clock = ContinuousClock()
        let started = clock.now
        var pages = 0, seen = 0
        var early = memory()
        for try await page in client.userPages(perPage: 100, maxPages: users / 100 + 1) {
            pages += 1
            seen += page.users.count
            if pages == 10 { early = memory() }
        }
        let crawl = clock.now - started
        let late = memory()
        let perPage = (Double(crawl.components.seconds) * 1000 + Double(crawl.components.attoseconds) / 1e15) / Double(max(pages, 1))
        row("crawl \(seen) users over loopback (\(pages) pages)", String(format: "%.2f ms/page", perPage), "")
        row("RSS after 10 pages -> after the crawl", String(format: "%.1f -> %.1f MB", early.rss, late.rss), "flat")
        row("peak RSS of this process (client + simulator)", String(format: "%.1f MB", late.peak), "")
        await transport.shutdown()
        await simulator.stop()
    }
}
