import Foundation
import LaunchdeckClient

/// Where the Tinylytics connection comes from: the real API with a key from the
/// environment, or the embedded simulator (the demo).
public struct TinylyticsConnection: Sendable {
    public var baseURL: URL
    public var apiKey: Secret
    public var siteID: Int?
    public var refresh: Duration

    public static let defaultBaseURL = "https://tinylytics.app/api/v1"
    /// 30 s keeps one site's pane at 120 requests an hour, far inside 1000 an hour per key.
    public static let defaultRefresh: Duration = .seconds(30)
    /// The demo refreshes faster, still inside the simulated 1000 requests an hour (720).
    public static let demoRefresh: Duration = .seconds(5)

    /// The connection the environment describes, or nil when it holds no key.
    /// Reads TINYLYTICS_API_KEY, TINYLYTICS_BASE_URL and TINYLYTICS_SITE_ID.
    public static func fromEnvironment(_ environment: [String: String]) throws(ConfigurationError) -> TinylyticsConnection? {
        guard let raw = environment["TINYLYTICS_API_KEY"] else { return nil }
        // A key read with $(cat file) can carry a newline or a Windows \r: trim it, and
        // refuse anything else that cannot go into an HTTP header.
        let key = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else { return nil }
        guard key.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw ConfigurationError(message: "TINYLYTICS_API_KEY holds spaces or characters a key cannot have; "
                                     + "copy it again from Tinylytics (Account Settings → API Access)")
        }
        let base = environment["TINYLYTICS_BASE_URL"] ?? defaultBaseURL
        let url: URL
        do {
            url = try BaseURL.parse(base, for: .tinylytics)
        } catch {
            throw ConfigurationError(message: "TINYLYTICS_BASE_URL: \(error.description)")
        }
        var siteID: Int?
        if let raw = environment["TINYLYTICS_SITE_ID"], !raw.isEmpty {
            guard let id = Int(raw), id > 0 else {
                throw ConfigurationError(message: "TINYLYTICS_SITE_ID must be a site's numeric id (from GET /sites), not \(raw.prefix(40).debugDescription)")
            }
            siteID = id
        }
        return TinylyticsConnection(baseURL: url, apiKey: Secret(key), siteID: siteID, refresh: defaultRefresh)
    }
}

/// A configuration problem, said so the user can fix it.
public struct ConfigurationError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
