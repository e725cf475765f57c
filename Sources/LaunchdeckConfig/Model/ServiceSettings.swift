#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// How often a source may be polled: a default and a floor that keeps launchdeck inside
/// the API's published budget with room for manual refreshes.
public struct RefreshLimits: Sendable, Equatable {
    public var defaultInterval: Duration
    public var floor: Duration
    /// The budget the floor protects, for the warning when a refresh is raised.
    public var budget: String

    /// 1000 requests an hour per key: 30 s is 120 an hour for one pane.
    public static let tinylytics = RefreshLimits(defaultInterval: .seconds(30), floor: .seconds(10),
                                                 budget: "Tinylytics allows 1000 requests an hour per key")
    public static let taplytics = RefreshLimits(defaultInterval: .seconds(60), floor: .seconds(15),
                                                budget: "Taplytics documents no limit, so launchdeck stays polite")
    /// 20 calls a minute: at 15 s a handful of panes still fit.
    public static let apteligent = RefreshLimits(defaultInterval: .seconds(60), floor: .seconds(15),
                                                 budget: "Apteligent allows 20 calls a minute")
}

/// `[tinylytics]`: web analytics. On when an API key is set.
public struct TinylyticsSettings: Sendable {
    public static let defaultBaseURL = URL(string: "https://tinylytics.app/api/v1")!
    public var baseURL = defaultBaseURL
    public var apiKey: ConfigSecret?
    public var siteID: Int?
    public var refresh = RefreshLimits.tinylytics.defaultInterval
    /// The time zone set in the Tinylytics account (the API does not tell it): with it, the
    /// hits screen names the account's days (`:zone account`) by the account's calendar.
    public var accountTimeZone: ZoneRules?

    public init() {}

    public var isConfigured: Bool { apiKey != nil }
    /// How to turn the service on, for a pane that has no credentials.
    public static let howToEnable = "set api_key under [tinylytics] in the config, or TINYLYTICS_API_KEY"
}

/// `[taplytics]`: experiments and push. On when an API token is set.
public struct TaplyticsSettings: Sendable {
    public static let defaultBaseURL = URL(string: "https://api.taplytics.com")!
    public var baseURL = defaultBaseURL
    public var apiToken: ConfigSecret?
    public var refresh = RefreshLimits.taplytics.defaultInterval

    public init() {}

    public var isConfigured: Bool { apiToken != nil }
    public static let howToEnable = "set api_token under [taplytics] in the config, or TAPLYTICS_API_TOKEN"
}

/// `[apteligent]`: crash metrics. On with an access token, or with a client id, username
/// and password for the password grant (both may be set: the token is tried first).
public struct ApteligentSettings: Sendable {
    public static let defaultBaseURL = URL(string: "https://developers.crittercism.com")!
    public var baseURL = defaultBaseURL
    public var accessToken: ConfigSecret?
    public var passwordGrant: PasswordGrant?
    public var appID: String?
    public var refresh = RefreshLimits.apteligent.defaultInterval

    /// The three values of the OAuth password grant, always all set.
    public struct PasswordGrant: Sendable {
        public var clientID: ConfigSecret
        public var username: ConfigSecret
        public var password: ConfigSecret

        public init(clientID: ConfigSecret, username: ConfigSecret, password: ConfigSecret) {
            self.clientID = clientID
            self.username = username
            self.password = password
        }
    }

    public init() {}

    public var isConfigured: Bool { accessToken != nil || passwordGrant != nil }
    public static let howToEnable = "set access_token (or client_id, username and password) under [apteligent] "
        + "in the config, or APTELIGENT_ACCESS_TOKEN"
}
