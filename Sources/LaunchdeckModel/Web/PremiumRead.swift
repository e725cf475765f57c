import LaunchdeckClient

/// What a Tinylytics subscription endpoint (uptime, content, insights) gave: its answer, or
/// why there is none to read (a 403 is the plan, not a failure, and is said in place).
public enum PremiumRead<Value: Sendable & Equatable>: Sendable, Equatable {
    case read(Value)
    case unavailable(String)

    public var value: Value? {
        if case .read(let value) = self { value } else { nil }
    }
}

extension ClientError {
    /// The line said in place of `feature` for an answer that is the plan, not a failure:
    /// Tinylytics documents 403 for its subscription endpoints (and no 402). Content also
    /// answers 403 when its monitoring is off for the site, saying so in its `error`.
    /// Nil for any other error (a failure, shown as one).
    public func subscriptionReason(feature: String) -> String? {
        guard kind == .forbidden, service == .tinylytics else { return nil }
        if let detail, detail.lowercased().contains("not enabled") {
            return "403, \(feature) is off for this site (Tinylytics: \(detail))"
        }
        return "403, \(feature) needs a Tinylytics subscription"
    }
}

/// Kept in the history with the Web pane's snapshot (replay, followers).
extension PremiumRead: Codable where Value: Codable {}
