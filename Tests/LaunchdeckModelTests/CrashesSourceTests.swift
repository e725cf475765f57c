import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import LaunchdeckTesting
import Synchronization
import Testing

/// The Crashes pane's data against the simulator's launch: versions ranked by crash rate (not
/// by crash count, which the most-used version always tops), with adoption beside each, read
/// from `trends` at most every five minutes so a poll stays at four calls.
@Suite struct CrashesSourceTests {
    final class Paths: HTTPTransport {
        let inner: any HTTPTransport
        let sent = Mutex<[String]>([])
        init(_ inner: any HTTPTransport) { self.inner = inner }
        func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse {
            sent.withLock { $0.append(request.url.path) }
            return try await inner.send(request, for: service)
        }
        func take() -> [String] { sent.withLock { s in defer { s = [] }; return s } }
    }

    @Test func versionsRankByRateWithAdoptionAndTrendsIsReadEveryFiveMinutes() async throws {
        let time = SettableTime()
        let simulator = try await Simulator.start(.init(seed: 7, now: { time.now }))
        let real = AsyncHTTPTransport()
        let transport = Paths(real)
        let login = simulator.apteligentLogin
        let client = ApteligentClient(
            baseURL: simulator.apteligentBaseURL,
            credentials: .password(clientID: login.clientID, username: login.username, password: Secret(login.password)),
            transport: transport)
        let monotonic = Mutex(Duration.zero)
        let source = CrashesSource(client: client, apps: AppChoice(client: client, appID: "519d53101386202089000007"),
                                   now: { monotonic.withLock { $0 } })
        func poll(after seconds: Int) async throws -> (CrashesSnapshot, [String]) {
            time.advance(by: TimeInterval(seconds))
            monotonic.withLock { $0 += .seconds(seconds) }
            let snapshot = try await source.fetch()
            return (snapshot, transport.take())
        }
        var failure: (any Error)?
        do {
            // 12 minutes after the launch: 3.4.0 at its crash peak while few run it yet.
            let (first, firstCalls) = try await poll(after: 120 + 720)
            #expect(firstCalls.filter { $0.hasSuffix("/v2/trends/519d53101386202089000007") }.count == 1)
            let top = try #require(first.versions.first)
            #expect(top.version == "3.4.0")
            #expect(top.crashPercent == 4.2)
            let mostUsed = try #require(first.versions.max { ($0.loadShare ?? 0) < ($1.loadShare ?? 0) })
            #expect(mostUsed.version != "3.4.0", "the most-used version is not the one ranked first")
            #expect(first.versions.allSatisfy { $0.loadShare != nil })
            #expect(first.trendStart != nil && first.trendInterval.map { $0 > 0 } == true,
                    "the day's graph keeps its start and interval, so the history can place its points")
            #expect(first.versions == first.versions.sorted { $0.crashPercent > $1.crashPercent })
            #expect(first.versionDays.contains { $0.version == "3.4.0" } && first.versionDays.count > first.versions.count,
                    "the poll that read trends carries its daily loads by version, for the history")

            let (second, secondCalls) = try await poll(after: 61)
            #expect(secondCalls.count == 4, "\(secondCalls)")
            #expect(!secondCalls.contains { $0.contains("/v2/trends/") })
            #expect(second.versions.map(\.loadShare) == first.versions.map(\.loadShare), "adoption kept between reads")
            #expect(second.versionDays.isEmpty, "days are given once, by the poll that read them")

            let (_, laterCalls) = try await poll(after: 300)
            #expect(laterCalls.count == 5)
            #expect(laterCalls.contains { $0.contains("/v2/trends/") })
        } catch {
            failure = error
        }
        await real.shutdown()
        await simulator.stop()
        if let failure { throw failure }
    }
}
