import Synchronization

/// Hands the newest value from the network side to the UI loop; older ones are dropped,
/// since a pane only ever shows the latest snapshot.
public final class Mailbox<Value: Sendable>: Sendable {
    private let slot = Mutex<Value?>(nil)

    public init() {}

    public func post(_ value: Value) {
        slot.withLock { $0 = value }
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
