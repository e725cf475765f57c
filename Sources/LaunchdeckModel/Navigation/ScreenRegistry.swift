/// A screen reachable by name: `:open NAME` and `launchdeck screenshot --screen NAME`.
public struct NamedScreen: Sendable, Equatable {
    /// What the name shows.
    public enum Target: Sendable, Equatable {
        /// A screen of its own (`:open` reaches these).
        case route(Route)
        /// The first experiment, or the first crash group, of the data: screens whose route
        /// needs an id, so only a screenshot names them.
        case firstExperiment
        case firstCrashGroup
        /// A user card: `:user QUERY` reaches it; a screenshot looks up the demo's known user.
        case userLookup
        /// The key help over the overview.
        case help
    }

    public var name: String
    public var target: Target

    init(_ name: String, _ target: Target) {
        self.name = name
        self.target = target
    }
}

extension Route {
    /// The one registry of screen names, in the order they are listed (`launchdeck screenshot
    /// --help`): `:open` takes those with a route of their own, the screenshot command takes
    /// them all, and screenshots/screens.list has a picture of each (ScreenshotTests).
    public static let screens: [NamedScreen] = [
        .init("overview", .route(.overview)), .init("hits", .route(.hits)), .init("leaderboard", .route(.leaderboard)),
        .init("uptime", .route(.uptime)), .init("experiments", .route(.experiments)),
        .init("experiment", .firstExperiment), .init("push", .route(.pushes)), .init("crashes", .route(.crashes)),
        .init("crash", .firstCrashGroup), .init("journeys", .route(.journeys)), .init("health", .route(.appHealth)),
        .init("alerts", .route(.alerts)), .init("notes", .route(.dataNotes)), .init("figures", .route(.figures)),
        .init("timeline", .route(.timeline)),
        .init("content", .route(.content)), .init("insights", .route(.insights)), .init("kudos", .route(.kudos)),
        .init("versions", .route(.versions)),
        .init("user", .userLookup),
        .init("help", .help),
    ]

    /// Screens `:open` reaches by name (`:open leaderboard`).
    public static let named: [String: Route] = screens.reduce(into: [:]) { named, screen in
        if case .route(let route) = screen.target { named[screen.name] = route }
    }
}
