import Foundation
@testable import LaunchdeckApp
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import LaunchdeckStore
import LaunchdeckTesting
import Synchronization
import Testing

/// A new leader's budgets go on from what the previous one spent (`room.spent`), so watchers
/// taking over in turn spend what one leader would, never more than an API allows.
@Suite struct RoomBudgetTests {
    @Test func spendsReadBack() {
        let at = Date(timeIntervalSince1970: 1_796_000_060)
        let spends = [BudgetSpend(service: "tly", count: 312, oldest: Date(timeIntervalSince1970: 1_796_000_000.25), at: at),
                      BudgetSpend(service: "apt", count: 4, oldest: Date(timeIntervalSince1970: 1_796_000_050), at: at)]
        #expect(BudgetSpend.read(BudgetSpend.text(spends)) == spends)
        #expect(BudgetSpend.read("garbage\ntly x 1").isEmpty)
    }

    /// Twenty leaders in turn, each greedy (it asks for more than the limit allows every 10 s)
    /// and each killed after 30 s: in no minute do they send more than Apteligent's 20, nor in
    /// any hour more than Tinylytics' 1000.
    @Test func twentyLeadersInTurnNeverExceedTheLimits() async {
        let place = RoomTests.Place()
        let clock = Mutex<Duration>(.zero)
        let epoch = Date(timeIntervalSince1970: 1_796_000_000)
        func wall() -> Date { epoch.addingTimeInterval(Double(clock.withLock { $0 }.components.seconds)) }
        var sent: [String: [Duration]] = [:]
        for k in 0..<20 {
            let room = place.room(pid: Int32(100 + k))
            let budgets = [("tly", RateBudget(limit: 1000, window: .seconds(3600), now: { clock.withLock { $0 } })),
                           ("apt", RateBudget(limit: 20, window: .seconds(60), now: { clock.withLock { $0 } }))]
            #expect(room.step(now: wall(), budgets: []) == .becameLeader, "leader \(k)")
            await BudgetSpend.seed(room.board.spent(), into: budgets, now: wall())
            for _ in 0..<3 {
                for (name, budget) in budgets {
                    for _ in 0..<(name == "apt" ? 15 : 400) {
                        guard (try? await budget.acquire(service: name == "apt" ? .apteligent : .tinylytics)) != nil else { break }
                        sent[name, default: []].append(clock.withLock { $0 })
                    }
                }
                _ = room.step(now: wall(), budgets: [], spent: await BudgetSpend.of(budgets, now: wall()))
                clock.withLock { $0 += .seconds(10) }
            }
            room.lease.release()  // killed: its notice and what it spent stay in the store
        }
        func most(_ times: [Duration], within window: Duration) -> Int {
            times.indices.map { i in times[i...].prefix { $0 < times[i] + window }.count }.max() ?? 0
        }
        #expect(most(sent["apt"] ?? [], within: .seconds(60)) <= 20)
        #expect(most(sent["tly"] ?? [], within: .seconds(3600)) <= 1000)
        #expect((sent["tly"] ?? []).count >= 1000, "the leaders did spend the whole hour between them")
    }

    /// What an old leader spent long ago has left every window: a leader starting later owes nothing.
    @Test func aSpendOlderThanTheWindowIsNotCounted() async {
        let budget = RateBudget(limit: 20, window: .seconds(60), now: { .seconds(1000) })
        let now = Date()
        await BudgetSpend.seed([BudgetSpend(service: "apt", count: 20, oldest: now.addingTimeInterval(-120), at: now.addingTimeInterval(-61))],
                               into: [("apt", budget)], now: now)
        #expect(await budget.state().used == 0)
        await BudgetSpend.seed([BudgetSpend(service: "apt", count: 20, oldest: now.addingTimeInterval(-120), at: now.addingTimeInterval(-59))],
                               into: [("apt", budget)], now: now)
        #expect(await budget.state().used == 19, "the oldest has left the window; the rest are as recent as the count")
    }

    /// A dashboard taking over seeds its real clients' budgets from the store.
    @Test func aNewLeadersBudgetsStartFromTheOldLeadersSpend() async throws {
        let place = RoomTests.Place()
        let simulator = try await Simulator.start()
        var services = Services.demo(simulator, transport: AsyncHTTPTransport())
        services.intervals = PaneIntervals(web: .seconds(60), experiments: .seconds(60), push: .seconds(60), crashes: .seconds(60))

        let old = place.room(pid: 1)
        let now = Date()
        #expect(old.step(now: now, budgets: []) == .becameLeader)
        _ = old.step(now: now, budgets: [], spent: [BudgetSpend(service: "tly", count: 900, oldest: now.addingTimeInterval(-600), at: now),
                                                     BudgetSpend(service: "apt", count: 18, oldest: now.addingTimeInterval(-1), at: now)])
        old.lease.release()  // killed
        let room = place.room(pid: 2)
        let hub = DataHub(services: services, history: HistoryWriter(history: room.board.history), room: room, wake: {})
        hub.start()
        #expect(await eventually(timeout: .seconds(30)) { room.role == .leader })
        let tly = try #require(services.tinylytics).client.budget, apt = try #require(services.apteligent).client.budget
        #expect(await eventually(timeout: .seconds(30)) { await tly.state().used >= 900 })
        let aptUsed = await apt.state().used
        // 17 of them count as sent when counted (the oldest may have left the window on a loaded machine).
        #expect(aptUsed >= 17 && aptUsed <= 20, "Apteligent's minute goes on from 18: \(aptUsed)")
        await hub.stop()
        await services.shutdown()
    }

    /// The spend is written when a count or an oldest request moves, not each second for its
    /// time stamp (or the microseconds its oldest jitters by): an idle leader writes nothing.
    @Test func anUnchangedSpendIsNotWrittenAgain() {
        let place = RoomTests.Place()
        let room = place.room(pid: 1)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(room.step(now: now, budgets: []) == .becameLeader)
        func spend(_ count: Int, at moment: Date, jitter: Double = 0) -> [BudgetSpend] {
            [BudgetSpend(service: "tly", count: count, oldest: now.addingTimeInterval(-60 + jitter), at: moment)]
        }
        _ = room.step(now: now, budgets: [], spent: spend(3, at: now))
        _ = room.step(now: now.addingTimeInterval(1), budgets: [], spent: spend(3, at: now.addingTimeInterval(1), jitter: 0.000_003))
        #expect(room.board.spent() == spend(3, at: now), "the same spend a second later is not written again")
        _ = room.step(now: now.addingTimeInterval(2), budgets: [], spent: spend(4, at: now.addingTimeInterval(2)))
        #expect(room.board.spent() == spend(4, at: now.addingTimeInterval(2)), "a new request is")
    }
}
