import Foundation
import Synchronization

/// A wall-clock time a test sets and moves, shared with the code under test as `{ time.now }`.
public final class SettableTime: Sendable {
    private let value: Mutex<Date>

    public init(_ start: Date) { value = Mutex(start) }

    /// 2026-11-23 12:00:00 UTC, the fixed instant tests start from.
    public convenience init() { self.init(Date(timeIntervalSince1970: 1_795_435_200)) }

    public var now: Date { value.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        value.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
