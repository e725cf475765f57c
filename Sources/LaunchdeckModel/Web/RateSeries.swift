#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Per-minute rates of an ever-growing counter (a site's lifetime hits), from the samples
/// launchdeck took itself: the API has no per-minute history, so the sparkline fills in
/// as the dashboard runs, and minutes it did not see stay empty rather than invented.
public struct RateSeries: Sendable, Equatable {
    public private(set) var samples: [(time: Date, count: Int)] = []
    /// How far back the series reaches.
    public let window: TimeInterval

    public init(window: TimeInterval = 3600) { self.window = window }

    public static func == (a: RateSeries, b: RateSeries) -> Bool {
        a.window == b.window && a.samples.map(\.time) == b.samples.map(\.time) && a.samples.map(\.count) == b.samples.map(\.count)
    }

    /// Adds a reading. A counter that went down (a reset, another site) starts over.
    public mutating func record(_ count: Int, at time: Date) {
        if let last = samples.last {
            if time <= last.time { return }
            if count < last.count { samples.removeAll() }
        }
        samples.append((time, count))
        // Keep one sample older than the window, so the first minute has a rate.
        while samples.count > 2, samples[1].time < time.addingTimeInterval(-window) { samples.removeFirst() }
    }

    /// Counts per minute for each of the last `minutes` whole minutes up to `now`, oldest first;
    /// nil where no two samples span any of the minute.
    public func perMinute(minutes: Int = 60, now: Date) -> [Double?] {
        guard minutes > 0 else { return [] }
        let end = now.timeIntervalSince1970
        var totals = [Double](repeating: 0, count: minutes)
        var covered = [Double](repeating: 0, count: minutes)
        let start = end - Double(minutes) * 60
        for (a, b) in zip(samples, samples.dropFirst()) {
            let t0 = a.time.timeIntervalSince1970, t1 = b.time.timeIntervalSince1970
            let rate = Double(b.count - a.count) / (t1 - t0)  // per second, spread evenly
            var lo = max(t0, start)
            let hi = min(t1, end)
            while lo < hi {
                let bucket = Int((lo - start) / 60)
                guard bucket >= 0, bucket < minutes else { break }
                let bucketEnd = start + Double(bucket + 1) * 60
                let span = min(hi, bucketEnd) - lo
                totals[bucket] += rate * span
                covered[bucket] += span
                lo += span
            }
        }
        return (0..<minutes).map { covered[$0] > 0 ? totals[$0] / covered[$0] * 60 : nil }
    }

    /// Per-minute counts from individual hit times (one page of raw hits, newest first), for
    /// the minutes the page covers completely: the sparkline's history before launchdeck
    /// started watching. Minutes outside the page stay nil.
    public static func backfill(hitTimes: [Date], minutes: Int = 60, now: Date) -> [Double?] {
        guard minutes > 0, let oldest = hitTimes.min() else { return Array(repeating: nil, count: max(0, minutes)) }
        let start = now.timeIntervalSince1970 - Double(minutes) * 60
        var counts = [Double](repeating: 0, count: minutes)
        for time in hitTimes {
            let bucket = Int(((time.timeIntervalSince1970 - start) / 60).rounded(.down))  // before start: < 0
            if bucket >= 0, bucket < minutes { counts[bucket] += 1 }
        }
        // The oldest hit's minute may be only partly on the page: only later minutes count.
        let firstWhole = Int(((oldest.timeIntervalSince1970 - start) / 60).rounded(.down)) + 1
        return (0..<minutes).map { $0 >= firstWhole ? counts[$0] : nil }
    }

    /// The live per-minute rates, with `backfill` where the live series has no value.
    public func perMinute(minutes: Int = 60, now: Date, backfill: [Double?]) -> [Double?] {
        let live = perMinute(minutes: minutes, now: now)
        let shift = backfill.count - minutes
        return live.enumerated().map { i, value in
            value ?? (i + shift >= 0 && i + shift < backfill.count ? backfill[i + shift] : nil)
        }
    }
}
