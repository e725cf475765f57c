import Synchronization

/// Waits for a shared task's result, but stops waiting when the waiter is cancelled (the
/// shared task goes on for its other waiters). `await task.value` alone ignores the
/// waiter's cancellation: a stalled token grant would then keep a cancelled poller, and
/// the app's shutdown, waiting until the request timed out.
enum CancellableWait {
    /// The task's value, or nil when the calling task was cancelled first.
    static func value<T: Sendable>(of task: Task<T, Never>) async -> T? {
        let slot = Slot<T>()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
                slot.attach(continuation)
                Task { slot.resolve(await task.value) }
            }
        } onCancel: {
            slot.resolve(nil)
        }
    }

    /// Resumes its continuation exactly once, whichever of value or cancellation comes first,
    /// and whether that comes before or after the continuation is attached.
    private final class Slot<T: Sendable>: Sendable {
        private let state = Mutex<(continuation: CheckedContinuation<T?, Never>?, result: T??)>((nil, nil))

        func attach(_ continuation: CheckedContinuation<T?, Never>) {
            let ready: T?? = state.withLock { s in
                if let result = s.result { return .some(result) }
                s.continuation = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }

        func resolve(_ value: T?) {
            let waiting: CheckedContinuation<T?, Never>? = state.withLock { s in
                guard s.result == nil else { return nil }
                s.result = .some(value)
                let c = s.continuation
                s.continuation = nil
                return c
            }
            waiting?.resume(returning: value)
        }
    }
}
