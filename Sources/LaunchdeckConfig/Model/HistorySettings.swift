import LaunchdeckAPI
/// `[history]`: the launch's history on disk (SQLite), kept by default.
public struct HistorySettings: Sendable, Equatable {
    /// False: record nothing and read nothing (the dashboard shows now only).
    public var enabled = true
    /// The state directory; nil: `$XDG_STATE_HOME/launchdeck`, else `~/.local/state/launchdeck`.
    public var dir: String?
    /// History older than this goes.
    public var retention: Duration = HistorySettings.defaultRetention
    /// The oldest history goes first while the database is larger than this.
    public var maxBytes: Int = HistorySettings.defaultMaxBytes

    /// 30 days (a day of the demo's polls is about 2 MB).
    public static let defaultRetention: Duration = .seconds(30 * 86_400)
    /// 100 MB.
    public static let defaultMaxBytes = 100_000_000

    public init() {}

    /// "30d", "12h", "90m", "1h30m": days, or what `refresh` takes.
    static func parseRetention(_ text: String) -> Duration? {
        guard let seconds = SpanText.seconds(text), seconds > 0, seconds <= 10_000 * 86_400 else { return nil }
        return .seconds(seconds)
    }

    /// "100MB", "500KB", "2GB" (powers of 1000) or a number of bytes; at least 1 MB.
    static func parseSize(_ text: String) -> Int? {
        let units: [(String, Int)] = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)]
        let upper = String(text.uppercased().filter { $0 != " " })
        for (suffix, scale) in units where upper.hasSuffix(suffix) {
            guard let count = Double(upper.dropLast(suffix.count)), count.isFinite, count > 0 else { return nil }
            let bytes = count * Double(scale)
            return bytes >= 1_000_000 && bytes <= 1e15 ? Int(bytes) : nil
        }
        guard let bytes = Int(upper), bytes >= 1_000_000 else { return nil }
        return bytes
    }
}

/// `[launch]`: the moment of the launch, as written (`2026-12-06T18:00:00Z`); the app reads it.
public struct LaunchSettings: Sendable, Equatable {
    public var t0: String?

    public init(t0: String? = nil) { self.t0 = t0 }
}
