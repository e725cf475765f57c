#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Fetches a value now and then once per interval, on an injected clock, and publishes an
/// immutable `Loadable` after every attempt. The UI never waits for it.
public struct Poller<Value: Sendable, C: Clock>: Sendable where C.Duration == Duration {
    public let interval: Duration
    private let clock: C
    private let wallClock: @Sendable () -> Date
    private let fetch: @Sendable () async throws -> Value

    /// - Parameters:
    ///   - clock: schedules the fetches (a manual clock in tests).
    ///   - wallClock: stamps each result, for the age a pane shows.
    public init(interval: Duration, clock: C, wallClock: @escaping @Sendable () -> Date = { Date() },
                fetch: @escaping @Sendable () async throws -> Value) {
        self.interval = interval
        self.clock = clock
        self.wallClock = wallClock
        self.fetch = fetch
    }

    /// Runs until the task is cancelled. A cancelled task stops its request in flight.
    /// - Parameter initial: the state to go on from (a restarted poller keeps its last good value).
    public func run(from initial: Loadable<Value> = Loadable(), publish: @Sendable (Loadable<Value>) -> Void) async {
        var state = initial
        var deadline = clock.now
        while !Task.isCancelled {
            do {
                state.succeed(try await fetch(), at: wallClock())
            } catch {
                if Task.isCancelled { return }
                state.fail(String(describing: error), at: wallClock())
            }
            publish(state)
            deadline = deadline.advanced(by: interval)
            // A fetch that outlasted the interval must not cause a burst of catch-up fetches.
            let now = clock.now
            if deadline < now { deadline = now.advanced(by: interval) }
            do {
                try await clock.sleep(until: deadline, tolerance: nil)
            } catch {
                return
            }
        }
    }
}
