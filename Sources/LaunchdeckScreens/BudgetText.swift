import LaunchdeckClient

/// The status bar's budget texts. Each count is right-aligned to its limit's width
/// (`tly    9/1000h`): the budgets sit at the bar's right edge, so a count gaining a digit
/// would shift the whole block one column and redraw all of it (some 150 bytes over ssh
/// for one number that moved) rather than the one digit.
public enum BudgetText {
    /// Tinylytics and Taplytics: `tly   12/1000h`, the requests sent in the last hour of the limit.
    public static func hourly(_ name: String, _ state: RateBudget.State) -> String {
        "\(name) \(padded(state.used, like: state.limit))/\(state.limit)h"
    }

    /// Apteligent: `apt  4/20/min`, the calls launchdeck sent in the last minute of the
    /// limit; then, while the server's bucket lasts, `· avg 18/min`: its
    /// `Rate-Limit-Remaining` is the average calls a minute that can still be made until its
    /// reset (seed 003), not a count of calls left. The seconds to the reset are left out: a
    /// countdown would redraw the status bar every time the budgets are read.
    public static func apteligent(_ state: RateBudget.State) -> String {
        var text = "apt \(padded(state.used, like: state.limit))/\(state.limit)/min"
        if let server = state.server { text += " \u{00B7} avg \(padded(server.perMinute, like: state.limit))/min" }
        return text
    }

    /// `count` with spaces before it to the width of `limit` (none when it is as wide or wider).
    static func padded(_ count: Int, like limit: Int) -> String {
        let digits = String(count)
        return String(repeating: " ", count: max(0, String(limit).count - digits.count)) + digits
    }
}
