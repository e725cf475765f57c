/// Paths of the Apteligent REST API v2, relative to its base URL
/// (`https://developers.crittercism.com`), shared by client and simulator.
public enum ApteligentEndpoints {
    public static let defaultBaseURL = "https://developers.crittercism.com"
    public static let token = "/v2/token"
    /// The v1 token path some v2-era clients used; the simulator accepts both.
    public static let legacyToken = "/v1.0/token"
    public static let apps = "/v2/apps"
    public static let errorGraph = "/v2/errorMonitoring/graph"
    public static let errorPie = "/v2/errorMonitoring/pie"
    public static let performancePie = "/v2/performanceManagement/pie"
    public static func crashTable(app: String) -> String { "/v2/crash/paginatedtable/\(app)" }
    public static func crash(app: String, hash: String) -> String { "/v2/crash/\(app)/\(hash)" }
    public static func crashCounts(app: String) -> String { "/v2/app/crash/counts/\(app)" }
    public static func trends(app: String) -> String { "/v2/trends/\(app)" }
    public static func liveStats(app: String, period: String) -> String { "/v2/liveStats/\(app)/\(period)" }

    /// Calls a minute per client in the doc's example, until the headers say otherwise.
    public static let defaultCallsPerMinute = 20
    /// Default token lifetime: 30 days.
    public static let defaultTokenSeconds = 2_592_000
}
