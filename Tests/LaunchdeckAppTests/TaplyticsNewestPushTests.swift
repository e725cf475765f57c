import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckSimulator
import TerminalUI
import Testing

/// Today's push is on Taplytics' last page: with 1000 pushes over ten pages in the
/// simulator, the Push pane shows the newest first, at a counted cost in requests.
@Suite struct TaplyticsNewestPushTests {
    func pane(_ snapshot: PushSnapshot, now: Date) -> [String] {
        var buffer = Buffer(size: Size(width: 70, height: 8))
        PushPane(state: Loadable(value: snapshot, fetchedAt: now), focused: false)
            .render(Rect(x: 0, y: 0, width: 70, height: 8), into: &buffer,
                    context: PaneContext(now: now, demo: false))
        return buffer.lines
    }

    @Test func theNewestOfAThousandPushesIsShownFirst() async throws {
        let start = Date(timeIntervalSince1970: 1_795_435_200)
        let simulator = try await Simulator.start(.init(seed: 7, now: { start }, pushes: 1000))
        let real = AsyncHTTPTransport()
        let transport = CountingTransport(real)
        let client = TaplyticsClient(baseURL: simulator.taplyticsBaseURL, apiToken: Secret(simulator.taplyticsToken),
                                     transport: transport)
        let sources = TaplyticsSources(client: client, wallClock: { start })
        let first = try await sources.pushes()
        let firstCost = transport.take()[.taplytics] ?? 0
        let again = try await sources.pushes()
        let steadyCost = transport.take()[.taplytics] ?? 0
        let pageOne = try await client.pushes(TaplyticsPageQuery(page: 1, perPage: 100))
        _ = transport.take()
        await real.shutdown()
        await simulator.stop()

        // Page 1 to learn `last`, then page 10; after that page 10 alone.
        #expect(firstCost == 2 && steadyCost == 1, "first poll \(firstCost) requests, then \(steadyCost)")
        #expect(pageOne.items.contains { $0.notification?.alert?.hasPrefix("We're live") == true } == false,
                "the launch push is not on page 1 (the list is oldest first)")
        #expect(first.pushes.count == 100 && first.more && first.total == 1000)
        #expect(first.pushes.first?.notification?.alert == "We're live! 🚀 Acme 4 is here")
        #expect(again.pushes == first.pushes)
        let created = try #require(first.pushes.first?.createdTime)
        #expect(created == start.addingTimeInterval(-1800), "made half an hour before the start, read from its id")
        // Newest first all the way down, by the time in the ids (the GET bodies carry no other).
        let times = first.pushes.compactMap(\.createdTime)
        #expect(times.count == 100 && times == times.sorted(by: >))

        let lines = pane(first, now: start)
        #expect(lines[1].contains("ALERT") && lines[1].contains("CREATED"))
        #expect(!lines[1].contains("STATUS") && !lines[1].contains("WHEN"), "no body has a status or a send time")
        #expect(lines[2].contains("We're live!") && lines[2].contains("11:30 UTC · 30m ago"), "\(lines[2])")
    }

    @Test func thePushFieldsSwitchBringsBackStatusAndWhen() async throws {
        let start = Date(timeIntervalSince1970: 1_795_435_200)
        let simulator = try await Simulator.start(.init(seed: 7, now: { start }, pushFieldsOnGet: true))
        let transport = AsyncHTTPTransport()
        let sources = TaplyticsSources(client: TaplyticsClient(
            baseURL: simulator.taplyticsBaseURL, apiToken: Secret(simulator.taplyticsToken), transport: transport),
            wallClock: { start })
        let snapshot = try await sources.pushes()
        await transport.shutdown()
        await simulator.stop()
        let lines = pane(snapshot, now: start)
        #expect(lines[1].contains("STATUS") && lines[1].contains("WHEN") && !lines[1].contains("CREATED"))
        #expect(lines[2].contains("We're live!") && lines[2].contains("scheduled"), "\(lines[2])")
    }
}
