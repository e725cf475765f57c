/// One `[[alerts]]` rule, as written (with its line, for messages). The model's `AlertSpec`
/// mirrors it because LaunchdeckConfig imports nothing of ours and the model not the config.
public struct AlertRule: Sendable, Equatable {
    public var name: String?
    public var condition: Condition
    /// The line of its `[[alerts]]` header, for messages about it.
    public var line: Int

    public init(name: String?, condition: Condition, line: Int) {
        self.name = name
        self.condition = condition
        self.line = line
    }

    public enum Condition: Sendable, Equatable {
        /// Apteligent's crash rate above `percent` (0–100).
        case crashRateAbove(percent: Double)
        /// Tinylytics uptime reports the site down.
        case siteDown
        /// Hits per minute fell by `share` (0–1) against the last hour's average.
        case hitsDrop(share: Double)
        /// An experiment or a push changed status.
        case statusChange(StatusService)
        /// Tinylytics content monitoring found a new broken link or mixed content.
        case contentIssue
    }

    public enum StatusService: String, Sendable, CaseIterable {
        case experiments, push
    }

    /// The `kind` names, as the config writes them.
    static let kinds = ["crash_rate_above", "site_down", "hits_drop", "status_change",
                        "content_issue"]
}
