import Foundation
@testable import LaunchdeckApp
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import Testing

/// What the versions screen and the user card add to the polling plan, measured against the
/// simulator: the versions screen reads trends through the Crashes pane's reader (no call of
/// its own within five minutes) and crash/counts once a poll, only while it is open; the
/// user card one request per query, at most once a minute.
@Suite struct VersionsAndUserBudgetTests {
    @Test func theVersionsScreenAndTheUserCardStayInsideTheBudgets() async throws {
        let simulator = try await Simulator.start()
        let real = AsyncHTTPTransport()
        let transport = CountingTransport(real)
        var failure: (any Error)?
        do {
            let login = simulator.apteligentLogin
            let apteligent = ApteligentClient(
                baseURL: simulator.apteligentBaseURL,
                credentials: .password(clientID: login.clientID, username: login.username, password: Secret(login.password)),
                transport: transport)
            let apps = AppChoice(client: apteligent)
            let crashes = CrashesSource(client: apteligent, apps: apps)
            let taplytics = TaplyticsClient(baseURL: simulator.taplyticsBaseURL, apiToken: Secret(simulator.taplyticsToken),
                                            transport: transport)
            let drills = DrillDownSource(tinylytics: nil, taplytics: taplytics, apteligent: (apteligent, apps),
                                         adoption: crashes.adoption)
            _ = try await crashes.fetch()  // token, apps, the four calls and trends
            _ = transport.take()
            guard case .versions(let board) = try await drills.fetch(.versions, query: DrillDownQuery()) else {
                Issue.record("not the versions board")
                return
            }
            #expect(!board.rows.isEmpty && !board.dailyCrashes.isEmpty)
            let versionsCost = transport.take()[.apteligent] ?? 0
            #expect(versionsCost == 1, "crash/counts only: trends came from the pane's reader")

            let lookup = TaplyticsUserLookup(kind: .email, value: Simulator.demoUserEmail)
            _ = try await drills.fetch(.user(lookup), query: DrillDownQuery())
            _ = try await drills.fetch(.user(lookup), query: DrillDownQuery())
            let userCost = transport.take()[.taplytics] ?? 0
            #expect(userCost == 1, "two polls within a minute: one request")

            for (name, intervals) in [("real", Services.realIntervals), ("demo", Services.demoIntervals)] {
                // Apteligent, 20 a minute: the pane's 4 a poll and the screen's 1 at the Crashes
                // interval, and trends once every 5 minutes.
                let perMinute = 60 / Double(intervals.crashes.components.seconds) * Double(4 + versionsCost) + 0.2
                #expect(perMinute <= 0.7 * 20, "\(name): Apteligent \(perMinute) a minute with the versions screen open")
                // Taplytics, launchdeck's own 600 an hour: the two panes and the card (at most once a minute).
                let perHour = 3600 / Double(intervals.experiments.components.seconds) + 3600 / Double(intervals.push.components.seconds)
                    + 60 * Double(userCost)
                #expect(perHour <= 0.8 * 600, "\(name): Taplytics \(perHour) an hour with the user card open")
            }
        } catch {
            failure = error
        }
        await real.shutdown()
        await simulator.stop()
        if let failure { throw failure }
    }
}
