#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel

/// `launchdeck record`'s journal: one line a poll, `web: ok` or `crashes: failed: …`. The
/// failure is the client's own wording, which never holds a key or a token.
enum PollLog {
    static func line<V>(_ pane: Pane, _ loadable: Loadable<V>, isNew: Bool) -> String {
        let name = pane.title.lowercased()
        if let error = loadable.error { return "\(name): failed: \(error)" }
        return "\(name): ok" + (isNew ? "" : " (unchanged)")
    }

    /// `2026-12-07T05:10:00Z launchdeck: MESSAGE` (the journal adds its own time; a plain file does not).
    static func stamped(_ message: String, at now: Date = Date()) -> String {
        "\(Timestamp.format(now)) \(message)"
    }
}
