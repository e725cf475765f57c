#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckStore

/// How far back the timeline looks.
public enum TimelineRange: String, Sendable, CaseIterable {
    case hour = "1h", sixHours = "6h", day = "24h", week = "7d"

    public var seconds: TimeInterval {
        switch self {
        case .hour: 3600
        case .sixHours: 6 * 3600
        case .day: 86_400
        case .week: 7 * 86_400
        }
    }
}

/// The launch on one time axis, read from the history: `buckets` equal slices of the range,
/// each with what was recorded in it; nil where nothing was (a gap is drawn as a gap).
public struct Timeline: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var name: String
        /// Each bucket's mean of what was recorded in it (nil: nothing).
        public var values: [Double?]
        /// What the chart draws: `values`, with the buckets between two samples of a series
        /// the source itself samples coarsely (the hourly graph) joined by a straight line,
        /// as the source's own chart joins them. Readouts use `values`.
        public var drawn: [Double?]

        public init(name: String, values: [Double?], drawn: [Double?]? = nil) {
            self.name = name
            self.values = values
            self.drawn = drawn ?? values
        }
    }

    public var range: TimelineRange
    public var start: Date
    public var end: Date
    /// Hits per minute, averaged over each bucket: from the lifetime-hits readings, and where
    /// they say nothing, from the minutes the raw hits gave (`hits_per_minute`).
    public var hitsPerMinute: [Double?]
    /// Apteligent's crash rate now as each poll read it (`rate_now`, liveStats), over the day
    /// at the graph's own times (`rate`), then each version's day rate as each poll read it
    /// (`rate_day/VERSION`).
    public var crashRates: [Line]
    /// Whether the site was down in each bucket (true if any reading said so).
    public var down: [Bool?]
    public var events: [HistoryEvent]

    /// Slices of a range as the screen reads it: about two braille dots a column at 120 columns.
    public static let buckets = 240

    /// The seconds each bucket covers.
    public var bucketSeconds: TimeInterval { range.seconds / Double(max(1, hitsPerMinute.count)) }

    /// - Parameter buckets: at most this many slices, and none shorter than a minute (the
    ///   finest the hits are known at), so a line stays a line.
    public init(history: History, site: Int?, app: String?, range: TimelineRange, end: Date, buckets: Int) {
        let count = max(1, min(buckets, Int(range.seconds / 60)))
        let start = end.addingTimeInterval(-range.seconds)
        self.range = range
        self.start = start
        self.end = end
        let width = range.seconds / Double(count)
        func bucket(_ date: Date) -> Int? {
            let index = Int((date.timeIntervalSince(start) / width).rounded(.down))
            return (0..<count).contains(index) ? index : nil
        }
        func averaged(_ points: [SeriesPoint]) -> [Double?] {
            var sums = [Double](repeating: 0, count: count), counts = [Int](repeating: 0, count: count)
            for point in points {
                guard let i = bucket(point.at) else { continue }
                sums[i] += point.value
                counts[i] += 1
            }
            return (0..<count).map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : nil }
        }

        hitsPerMinute = Array(repeating: nil, count: count)
        down = Array(repeating: nil, count: count)
        if let site {
            // One reading before the range, so its first minute has a rate.
            let readings = history.points(HistoryRecorder.webSeries(site, "lifetime_hits"),
                                          from: start.addingTimeInterval(-range.seconds), to: end)
            var series = RateSeries(window: range.seconds)
            for reading in readings { series.record(Int(reading.value), at: reading.at) }
            let minutes = Int(range.seconds / 60)
            let live = series.perMinute(minutes: minutes, now: end)
            let exact = history.points(HistoryRecorder.webSeries(site, "hits_per_minute"), from: start, to: end)
            var byMinute = live
            for point in exact {
                let minute = Int((point.at.timeIntervalSince(start) / 60).rounded(.down))
                if (0..<minutes).contains(minute), byMinute[minute] == nil { byMinute[minute] = point.value }
            }
            hitsPerMinute = averaged(byMinute.enumerated().compactMap { i, value in
                value.map { SeriesPoint(at: start.addingTimeInterval(Double(i) * 60), value: $0, observedAt: end) }
            })
            down = averaged(history.points(HistoryRecorder.webSeries(site, "down"), from: start, to: end)).map { $0.map { $0 > 0 } }
        }
        var lines: [Line] = []
        if let app {
            let live = history.points(HistoryRecorder.crashSeries(app, "rate_now"), from: start, to: end)
            if !live.isEmpty { lines.append(Line(name: "now (last minutes)", values: averaged(live))) }
            let overall = history.points(HistoryRecorder.crashSeries(app, "rate"), from: start, to: end)
            if !overall.isEmpty {
                let values = averaged(overall)
                lines.append(Line(name: "hourly (the day's graph)", values: values,
                                  drawn: Self.joined(values, within: Self.graphStep(overall), bucket: width)))
            }
            let prefix = HistoryRecorder.crashSeries(app, "rate_day") + "/"
            for name in history.seriesNames() where name.hasPrefix(prefix) {
                let points = history.points(name, from: start, to: end)
                if !points.isEmpty { lines.append(Line(name: String(name.dropFirst(prefix.count)), values: averaged(points))) }
            }
        }
        crashRates = lines
        events = history.events(from: start, to: end)
    }
}

extension Timeline {
    /// The spacing of a sampled series: its most common gap between points (an hour for
    /// Apteligent's day graph); nil with fewer than two points.
    static func graphStep(_ points: [SeriesPoint]) -> TimeInterval? {
        let gaps = zip(points.dropFirst(), points).map { ($0.at.timeIntervalSince($1.at)).rounded() }.filter { $0 > 0 }
        let counts = gaps.reduce(into: [TimeInterval: Int]()) { $0[$1, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// `values` with the empty buckets between two known ones no more than `within` seconds
    /// apart filled on the straight line between them; a longer gap stays a gap.
    static func joined(_ values: [Double?], within: TimeInterval?, bucket: TimeInterval) -> [Double?] {
        guard let within, bucket > 0 else { return values }
        let reach = Int((within * 1.5 / bucket).rounded(.up))
        var out = values
        var last: (index: Int, value: Double)?
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            if let last, i - last.index > 1, i - last.index <= reach {
                for j in (last.index + 1)..<i {
                    out[j] = last.value + (value - last.value) * Double(j - last.index) / Double(i - last.index)
                }
            }
            last = (i, value)
        }
        return out
    }

    /// Sixty cursor steps cross any range (a step is one bucket on the hour's, four on longer ones).
    public var cursorStep: Int { max(1, hitsPerMinute.count / 60) }

    /// The bucket `back` cursor steps from the right edge (kept inside the range), and the
    /// moment its end is: what replay at the cursor shows is that bucket's last poll.
    public func cursor(back: Int) -> (index: Int, moment: Date) {
        let count = max(1, hitsPerMinute.count)
        let index = max(0, count - 1 - max(0, back) * cursorStep)
        return (index, start.addingTimeInterval(Double(index + 1) * bucketSeconds))
    }

    /// The bucket holding `moment`, if it is in the range.
    public func bucket(at moment: Date) -> Int? {
        let offset = moment.timeIntervalSince(start)
        guard offset >= 0, offset <= end.timeIntervalSince(start), bucketSeconds > 0 else { return nil }
        return min(max(1, hitsPerMinute.count) - 1, Int(offset / bucketSeconds))
    }
}
