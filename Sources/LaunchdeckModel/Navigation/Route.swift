import LaunchdeckAPI

/// A screen of the dashboard. Drill-downs that show one thing carry its id and a title.
public enum Route: Sendable, Hashable {
    case overview
    case hits
    case leaderboard
    case uptime
    case journeys
    case experiments
    case experiment(id: String, name: String)
    case pushes
    case push(id: String, title: String)
    case crashes
    case crashGroup(hash: String, name: String)
    case appHealth
    case alerts
    /// What launchdeck could not read in the APIs' answers (`DecodeNoteLog`).
    case dataNotes
    /// What each number on screen means and where it comes from.
    case figures
    /// The launch over time, from the history.
    case timeline
    /// Tinylytics content monitoring: broken links and mixed content (from the Web pane's data).
    case content
    /// Tinylytics' AI insight reports and their signals.
    case insights
    /// Tinylytics kudos by path.
    case kudos
    /// Loads, daily users and crashes of each app version (Apteligent trends, crash counts).
    case versions
    /// One Taplytics user, looked up by `:user QUERY` (the query never shows in the title).
    case user(TaplyticsUserLookup)

    /// The breadcrumb of the screen.
    public var title: String {
        switch self {
        case .overview: "Overview"
        case .hits: "Hits"
        case .leaderboard: "Leaderboard"
        case .uptime: "Uptime"
        case .journeys: "User journeys"
        case .experiments: "Experiments"
        case .experiment(_, let name): name
        case .pushes: "Push"
        case .push(_, let title): title
        case .crashes: "Crash groups"
        case .crashGroup(_, let name): name
        case .appHealth: "App health"
        case .alerts: "Alerts"
        case .dataNotes: "Data notes"
        case .figures: "What the numbers mean"
        case .timeline: "Timeline"
        case .content: "Content health"
        case .insights: "Insights"
        case .kudos: "Kudos"
        case .versions: "App versions"
        case .user: "User"
        }
    }

    /// The overview pane a screen belongs to: its data, refresh interval and service.
    public var pane: Pane {
        switch self {
        case .experiments, .experiment: .experiments
        case .pushes, .push: .push
        case .crashes, .crashGroup, .appHealth: .crashes
        case .versions: .crashes
        case .user: .experiments  // Taplytics: polled at its interval
        default: .web
        }
    }
}

/// The four panes of the overview, in the order Tab and 1–4 reach them.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case web = 0, experiments, push, crashes

    public var title: String {
        switch self {
        case .web: "Web"
        case .experiments: "Experiments"
        case .push: "Push"
        case .crashes: "Crashes"
        }
    }

    /// Where Enter on the pane leads.
    public var drillDown: Route {
        switch self {
        case .web: .hits
        case .experiments: .experiments
        case .push: .pushes
        case .crashes: .crashes
        }
    }

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .web }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .web }
}

/// The screens the user went through, as a value: the overview at the bottom, never empty.
public struct NavigationStack: Sendable, Equatable {
    public private(set) var routes: [Route] = [.overview]

    public init() {}

    public var current: Route { routes[routes.count - 1] }
    public var depth: Int { routes.count }
    public var breadcrumbs: [String] { routes.map(\.title) }

    public mutating func push(_ route: Route) {
        guard route != current else { return }
        routes.append(route)
    }

    /// Goes back one screen; false at the overview.
    @discardableResult
    public mutating func pop() -> Bool {
        guard routes.count > 1 else { return false }
        routes.removeLast()
        return true
    }

    /// Shows `route` in place of the current screen (the overview stays at the bottom).
    public mutating func replace(with route: Route) {
        if routes.count == 1 {
            push(route)
        } else {
            routes[routes.count - 1] = route
        }
    }

    /// Back to the overview.
    public mutating func popToRoot() { routes = [.overview] }
}
