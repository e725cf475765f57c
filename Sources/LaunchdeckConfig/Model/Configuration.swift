/// Everything the config file and the environment say, with defaults filled in.
public struct Configuration: Sendable {
    public var tinylytics = TinylyticsSettings()
    public var taplytics = TaplyticsSettings()
    public var apteligent = ApteligentSettings()
    public var ui = UISettings()
    /// `[keys]`: action name to the keys bound to it, as written; the app checks the names.
    public var keys: [String: [String]] = [:]
    public var alerts: [AlertRule] = []
    public var history = HistorySettings()
    public var launch = LaunchSettings()

    public init() {}

    /// True when no service has credentials: the app runs the demo.
    public var hasNoCredentials: Bool {
        !tinylytics.isConfigured && !taplytics.isConfigured && !apteligent.isConfigured
    }
}

/// `[ui]`.
public struct UISettings: Sendable, Equatable {
    public var theme = "default"
    /// nil: decide from the locale.
    public var ascii: Bool?
    public var bell = true
    public var notifications = Notifications.off
    /// Mouse reporting (wheel scrolls, a click focuses a pane); off by default.
    public var mouse = false

    public init(theme: String = "default", ascii: Bool? = nil, bell: Bool = true, notifications: Notifications = .off,
                mouse: Bool = false) {
        self.mouse = mouse
        self.theme = theme
        self.ascii = ascii
        self.bell = bell
        self.notifications = notifications
    }

    /// Desktop notifications by terminal escape, when an alert fires.
    public enum Notifications: String, Sendable, CaseIterable {
        case off, osc9, osc777
    }
}
