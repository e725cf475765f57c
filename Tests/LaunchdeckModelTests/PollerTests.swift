import Foundation
import LaunchdeckModel
import LaunchdeckTesting
import Synchronization
import Testing

/// The poller on a manual clock: nothing real sleeps, every step is deterministic.
@Suite struct PollerTests {
    struct Boom: Error, CustomStringConvertible {
        var description: String { "503 from Tinylytics: the server failed; will retry" }
    }

    /// A fetch that replays a script of results and counts its calls.
    final class ScriptedFetch: Sendable {
        private let state: Mutex<(calls: Int, script: [Result<Int, Boom>])>
        init(_ script: [Result<Int, Boom>]) { state = Mutex((0, script)) }
        var calls: Int { state.withLock { $0.calls } }
        func next() throws -> Int {
            try state.withLock { s in
                s.calls += 1
                return try (s.script.isEmpty ? .success(s.calls * 100) : s.script.removeFirst()).get()
            }
        }
    }

    final class Published: Sendable {
        private let items = Mutex<[Loadable<Int>]>([])
        func append(_ item: Loadable<Int>) { items.withLock { $0.append(item) } }
        var all: [Loadable<Int>] { items.withLock { $0 } }
    }

    func start(_ fetch: ScriptedFetch, clock: ManualClock, time: SettableTime = SettableTime())
        -> (Task<Void, Never>, Published)
    {
        let published = Published()
        let poller = Poller(interval: .seconds(30), clock: clock, wallClock: { time.now }) { try fetch.next() }
        let task = Task { await poller.run { published.append($0) } }
        return (task, published)
    }

    /// Waits until the poller has finished `calls` fetches and sleeps again.
    func settle(_ fetch: ScriptedFetch, _ clock: ManualClock, _ published: Published, calls: Int) async -> Bool {
        await eventually { fetch.calls == calls && published.all.count == calls && clock.sleeperCount == 1 }
    }

    @Test func fetchesAtStartThenOncePerInterval() async {
        let clock = ManualClock()
        let fetch = ScriptedFetch([])
        let (task, published) = start(fetch, clock: clock)
        defer { task.cancel() }

        #expect(await settle(fetch, clock, published, calls: 1))
        clock.advance(by: .seconds(29))
        // advance() wakes due sleepers synchronously: a poller due before 30 s is gone now.
        #expect(clock.sleeperCount == 1, "the poller was due before its interval")
        // Give a wrongly scheduled poller a real chance to fetch early before looking.
        try? await Task.sleep(for: .milliseconds(50))
        #expect(fetch.calls == 1, "no fetch before the interval")
        #expect(clock.sleeperCount == 1)
        clock.advance(by: .seconds(1))
        #expect(await settle(fetch, clock, published, calls: 2))
        clock.advance(by: .seconds(30))
        #expect(await settle(fetch, clock, published, calls: 3))
        #expect(published.all.map(\.value) == [100, 200, 300])
    }

    @Test func aLongJumpIsOneFetchNotABurst() async {
        let clock = ManualClock()
        let fetch = ScriptedFetch([])
        let (task, published) = start(fetch, clock: clock)
        defer { task.cancel() }
        #expect(await settle(fetch, clock, published, calls: 1))
        clock.advance(by: .seconds(300))
        #expect(await settle(fetch, clock, published, calls: 2))
        #expect(fetch.calls == 2)
    }

    @Test func aFailureKeepsTheLastGoodValueBesideTheError() async {
        let clock = ManualClock()
        let time = SettableTime()
        let start0 = time.now
        let fetch = ScriptedFetch([.success(1), .failure(Boom()), .success(3)])
        let (task, published) = start(fetch, clock: clock, time: time)
        defer { task.cancel() }

        #expect(await settle(fetch, clock, published, calls: 1))
        time.advance(by: 30)
        clock.advance(by: .seconds(30))
        #expect(await settle(fetch, clock, published, calls: 2))
        let failed = published.all[1]
        #expect(failed.value == 1)
        #expect(failed.fetchedAt == start0)
        #expect(failed.error == "503 from Tinylytics: the server failed; will retry")
        #expect(failed.age(at: time.now) == 30)

        clock.advance(by: .seconds(30))
        #expect(await settle(fetch, clock, published, calls: 3))
        let recovered = published.all[2]
        #expect(recovered.value == 3)
        #expect(recovered.error == nil)
    }

    @Test func cancellingStopsThePoller() async {
        let clock = ManualClock()
        let fetch = ScriptedFetch([])
        let (task, published) = start(fetch, clock: clock)
        #expect(await settle(fetch, clock, published, calls: 1))
        task.cancel()
        await task.value
        clock.advance(by: .seconds(120))
        #expect(fetch.calls == 1)
        #expect(clock.sleeperCount == 0)
    }

    @Test func freshnessTurnsAmberThenRed() {
        #expect(Freshness(age: 59, interval: 30) == .fresh)
        #expect(Freshness(age: 61, interval: 30) == .stale)
        #expect(Freshness(age: 151, interval: 30) == .veryStale)
    }
}
