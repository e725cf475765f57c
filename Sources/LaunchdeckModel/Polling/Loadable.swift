#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a pane knows about one data source at a moment: the last good value and when it
/// was fetched, and the latest failure. A failure never erases the last good value.
public struct Loadable<Value: Sendable>: Sendable {
    public private(set) var value: Value?
    public private(set) var fetchedAt: Date?
    /// The latest failure, cleared by the next success.
    public private(set) var error: String?
    public private(set) var failedAt: Date?
    /// Fetches attempted so far (successes and failures).
    public private(set) var attempts: Int = 0

    public init() {}

    public init(value: Value, fetchedAt: Date) {
        self.value = value
        self.fetchedAt = fetchedAt
        self.attempts = 1
    }

    /// True until the first fetch has finished, either way.
    public var isLoading: Bool { attempts == 0 }

    public mutating func succeed(_ value: Value, at time: Date) {
        self.value = value
        fetchedAt = time
        error = nil
        failedAt = nil
        attempts += 1
    }

    public mutating func fail(_ message: String, at time: Date) {
        error = message
        failedAt = time
        attempts += 1
    }

    /// Seconds since the value was fetched, if there is one.
    public func age(at now: Date) -> TimeInterval? {
        fetchedAt.map { max(0, now.timeIntervalSince($0)) }
    }
}

/// How fresh data is against its refresh interval: amber past twice, red past five times.
public enum Freshness: Sendable, Equatable {
    case fresh, stale, veryStale

    public init(age: TimeInterval, interval: TimeInterval) {
        if age > interval * 5 {
            self = .veryStale
        } else if age > interval * 2 {
            self = .stale
        } else {
            self = .fresh
        }
    }
}

extension Loadable {
    /// The same state with the value transformed (ages, errors and attempts kept).
    public func map<T: Sendable>(_ transform: (Value) -> T) -> Loadable<T> {
        var out = Loadable<T>()
        out.value = value.map(transform)
        out.fetchedAt = fetchedAt
        out.error = error
        out.failedAt = failedAt
        out.attempts = attempts
        return out
    }

    /// The same state without its value's type (for chrome that only shows age and errors).
    public func map() -> Loadable<Void> { map { _ in () } }
}
