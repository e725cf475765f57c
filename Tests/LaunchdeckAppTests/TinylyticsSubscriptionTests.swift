import Foundation
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import Testing

/// Without a Tinylytics subscription, content monitoring and insights answer 403: the Web
/// pane and the screens say so in place, and nothing else of the pane is lost.
@Suite struct TinylyticsSubscriptionTests {
    @Test func a403SaysNeedsASubscriptionAndTheRestStays() async throws {
        var options = Simulator.Options()
        options.subscribed = false
        let simulator = try await Simulator.start(options)
        let transport = AsyncHTTPTransport()
        let client = TinylyticsClient(baseURL: simulator.tinylyticsBaseURL,
                                      apiKey: Secret(simulator.tinylyticsKeys.readOnly), transport: transport)
        let sites = SiteChoice(client: client)
        let snapshot = try await WebSource(client: client, sites: sites).fetch()
        let drills = DrillDownSource(tinylytics: (client, sites), taplytics: nil, apteligent: nil)
        let insights = try await drills.fetch(.insights, query: DrillDownQuery())
        let kudos = try await drills.fetch(.kudos, query: DrillDownQuery())
        let uptime = try await drills.fetch(.uptime, query: DrillDownQuery())
        await transport.shutdown()
        await simulator.stop()

        #expect(snapshot.content == .unavailable("403, content monitoring needs a Tinylytics subscription"))
        #expect(snapshot.uptime == .unavailable("403, uptime needs a Tinylytics subscription"))
        #expect(snapshot.signals.isEmpty)
        #expect(snapshot.kudosToday != nil, "kudos are no subscription feature")
        #expect(snapshot.todayViews > 0)
        #expect(insights == .insights(.unavailable("403, insights needs a Tinylytics subscription")))
        #expect(uptime == .uptime(.unavailable("403, uptime monitoring needs a Tinylytics subscription")),
                "the uptime screen says it in place too, not as a failure")
        guard case .kudos(let tally) = kudos else { Issue.record("kudos: \(kudos)"); return }
        #expect(tally.total > 0)
    }

    @Test func contentMonitoringOffIsSaidAsSuch() {
        let error = ClientError(.tinylytics, .forbidden, detail: "Content monitoring is not enabled for this site")
        #expect(error.subscriptionReason(feature: "content monitoring")
                == "403, content monitoring is off for this site (Tinylytics: Content monitoring is not enabled for this site)")
        #expect(ClientError(.tinylytics, .server(status: 500)).subscriptionReason(feature: "insights") == nil,
                "a failure stays a failure")
    }
}
