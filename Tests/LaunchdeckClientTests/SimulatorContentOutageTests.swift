import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// The simulator's content monitoring follows the launch: the launch page is a broken link
/// (503) while the site is down, and the recheck after the outage clears it; an old broken
/// link stays ignored throughout.
@Suite struct SimulatorContentOutageTests {
    @Test func anOpenIssueDuringTheOutageOnly() async throws {
        try await withSimulator { (sim: SimulatorHarness) async throws in
            let outage = sim.simulator.timeline.downtime
            func content(at time: Date) async throws -> TinylyticsContentResponse {
                sim.clock.advance(by: time.timeIntervalSince(sim.clock.now))
                let response = try await sim.send(.tinylytics, "/sites/456/content")
                #expect(response.status == 200)
                return try JSONCoding.decoder().decode(TinylyticsContentResponse.self, from: response.body)
            }
            let before = try await content(at: outage.start.addingTimeInterval(-60))
            #expect(before.issues?.brokenLinks.isEmpty == true && before.monitoringStatus?.hasIssues == false)
            #expect(before.ignoredIssues?.map(\.id) == [201] && before.stats?.ignoredCount == 1, "an old link, ignored")
            let during = try await content(at: outage.start.addingTimeInterval(90))
            let issue = try #require(during.issues?.brokenLinks.first)
            #expect(issue.id == 202 && issue.statusCode == 503 && issue.ignored == false)
            #expect(issue.checkedAt == outage.start.addingTimeInterval(60), "checked on the minute")
            #expect(during.monitoringStatus?.lastCheckAt == issue.checkedAt)
            #expect(during.monitoringStatus?.hasIssues == true)
            #expect(during.stats?.brokenLinksCount == 1 && during.stats?.okCount == 46)
            let after = try await content(at: outage.end.addingTimeInterval(60))
            #expect(after.issues?.brokenLinks.isEmpty == true)
        }
    }
}
