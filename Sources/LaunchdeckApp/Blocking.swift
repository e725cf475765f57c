import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Synchronous code waiting for asynchronous work. launchdeck's entry point is synchronous on
/// purpose: an `async` main parks the main thread in `dispatch_main`, which leaves through
/// `pthread_exit`, and that unwinds the stack through the whole unwind table: 0.7 MB of
/// `.eh_frame` made resident for nothing (BENCHMARKS.md, "Memory"). The main thread instead
/// blocks here while the work runs on the concurrency pool, and runs the UI loop itself.
public enum Blocking {
    /// Runs `work` on the global executor and waits for it. Never call it from a task: the
    /// waiting thread is blocked, and the work must not need it (nothing may be `@MainActor`).
    /// The waiting thread takes every signal meanwhile, as the thread `dispatch_main` parks
    /// did (it waits in `sigsuspend` with nothing blocked): the runtime's worker threads
    /// block them all, and a mask inherited from a parent that blocked them (a test runner's
    /// thread, a tmux server it spawned) would otherwise leave SIGHUP pending forever and
    /// `launchdeck simulate` alive after its terminal closed.
    public static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        var none = sigset_t()
        var previous = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &previous)
        done.wait()
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        guard let result = box.result else { preconditionFailure("signalled without a result") }
        return try result.get()
    }

    public static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        do {
            return try wait { () async throws -> T in await work() }
        } catch {
            preconditionFailure("work that cannot throw threw \(error)")
        }
    }

    /// Written by the task before it signals, read by the waiter after: the semaphore orders them.
    private final class Box<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
