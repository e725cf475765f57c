import LaunchdeckClient

/// The status bar's budget texts.
public enum BudgetText {
    /// Apteligent: `apt 4/20/min`, the calls launchdeck sent in the last minute of the
    /// limit; then, while the server's bucket lasts, `· avg 18/min`: its
    /// `Rate-Limit-Remaining` is the average calls a minute that can still be made until its
    /// reset (seed 003), not a count of calls left. The seconds to the reset are left out: a
    /// countdown would redraw the status bar every time the budgets are read.
    public static func apteligent(_ state: RateBudget.State) -> String {
        var text = "apt \(state.used)/\(state.limit)/min"
        if let server = state.server { text += " \u{00B7} avg \(server.perMinute)/min" }
        return text
    }
}
