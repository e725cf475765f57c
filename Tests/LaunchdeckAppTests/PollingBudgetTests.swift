import Foundation
@testable import LaunchdeckApp
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import LaunchdeckTesting
import Synchronization
import Testing

/// Counts the requests each service receives, and notes each one's path, then passes them on.
final class CountingTransport: HTTPTransport {
    let inner: any HTTPTransport
    let counts = Mutex<[Service: Int]>([:])
    private let paths = Mutex<[String]>([])

    init(_ inner: any HTTPTransport) { self.inner = inner }

    func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse {
        counts.withLock { $0[service, default: 0] += 1 }
        paths.withLock { $0.append(request.url.path) }
        return try await inner.send(request, for: service)
    }

    func take() -> [Service: Int] { counts.withLock { c in defer { c = [:] }; return c } }

    /// How many requests so far went to a path ending in `suffix`.
    func sent(toPathEndingWith suffix: String) -> Int { paths.withLock { $0.filter { $0.hasSuffix(suffix) }.count } }
}

/// The polling plan stays inside each API's documented limit with room for manual refreshes:
/// the requests of one real poll of every pane are counted against the simulator, then
/// multiplied by the polls an hour (or minute) the intervals make.
@Suite struct PollingBudgetTests {
    /// What the panes cost per poll, measured.
    func measure() async throws -> (web: Int, uptimeAndFirstLook: Int, experiments: Int, pushes: Int, crashes: Int,
                                    afterTwoMinutes: Int) {
        let simulator = try await Simulator.start()
        let real = AsyncHTTPTransport()
        let transport = CountingTransport(real)
        let tinylytics = TinylyticsClient(baseURL: simulator.tinylyticsBaseURL,
                                          apiKey: Secret(simulator.tinylyticsKeys.readOnly), transport: transport)
        let time = SettableTime(Date())
        let web = WebSource(client: tinylytics, sites: SiteChoice(client: tinylytics), wallClock: { time.now })
        _ = try await web.fetch()
        // sites, site, hits, history, yesterday, uptime, visitors, content, kudos, insights
        let first = transport.take()[.tinylytics] ?? 0
        _ = try await web.fetch()
        // site, hits (uptime and visitors are kept a minute, content 2, kudos 3, insights 15)
        let steady = transport.take()[.tinylytics] ?? 0
        time.advance(by: WebSource.contentInterval + 1)
        _ = try await web.fetch()
        let afterTwoMinutes = transport.take()[.tinylytics] ?? 0  // site, hits, uptime, visitors, content

        let taplytics = TaplyticsSources(client: TaplyticsClient(
            baseURL: simulator.taplyticsBaseURL, apiToken: Secret(simulator.taplyticsToken), transport: transport))
        _ = try await taplytics.experiments()
        let experiments = transport.take()[.taplytics] ?? 0
        _ = try await taplytics.pushes()
        let pushes = transport.take()[.taplytics] ?? 0

        let login = simulator.apteligentLogin
        let apteligent = ApteligentClient(
            baseURL: simulator.apteligentBaseURL,
            credentials: .password(clientID: login.clientID, username: login.username, password: Secret(login.password)),
            transport: transport)
        let crashes = CrashesSource(client: apteligent, apps: AppChoice(client: apteligent))
        _ = try await crashes.fetch()
        _ = transport.take()  // the first poll also gets a token and the app list
        _ = try await crashes.fetch()
        let crashCalls = transport.take()[.apteligent] ?? 0
        await real.shutdown()
        await simulator.stop()
        return (steady, first - steady, experiments, pushes, crashCalls, afterTwoMinutes)
    }

    @Test func defaultAndDemoIntervalsLeaveRoomInEveryBudget() async throws {
        let cost = try await measure()
        #expect(cost.web == 2 && cost.experiments == 1 && cost.pushes == 1 && cost.crashes == 4, "\(cost)")
        #expect(cost.afterTwoMinutes == 5, "content is read again after 2 minutes, kudos and insights not yet: \(cost)")
        // Content every 2 minutes, kudos every 3, insights every 15: 54 an hour.
        #expect(WebSource.occasionalRequestsPerHour == 54)
        for (name, intervals) in [("real", Services.realIntervals), ("demo", Services.demoIntervals)] {
            func perHour(_ pane: Pane) -> Double { 3600 / Double(intervals[pane].components.seconds) }
            // Tinylytics: 1000 an hour per key; uptime and visitors once a minute each on top of the
            // polls, and content, kudos and insights now and then: real 414 an hour, demo 774.
            let tinylytics = perHour(.web) * Double(cost.web) + 3600 / WebSource.uptimeInterval
                + 3600 / WebSource.visitorsInterval + WebSource.occasionalRequestsPerHour
            #expect(tinylytics <= 0.8 * 1000, "\(name): Tinylytics \(tinylytics) an hour leaves no room for r and drill-downs")
            // Apteligent: 20 a minute per client.
            let apteligent = perHour(.crashes) / 60 * Double(cost.crashes)
            #expect(apteligent <= 0.7 * 20, "\(name): Apteligent \(apteligent) a minute")
            // Taplytics documents no limit; launchdeck holds itself to 600 an hour.
            let taplytics = perHour(.experiments) * Double(cost.experiments) + perHour(.push) * Double(cost.pushes)
            #expect(taplytics <= 0.8 * 600, "\(name): Taplytics \(taplytics) an hour")
        }
    }
}
