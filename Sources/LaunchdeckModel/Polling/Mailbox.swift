import Synchronization

/// Hands the newest value from the network side to the UI loop; older ones are dropped,
/// since a pane only ever shows the latest snapshot. It also keeps the newest value ever
/// posted, for a poller that restarts from where it was.
public final class Mailbox<Value: Sendable>: Sendable {
    private struct Slots {
        var unread: Value?
        var latest: Value?
    }
    private let slots = Mutex(Slots())
    private let onPost: @Sendable () -> Void

    /// - Parameter onPost: called after each post, from the posting thread (wakes the UI).
    public init(onPost: @escaping @Sendable () -> Void = {}) {
        self.onPost = onPost
    }

    public func post(_ value: Value) {
        slots.withLock {
            $0.unread = value
            $0.latest = value
        }
        onPost()
    }

    /// The newest value posted since the last take, if any.
    public func take() -> Value? {
        slots.withLock { slots in
            defer { slots.unread = nil }
            return slots.unread
        }
    }

    /// The newest value ever posted, taken or not.
    public var latest: Value? { slots.withLock { $0.latest } }
}
