import Foundation
import LaunchdeckClient

/// The real services the environment describes. Each service is on when its credentials are
/// set, off otherwise (its panes say how to turn it on).
struct EnvironmentCredentials: Sendable {
    struct Tinylytics: Sendable { var baseURL: URL; var apiKey: Secret; var siteID: Int? }
    struct Taplytics: Sendable { var baseURL: URL; var token: Secret }
    struct Apteligent: Sendable { var baseURL: URL; var credentials: ApteligentCredentials; var appID: String? }

    var tinylytics: Tinylytics?
    var taplytics: Taplytics?
    var apteligent: Apteligent?

    var isEmpty: Bool { tinylytics == nil && taplytics == nil && apteligent == nil }

    static func read(_ env: [String: String]) throws(ConfigurationError) -> EnvironmentCredentials {
        var out = EnvironmentCredentials()
        if let key = try secret("TINYLYTICS_API_KEY", env) {
            var siteID: Int?
            if let raw = env["TINYLYTICS_SITE_ID"], !raw.isEmpty {
                guard let id = Int(raw), id > 0 else {
                    throw ConfigurationError(message: "TINYLYTICS_SITE_ID must be a site's numeric id (from GET /sites), not \(raw.prefix(40).debugDescription)")
                }
                siteID = id
            }
            out.tinylytics = .init(baseURL: try url("TINYLYTICS_BASE_URL", env, "https://tinylytics.app/api/v1", .tinylytics),
                                   apiKey: key, siteID: siteID)
        }
        if let token = try secret("TAPLYTICS_API_TOKEN", env) {
            out.taplytics = .init(baseURL: try url("TAPLYTICS_BASE_URL", env, "https://api.taplytics.com", .taplytics), token: token)
        }
        let apteligentURL = { () throws(ConfigurationError) -> URL in
            try url("APTELIGENT_BASE_URL", env, "https://developers.crittercism.com", .apteligent)
        }
        let appID = env["APTELIGENT_APP_ID"].flatMap { $0.isEmpty ? nil : $0 }
        if let token = try secret("APTELIGENT_ACCESS_TOKEN", env) {
            out.apteligent = .init(baseURL: try apteligentURL(), credentials: .accessToken(token), appID: appID)
        } else {
            let parts = ["APTELIGENT_CLIENT_ID", "APTELIGENT_USERNAME", "APTELIGENT_PASSWORD"]
            let set = parts.filter { !(env[$0] ?? "").isEmpty }
            if set.count == 3, let password = try secret("APTELIGENT_PASSWORD", env) {
                out.apteligent = .init(baseURL: try apteligentURL(),
                                       credentials: .password(clientID: env[parts[0]] ?? "", username: env[parts[1]] ?? "",
                                                              password: password), appID: appID)
            } else if !set.isEmpty {
                let missing = parts.filter { !set.contains($0) }.joined(separator: " and ")
                throw ConfigurationError(message: "Apteligent needs \(missing) too (or APTELIGENT_ACCESS_TOKEN alone)")
            }
        }
        return out
    }

    /// A secret from the environment, trimmed; refused when it holds what no header may.
    private static func secret(_ name: String, _ env: [String: String]) throws(ConfigurationError) -> Secret? {
        guard let raw = env[name] else { return nil }
        // A key read with $(cat file) can carry a newline or a Windows \r: trim it.
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return nil }
        guard value.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw ConfigurationError(message: "\(name) holds spaces or characters a key cannot have; copy it again from the service")
        }
        return Secret(value)
    }

    private static func url(_ name: String, _ env: [String: String], _ fallback: String,
                            _ service: Service) throws(ConfigurationError) -> URL {
        do {
            return try BaseURL.parse(env[name] ?? fallback, for: service)
        } catch {
            throw ConfigurationError(message: "\(name): \(error.description)")
        }
    }
}

/// A configuration problem, said so the user can fix it.
public struct ConfigurationError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
