/// A per-credential request budget: a request the API would refuse is never sent.
///
/// It counts requests over a sliding window (Tinylytics: 1000 an hour per key; Apteligent:
/// 20 a minute until its headers say otherwise), follows what the server reports in
/// `Rate-Limit-*` headers, and after a 429 sends nothing until the reset the server gave.
///
/// Apteligent's `Rate-Limit-Remaining` is not a count of calls left: the seed documents it
/// as the average number of calls a minute the client could still make until
/// `Rate-Limit-Reset` (seconds) without being limited. The calls left until the reset are
/// that rate times the time left: 18 a minute for 46 s is 13 calls.
public actor RateBudget {
    public struct State: Sendable, Equatable {
        public var limit: Int
        public var used: Int
        public var left: Int { max(0, limit - used) }
        /// Time until a request may be sent again, or until the oldest leaves the window.
        public var resetsIn: Duration
        /// What the server last said it can take, while its bucket lasts.
        public var server: ServerRate?

        public init(limit: Int, used: Int, resetsIn: Duration, server: ServerRate? = nil) {
            self.limit = limit
            self.used = used
            self.resetsIn = resetsIn
            self.server = server
        }
    }

    /// `Rate-Limit-Remaining` and `Rate-Limit-Reset` as sent: an average rate that can be
    /// kept up until the server's bucket resets.
    public struct ServerRate: Sendable, Equatable {
        /// Calls a minute, on average, the client may still make until the reset.
        public var perMinute: Int
        /// Time until the server's bucket resets.
        public var resetsIn: Duration

        public init(perMinute: Int, resetsIn: Duration) {
            self.perMinute = perMinute
            self.resetsIn = resetsIn
        }

        /// The calls that rate allows until the reset, rounded down: the budget never sends a
        /// call the server might refuse (at worst it waits for the reset for the last one).
        public var calls: Int {
            let seconds = Double(resetsIn.components.seconds) + Double(resetsIn.components.attoseconds) / 1e18
            let calls = Double(perMinute) * max(0, seconds) / 60
            return calls < Double(Int.max / 2) ? Int(calls.rounded(.down)) : Int.max / 2
        }
    }

    public private(set) var limit: Int
    public let window: Duration
    private let now: @Sendable () -> Duration
    private var sent: [Duration] = []
    /// After a 429: nothing is sent before this time.
    private var pausedUntil: Duration?
    /// What the server last reported, as calls left until its bucket resets.
    private var serverRemaining: (calls: Int, until: Duration)?
    /// The rate the server last reported and when its bucket resets (for the status line).
    private var serverRate: (perMinute: Int, until: Duration)?

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
        if let until = pausedUntil, t < until {
            throw ClientError(service, .rateLimited, detail: "the server asked to wait; next in \(Self.seconds(until - t)) s")
        }
        if let server = serverRemaining, t < server.until, server.calls <= 0 {
            throw ClientError(service, .rateLimited,
                              detail: "the server's budget is used; next in \(Self.seconds(server.until - t)) s")
        }
        guard sent.count < limit else {
            let wait = (sent.first.map { $0 + window - t }) ?? .zero
            throw ClientError(service, .rateLimited,
                              detail: "launchdeck's budget of \(limit) is used; next in \(Self.seconds(wait)) s")
        }
        sent.append(t)
        if let server = serverRemaining, t < server.until {
            serverRemaining = (server.calls - 1, server.until)
        }
    }

    /// A 429 answered: send nothing for `duration` (the reset the server gave).
    public func pause(for duration: Duration) {
        let until = now() + min(max(duration, .zero), Self.longestWait)
        pausedUntil = max(pausedUntil ?? until, until)
    }

    /// What a response's rate-limit headers said: the limit per window (`Rate-Limit-Limit`),
    /// the average calls a minute that can still be made until the reset
    /// (`Rate-Limit-Remaining`), and the time until the server's bucket resets
    /// (`Rate-Limit-Reset`). Nil values leave the budget as it was.
    public func observe(limit: Int?, averagePerMinute: Int?, resetIn: Duration?) {
        if let limit, limit > 0 { self.limit = limit }
        if let averagePerMinute, let resetIn {
            let t = now()
            let wait = min(max(resetIn, .zero), Self.longestWait)
            let until = t + wait
            let remaining = ServerRate(perMinute: max(0, averagePerMinute), resetsIn: wait).calls
            serverRate = (max(0, averagePerMinute), until)
            // A reply counted before requests still in flight must not raise what is left; but a
            // reply whose reset lies clearly past the window we track comes from the server's
            // next window, and starts it (carrying the old count over refused calls the server
            // would take, for a whole extra window: found by the fault soak).
            if let current = serverRemaining, t < current.until, until <= current.until + Self.sameWindowSlack {
                serverRemaining = (min(current.calls, max(0, remaining)), max(current.until, until))
            } else {
                serverRemaining = (max(0, remaining), until)
            }
        }
    }

    public func state() -> State {
        let t = now()
        expire(at: t)
        var resetsIn = sent.first.map { $0 + window - t } ?? .zero
        var used = sent.count
        if let until = pausedUntil, t < until {
            resetsIn = until - t
            used = limit
        } else if let server = serverRemaining, t < server.until, server.calls <= 0 {
            // The server can take no more until its reset: the limit is what counts.
            used = limit
            resetsIn = server.until - t
        }
        let server = serverRate.flatMap { rate in t < rate.until ? ServerRate(perMinute: rate.perMinute, resetsIn: rate.until - t) : nil }
        return State(limit: limit, used: min(used, limit), resetsIn: resetsIn, server: server)
    }

    /// The requests counted now: how many, and how long ago the oldest was sent.
    public func spent() -> (count: Int, oldestAgo: Duration) {
        let t = now()
        expire(at: t)
        return (sent.count, sent.first.map { t - $0 } ?? .zero)
    }

    /// Requests another process sent with the same key (a war room's previous leader): `count`
    /// in the window as it was `newestAgo` ago, the oldest `oldestAgo` ago. The others count as
    /// sent at that moment, the latest they can have been, which is never fewer than were sent in
    /// any window: a run of takeovers cannot exceed the limit. Those the window has left since go.
    public func seed(count: Int, oldestAgo: Duration, newestAgo: Duration = .zero) {
        guard count > 0 else { return }
        let t = now()
        let newest = t - min(max(newestAgo, .zero), window)
        let oldest = min(t - min(max(oldestAgo, .zero), window), newest)
        sent = (sent + [oldest] + Array(repeating: newest, count: count - 1)).sorted()
        expire(at: t)
    }

    private func expire(at t: Duration) {
        let cutoff = t - window
        if let firstKept = sent.firstIndex(where: { $0 > cutoff }) {
            if firstKept > 0 { sent.removeFirst(firstKept) }
        } else {
            sent.removeAll()
        }
        if let until = pausedUntil, t >= until { pausedUntil = nil }
        if let server = serverRemaining, t >= server.until { serverRemaining = nil }
        if let rate = serverRate, t >= rate.until { serverRate = nil }
    }

    /// No server may make us wait longer than this, whatever its headers say.
    static let longestWait: Duration = .seconds(3600)
    /// Resets within this of each other are one server window (Rate-Limit-Reset is rounded
    /// to whole seconds and counted from when each reply arrived).
    static let sameWindowSlack: Duration = .seconds(2)

    /// Whole seconds, rounded up.
    static func seconds(_ duration: Duration) -> Int64 {
        duration.components.seconds + (duration.components.attoseconds > 0 ? 1 : 0)
    }
}
