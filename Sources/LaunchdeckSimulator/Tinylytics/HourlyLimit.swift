#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Tinylytics' rate limit: 1000 authenticated requests per hour per API key, counted over
/// a sliding hour. The docs give no body for the refusal; the simulator answers 429
/// `{"error": "Rate limit exceeded: 1000 requests per hour per API key"}` with Retry-After.
actor HourlyLimit {
    let limit: Int
    let now: @Sendable () -> Date
    private var sent: [String: [Date]] = [:]

    init(limit: Int, now: @escaping @Sendable () -> Date) {
        self.limit = limit
        self.now = now
    }

    /// Counts a request for `key`; nil when allowed, else the seconds until one is.
    func take(_ key: String) -> Int? {
        guard limit < Int.max else { return nil }  // limits off (benchmarks)
        let t = now()
        var times = sent[key, default: []]
        times.removeAll { t.timeIntervalSince($0) >= 3600 }
        guard times.count < limit else {
            sent[key] = times
            return max(1, Int((3600 - (times.first.map { t.timeIntervalSince($0) } ?? 0)).rounded(.up)))
        }
        times.append(t)
        sent[key] = times
        return nil
    }
}
