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
    /// Say something on the flash line for a few seconds.
    case flash(String, isError: Bool)
}

/// The period the hits screen counts.
public enum HitsRange: String, CaseIterable, Sendable {
    case today
    case last24h = "24h"
    case last7d = "7d"
    case last30d = "30d"

    public var title: String {
        switch self {
        case .today: "today"
        case .last24h: "last 24 h"
        case .last7d: "last 7 days"
        case .last30d: "last 30 days"
        }
    }
}

/// What the hits screen groups by (Tinylytics `group_by`).
public enum HitsGrouping: String, CaseIterable, Sendable {
    case path, country, referrer, browser, platform
}

/// Which clock days are counted in: the site's time zone or UTC.
public enum HitsZone: String, CaseIterable, Sendable {
    case site, utc
}
