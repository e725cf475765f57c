#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The launch story every simulated world consults: one pure function of the start time
/// (and the seed, for the small wobbles), so two runs with one seed and one start agree.
///
/// Times, relative to `start` (the simulator's clock when it started):
/// - before `launch` (start + 2 min): the quiet baseline, with 45 days of history;
/// - `launch` … +10 min: web traffic ramps from 1× to 8× the baseline, new paths,
///   countries and referrers appear; the experiment goes active; version 3.4.0 ships;
/// - +4 min: the launch push starts sending; +7 min: sent;
/// - +12 min: 3.4.0's crash rate peaks (4.2 %); +30 min: the fix ships; +45 min: recovered;
/// - +20 min … +26 min: the marketing site is down (a downtime record, 503s);
/// - +40 min onward: traffic settles at 3× the baseline.
public struct LaunchTimeline: Sendable, Hashable {
    public let start: Date
    public let seed: UInt64

    public init(start: Date, seed: UInt64) {
        self.start = start
        self.seed = seed
    }

    /// Seconds after `start` at which the launch begins.
    public static let launchOffset: TimeInterval = 120
    /// Traffic multiplier knots, seconds after the launch: (offset, multiplier).
    public static let trafficKnots: [(TimeInterval, Double)] = [(0, 1), (600, 8), (2400, 3)]
    /// The outage of the marketing site, seconds after the launch.
    public static let downtimeOffsets: ClosedRange<TimeInterval> = 1200...1560
    /// The launch push: sending, then sent, seconds after the launch.
    public static let pushSendingOffset: TimeInterval = 240
    public static let pushSentOffset: TimeInterval = 420
    /// The new app version's crash story, seconds after the launch.
    public static let crashPeakOffset: TimeInterval = 720
    public static let crashFixOffset: TimeInterval = 1800
    public static let crashRecoveredOffset: TimeInterval = 2700
    /// Crash percentages of the new version: before the fix at its peak, and recovered.
    public static let baselineCrashPercent = 0.4
    public static let peakCrashPercent = 4.2
    public static let recoveredCrashPercent = 0.3
    /// How long the experiment's variations take to diverge fully, after the launch.
    public static let divergenceSeconds: TimeInterval = 1800

    public var launch: Date { start.addingTimeInterval(Self.launchOffset) }
    public var downtime: DateInterval {
        DateInterval(start: launch.addingTimeInterval(Self.downtimeOffsets.lowerBound),
                     end: launch.addingTimeInterval(Self.downtimeOffsets.upperBound))
    }
    public var pushSending: Date { launch.addingTimeInterval(Self.pushSendingOffset) }
    public var pushSent: Date { launch.addingTimeInterval(Self.pushSentOffset) }
    public var crashFix: Date { launch.addingTimeInterval(Self.crashFixOffset) }

    /// Seconds since the launch (negative before it).
    func sinceLaunch(_ t: Date) -> TimeInterval { t.timeIntervalSince(launch) }

    // MARK: - Web traffic

    /// How many times the baseline hit rate the site gets at `t`.
    public func trafficMultiplier(at t: Date) -> Double {
        Self.multiplier(sinceLaunch(t))
    }

    static func multiplier(_ x: TimeInterval) -> Double {
        let knots = trafficKnots
        guard let first = knots.first, let last = knots.last else { return 1 }
        if x <= first.0 { return first.1 }
        if x >= last.0 { return last.1 }
        for (a, b) in zip(knots, knots.dropFirst()) where x <= b.0 {
            return a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0)
        }
        return last.1
    }

    /// Seconds of launch traffic inside [from, to): the integral of (multiplier − 1), so a
    /// window's hits are `rate × (seconds + extra)`.
    public func extraSeconds(from: Date, to: Date) -> Double {
        let a = sinceLaunch(from), b = sinceLaunch(to)
        guard b > a else { return 0 }
        // Breakpoints inside (a, b), then the trapezoid rule is exact on each linear piece.
        let cuts = [a] + Self.trafficKnots.map(\.0).filter { $0 > a && $0 < b } + [b]
        var total = 0.0
        for (x, y) in zip(cuts, cuts.dropFirst()) {
            total += (Self.multiplier(x) - 1 + Self.multiplier(y) - 1) / 2 * (y - x)
        }
        return max(0, total)
    }

    /// True while the marketing site is down.
    public func isDown(at t: Date) -> Bool { downtime.start <= t && t < downtime.end }

    // MARK: - Push, experiment, crashes

    /// The launch push's status at `t`: scheduled, sending, then sent.
    public func launchPushStatus(at t: Date) -> String {
        t < pushSending ? "scheduled" : (t < pushSent ? "sending" : "sent")
    }

    /// True once the launch experiment is running.
    public func experimentActive(at t: Date) -> Bool { t >= launch }

    /// 0 before the launch, rising to 1 when the variations have fully diverged.
    public func divergence(at t: Date) -> Double {
        min(1, max(0, sinceLaunch(t) / Self.divergenceSeconds))
    }

    /// The crash percentage of the new app version at `t` (0 before it ships at the launch).
    public func newVersionCrashPercent(at t: Date) -> Double {
        let x = sinceLaunch(t)
        if x < 0 { return 0 }
        if x < Self.crashPeakOffset {
            return Self.baselineCrashPercent + (Self.peakCrashPercent - Self.baselineCrashPercent) * x / Self.crashPeakOffset
        }
        if x < Self.crashFixOffset { return Self.peakCrashPercent }
        if x < Self.crashRecoveredOffset {
            let f = (x - Self.crashFixOffset) / (Self.crashRecoveredOffset - Self.crashFixOffset)
            return Self.peakCrashPercent + (Self.recoveredCrashPercent - Self.peakCrashPercent) * f
        }
        return Self.recoveredCrashPercent
    }

    /// The app's overall crash percentage at `t`: the old versions' `baseline`, blended with
    /// the new version as it is adopted (half the sessions by the fix, 70 % after).
    public func appCrashPercent(at t: Date, baseline: Double) -> Double {
        let adoption = newVersionAdoption(at: t)
        return baseline * (1 - adoption) + newVersionCrashPercent(at: t) * adoption
    }

    /// The share of app sessions on the new version: 0 before the launch, half by the fix, at most 70 %.
    public func newVersionAdoption(at t: Date) -> Double {
        min(0.7, max(0, sinceLaunch(t) / Self.crashFixOffset * 0.5))
    }

    /// A seeded wobble in [1 − amount, 1 + amount], the same for one seed and `key`.
    func wobble(_ key: Int, amount: Double = 0.1) -> Double {
        var random = SeededRandom(seed: seed &+ UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9)
        return 1 - amount + 2 * amount * Double(random.next() % 10_000) / 10_000
    }
}
