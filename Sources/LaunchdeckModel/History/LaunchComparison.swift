#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckStore

/// Since T0 against the same span before it, from the history: hits a minute (×) and the
/// crash rate now (Δ, percentage points). A figure the history cannot give is nil; the span
/// before T0 counts only what was recorded in it.
public struct LaunchComparison: Sendable, Equatable {
    public var t0: Date
    /// How long since T0 (negative: T0 is still to come).
    public var elapsed: TimeInterval
    /// Hits a minute since T0 over hits a minute in the span before.
    public var trafficRatio: Double?
    /// The mean crash rate since T0 minus the mean in the span before, in percentage points.
    public var crashDelta: Double?

    public init(history: History, site: Int?, app: String?, t0: Date, now: Date) {
        self.t0 = t0
        elapsed = now.timeIntervalSince(t0)
        trafficRatio = nil
        crashDelta = nil
        guard elapsed >= 60 else { return }
        let before = t0.addingTimeInterval(-elapsed), end = now.addingTimeInterval(1)
        // A few indexed reads, whatever the span: the ends of each side and the crash rate's means.
        if let site {
            let series = HistoryRecorder.webSeries(site, "lifetime_hits")
            func rate(_ first: SeriesPoint?, _ last: SeriesPoint?) -> Double? {
                guard let first, let last, last.at > first.at, last.value >= first.value else { return nil }
                return (last.value - first.value) / last.at.timeIntervalSince(first.at) * 60
            }
            // The reading nearest T0 (at or before it) closes the span before and opens the one after.
            let previousSpan = history.summary(series, from: before, to: t0.addingTimeInterval(0.001))
            let pivot = previousSpan.last
            let afterSpan = history.summary(series, from: t0, to: end)
            if let after = rate(pivot, afterSpan.last), let previous = rate(previousSpan.first, pivot), previous > 0 {
                trafficRatio = after / previous
            }
        }
        if let app {
            let series = HistoryRecorder.crashSeries(app, "rate_now")
            if let after = history.summary(series, from: t0, to: end).mean, let previous = history.summary(series, from: before, to: t0).mean {
                crashDelta = after - previous
            }
        }
    }
}
