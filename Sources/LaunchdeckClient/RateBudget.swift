/// A per-credential request budget over a sliding window: a request the API would refuse
/// is never sent. Tinylytics allows 1000 requests per hour per key.
public actor RateBudget {
    public struct State: Sendable, Equatable {
        public var limit: Int
        public var used: Int
        public var left: Int { max(0, limit - used) }
        /// Time until the oldest request leaves the window (zero when nothing is used).
        public var resetsIn: Duration

        public init(limit: Int, used: Int, resetsIn: Duration) {
            self.limit = limit
            self.used = used
            self.resetsIn = resetsIn
        }
    }

    public let limit: Int
    public let window: Duration
    private let now: @Sendable () -> Duration
    private var sent: [Duration] = []

    /// - Parameter now: a monotonic time; defaults to time since this budget was made.
    public init(limit: Int, window: Duration, now: (@Sendable () -> Duration)? = nil) {
        self.limit = limit
        self.window = window
        if let now {
            self.now = now
        } else {
            let start = ContinuousClock.now
            self.now = { ContinuousClock.now - start }
        }
    }

    /// Takes one request from the budget, or throws `.rateLimited` without sending.
    public func acquire(service: Service) throws(ClientError) {
        let t = now()
        expire(at: t)
        guard sent.count < limit else {
            let wait = (sent.first.map { $0 + window - t }) ?? .zero
            let seconds = wait.components.seconds + (wait.components.attoseconds > 0 ? 1 : 0)
            throw ClientError(service, .rateLimited,
                              detail: "launchdeck's budget of \(limit) is used; next in \(seconds) s")
        }
        sent.append(t)
    }

    public func state() -> State {
        let t = now()
        expire(at: t)
        return State(limit: limit, used: sent.count, resetsIn: sent.first.map { $0 + window - t } ?? .zero)
    }

    private func expire(at t: Duration) {
        let cutoff = t - window
        if let firstKept = sent.firstIndex(where: { $0 > cutoff }) {
            if firstKept > 0 { sent.removeFirst(firstKept) }
        } else {
            sent.removeAll()
        }
    }
}
