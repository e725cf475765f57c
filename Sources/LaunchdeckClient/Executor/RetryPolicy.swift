/// When a failed request is tried again: only GETs, only for failures a second try can
/// fix (5xx, timeouts, dropped connections), with exponential backoff and jitter.
public struct RetryPolicy: Sendable, Equatable {
    public enum Decision: Sendable, Equatable {
        case retry(after: Duration)
        case fail
    }

    /// Attempts in all, the first included.
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration

    public init(maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8)) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// No retries: for tests and for writes.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// - Parameters:
    ///   - attempt: the attempt that just failed, from 1.
    ///   - jitter: a random number in 0..<1; the delay is between half and all of the backoff.
    public func decide(after error: ClientError, attempt: Int, method: String, jitter: Double) -> Decision {
        guard method == "GET", attempt < maxAttempts, Self.isTransient(error.kind) else { return .fail }
        var backoff = baseDelay
        for _ in 1..<max(attempt, 1) { backoff = min(maxDelay, backoff * 2) }
        let fraction = 0.5 + 0.5 * min(max(jitter, 0), 1)
        return .retry(after: min(maxDelay, backoff * fraction))
    }

    static func isTransient(_ kind: ClientError.Kind) -> Bool {
        switch kind {
        case .server, .timeout, .transport: return true
        default: return false
        }
    }
}
