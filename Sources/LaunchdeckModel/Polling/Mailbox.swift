import Synchronization

/// Hands the newest value from the network side to the UI loop; older ones are dropped,
/// since a pane only ever shows the latest snapshot.
public final class Mailbox<Value: Sendable>: Sendable {
    private let slot = Mutex<Value?>(nil)
    private let onPost: @Sendable () -> Void

    /// - Parameter onPost: called after each post, from the posting thread (wakes the UI).
    public init(onPost: @escaping @Sendable () -> Void = {}) {
        self.onPost = onPost
    }

    public func post(_ value: Value) {
        slot.withLock { $0 = value }
        onPost()
    }

    /// The newest value posted since the last take, if any.
    public func take() -> Value? {
        slot.withLock { slot in
            let value = slot
            slot = nil
            return value
        }
    }
}
