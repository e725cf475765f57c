#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// A `:` command line, parsed once (`CommandCatalog.parse`): the state acts on this value
/// and never reads the line again.
public enum Command: Sendable, Equatable {
    case quit
    case refresh
    /// Show the key help.
    case help
    case theme(String)
    case site(String)
    case app(String)
    case range(HitsRange)
    case group(HitsGrouping)
    case zone(HitsZone)
    /// Go to a screen by name (`Route.named`), from the overview.
    case open(Route)
    /// Set (or clear) the launch's moment.
    case t0(T0Setting)
    /// Replay the history at a moment (`:at 18:14`, `:at t0`), or go back to live (`:at live`).
    case at(ReplayMove)
    /// Look a Taplytics user up and show the card.
    case user(TaplyticsUserLookup)
}

/// What `:t0` sets, resolved against the clock by the app: `now`, a UTC clock time (today's,
/// or yesterday's when today's is still to come), a whole timestamp, or `off`.
public enum T0Setting: Sendable, Equatable {
    case now
    case clock(hour: Int, minute: Int)
    case at(Date)
    case off

    /// The moment this names at `now`; nil for `off`.
    public func resolve(now: Date) -> Date? {
        switch self {
        case .now: return now
        case .at(let date): return date
        case .off: return nil
        case .clock(let hour, let minute):
            let day = (now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400
            let today = Date(timeIntervalSince1970: day + Double(hour * 3600 + minute * 60))
            return today > now ? today.addingTimeInterval(-86_400) : today
        }
    }

    /// `now`, `off`, `HH:MM` (UTC) or an ISO 8601 time; nil otherwise.
    public init?(_ text: String, parseTime: (String) -> Date?) {
        let lower = text.lowercased()
        if lower == "now" { self = .now; return }
        if lower == "off" { self = .off; return }
        let parts = lower.split(separator: ":")
        if parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
           (0..<24).contains(h), (0..<60).contains(m) {
            self = .clock(hour: h, minute: m)
            return
        }
        guard let date = parseTime(text) else { return nil }
        self = .at(date)
    }
}
