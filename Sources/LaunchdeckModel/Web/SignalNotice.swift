#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Says each insight signal detected today once (the flash line): the Web pane reads the
/// newest insight reports now and then, and a signal it has not said yet is news.
public struct SignalNotice: Sendable {
    private var said: Set<String> = []

    public init() {}

    /// The lines to say for `snapshot`'s signals detected on the UTC day of `now` and not said yet.
    public mutating func news(in snapshot: WebSnapshot, now: Date) -> [String] {
        let today = Timestamp.day(now)
        var lines: [String] = []
        for signal in snapshot.signals {
            guard let at = signal.detectedAt, Timestamp.day(at) == today else { continue }
            let key = "\(snapshot.site.id) \(signal.type ?? "") \(Timestamp.format(at)) \(signal.headline ?? "")"
            guard said.insert(key).inserted else { continue }
            let score = signal.importanceScore.map { String(cFormat: " (score %.0f)", $0) } ?? ""
            lines.append("insight: \(signal.headline ?? signal.type ?? "a new signal")\(score), :open insights")
        }
        return lines
    }
}
