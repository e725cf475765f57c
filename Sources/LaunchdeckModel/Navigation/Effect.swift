/// What a key asks of the world outside the navigation state: the app carries these out.
public enum Effect: Sendable, Equatable {
    case quit
    /// Fetch now what the pane shows (on the overview) or what the screen shows.
    case refreshPane(Pane)
    case refreshScreen(Route)
    case refreshAll
    /// A drill-down opened: fetch its data now.
    case opened(Route)
    case setTheme(String)
    case setSite(String)
    case setApp(String)
    case setRange(HitsRange)
    case setGrouping(HitsGrouping)
    case setZone(HitsZone)
    /// Set or clear T0 (the app reads the clock and keeps it in the history).
    case setT0(T0Setting)
    /// Replay: go to a moment, step a poll, or back to live (the app resolves the moment).
    case replay(ReplayMove)
    /// Say something on the flash line for a few seconds.
    case flash(String, isError: Bool)
}

/// The period the hits screen counts: whole days ending today, as Tinylytics takes them
/// (`start_date`/`end_date`; no hours), named by what they are.
public enum HitsRange: String, CaseIterable, Sendable {
    case today
    case twoDays = "2d"
    case last7d = "7d"
    case last30d = "30d"

    public var title: String {
        switch self {
        case .today: "today"
        case .twoDays: "yesterday and today"
        case .last7d: "7 days to today"
        case .last30d: "30 days to today"
        }
    }

    /// Whole days before today that the range starts.
    public var daysBefore: Int {
        switch self {
        case .today: 0
        case .twoDays: 1
        case .last7d: 6
        case .last30d: 29
        }
    }

    /// Why an old name is not taken, and what to type instead.
    public static func replaced(_ word: String) -> String? {
        word == "24h" ? ":range 24h is gone: Tinylytics counts whole days; :range 2d is yesterday and today" : nil
    }
}

/// What the hits screen groups by (Tinylytics `group_by`).
public enum HitsGrouping: String, CaseIterable, Sendable {
    case path, country, referrer, browser, platform
}

/// Whose day boundaries Tinylytics counts in (`time_zone`): UTC's, or the account's own
/// (`time_zone=user`). The API does not say which zone the account has (`/me` has none), so
/// launchdeck names the dates in UTC either way, and the screen says so.
public enum HitsZone: String, CaseIterable, Sendable {
    case account, utc

    /// Why an old name is not taken, and what to type instead.
    public static func replaced(_ word: String) -> String? {
        word == "site" ? ":zone site is now :zone account (Tinylytics counts days in the account's time zone)" : nil
    }
}
