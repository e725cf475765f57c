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
        let before = t0.addingTimeInterval(-elapsed)
        if let site {
            let readings = history.points(HistoryRecorder.webSeries(site, "lifetime_hits"), from: before, to: now.addingTimeInterval(1))
            func rate(_ points: ArraySlice<SeriesPoint>) -> Double? {
                guard let first = points.first, let last = points.last, last.at > first.at, last.value >= first.value else { return nil }
                return (last.value - first.value) / last.at.timeIntervalSince(first.at) * 60
            }
            // The reading nearest T0 closes the span before and opens the one after.
            let pivot = readings.lastIndex { $0.at <= t0 }
            if let pivot, let after = rate(readings[pivot...]), let previous = rate(readings[...pivot]), previous > 0 {
                trafficRatio = after / previous
            }
        }
        if let app {
            let rates = history.points(HistoryRecorder.crashSeries(app, "rate_now"), from: before, to: now.addingTimeInterval(1))
            let after = rates.filter { $0.at >= t0 }.map(\.value), previous = rates.filter { $0.at < t0 }.map(\.value)
            if !after.isEmpty, !previous.isEmpty {
                crashDelta = after.reduce(0, +) / Double(after.count) - previous.reduce(0, +) / Double(previous.count)
            }
        }
    }
}
