/// One app of `GET /v2/apps`, with the attributes that were asked for (others are nil).
public struct ApteligentApp: Codable, Sendable, Hashable {
    public var appName: String?
    /// ios, android, html5 or wp (kept as sent).
    public var appType: String?
    public var appVersions: [String]?
    public var crashPercent: Double?
    public var dau: Int?
    public var mau: Int?
    public var rating: Double?
    /// Milliseconds.
    public var latency: Int?
    public var latestVersionString: String?
    public var latestAppStoreReleaseDate: String?
    public var iconURL: String?
    public var linkToAppStore: String?
    public var role: String?

    public init(appName: String? = nil, appType: String? = nil, appVersions: [String]? = nil,
                crashPercent: Double? = nil, dau: Int? = nil, mau: Int? = nil, rating: Double? = nil,
                latency: Int? = nil, latestVersionString: String? = nil, latestAppStoreReleaseDate: String? = nil,
                iconURL: String? = nil, linkToAppStore: String? = nil, role: String? = nil) {
        self.appName = appName
        self.appType = appType
        self.appVersions = appVersions
        self.crashPercent = crashPercent
        self.dau = dau
        self.mau = mau
        self.rating = rating
        self.latency = latency
        self.latestVersionString = latestVersionString
        self.latestAppStoreReleaseDate = latestAppStoreReleaseDate
        self.iconURL = iconURL
        self.linkToAppStore = linkToAppStore
        self.role = role
    }

    /// Every attribute `GET /v2/apps?attributes=` accepts.
    public static let attributeNames = [
        "appName", "appType", "appVersions", "crashPercent", "dau", "iconURL", "latency",
        "latestAppStoreReleaseDate", "latestVersionString", "linkToAppStore", "mau", "rating", "role",
    ]
}

/// `data` of `GET /v2/apps`: app id → app.
public typealias ApteligentApps = [String: ApteligentApp]
