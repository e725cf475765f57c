#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// `[tinylytics]`, `[taplytics]` and `[apteligent]`: base URL, credentials, ids, refresh.
extension ConfigBuilder {
    mutating func tinylytics(_ reader: SectionReader) throws(ConfigError) -> TinylyticsSettings {
        var settings = TinylyticsSettings()
        settings.baseURL = try baseURL(reader, variable: "TINYLYTICS_BASE_URL", default: TinylyticsSettings.defaultBaseURL)
        settings.apiKey = try secret(SecretKey(key: "api_key", command: "api_key_command",
                                               variable: "TINYLYTICS_API_KEY", form: .token), in: reader)
        settings.siteID = try siteID(reader)
        settings.refresh = try refresh(reader, limits: .tinylytics)
        if let name = try reader.string("account_time_zone") {
            guard let zone = ZoneRules(identifier: name, environment: environment) else {
                throw reader.error("account_time_zone", "expected a time zone name such as \"Europe/Berlin\" for "
                    + "`account_time_zone` in \(reader.name), found \"\(Visible.text(name.prefix(40)))\"")
            }
            settings.accountTimeZone = zone
        }
        return settings
    }

    mutating func taplytics(_ reader: SectionReader) throws(ConfigError) -> TaplyticsSettings {
        var settings = TaplyticsSettings()
        settings.baseURL = try baseURL(reader, variable: "TAPLYTICS_BASE_URL", default: TaplyticsSettings.defaultBaseURL)
        settings.apiToken = try secret(SecretKey(key: "api_token", command: "api_token_command",
                                                 variable: "TAPLYTICS_API_TOKEN", form: .token), in: reader)
        settings.refresh = try refresh(reader, limits: .taplytics)
        return settings
    }

    mutating func apteligent(_ reader: SectionReader) throws(ConfigError) -> ApteligentSettings {
        var settings = ApteligentSettings()
        settings.baseURL = try baseURL(reader, variable: "APTELIGENT_BASE_URL", default: ApteligentSettings.defaultBaseURL)
        settings.accessToken = try secret(SecretKey(key: "access_token", command: "access_token_command",
                                                    variable: "APTELIGENT_ACCESS_TOKEN", form: .token), in: reader)
        let grant = [
            ("client_id", try secret(SecretKey(key: "client_id", variable: "APTELIGENT_CLIENT_ID", form: .token), in: reader)),
            ("username", try secret(SecretKey(key: "username", variable: "APTELIGENT_USERNAME", form: .text), in: reader)),
            ("password", try secret(SecretKey(key: "password", command: "password_command",
                                              variable: "APTELIGENT_PASSWORD", form: .password), in: reader)),
        ]
        if let clientID = grant[0].1, let username = grant[1].1, let password = grant[2].1 {
            settings.passwordGrant = .init(clientID: clientID, username: username, password: password)
        } else if grant.contains(where: { $0.1 != nil }) {
            let missing = grant.filter { $0.1 == nil }.map { "`\($0.0)` (or APTELIGENT_\($0.0.uppercased()))" }
            let message = "the password grant in \(reader.name) also needs \(missing.joined(separator: " and "))"
            guard settings.accessToken != nil else {
                throw source.error(message + "; or set `access_token` instead")
            }
            warn(message + "; only `access_token` is used", line: nil)
        }
        settings.appID = try appID(reader)
        settings.refresh = try refresh(reader, limits: .apteligent)
        return settings
    }

    /// The file's `base_url`, or the environment's when `variable` is set there.
    private mutating func baseURL(_ reader: SectionReader, variable: String?, default fallback: URL) throws(ConfigError) -> URL {
        if let variable, let text = environmentOverride("base_url", in: reader, by: variable) {
            switch BaseURLRule.check(text) {
            case .success(let url): return url
            case .failure(let problem): throw ConfigError(message: "\(variable): expected \(problem.expected), found \(problem.found)")
            }
        }
        guard let text = try reader.string("base_url") else { return fallback }
        switch BaseURLRule.check(text) {
        case .success(let url):
            return url
        case .failure(let problem):
            throw reader.error("base_url", "expected \(problem.expected) for `base_url` in \(reader.name), found \(problem.found)")
        }
    }

    private mutating func siteID(_ reader: SectionReader) throws(ConfigError) -> Int? {
        let expected = "a site id (a whole number above 0, from GET /sites)"
        if let text = environmentOverride("site_id", in: reader, by: "TINYLYTICS_SITE_ID") {
            guard let id = Int(text), id > 0 else {
                throw ConfigError(message: "TINYLYTICS_SITE_ID: expected \(expected), found \"\(Visible.text(text.prefix(40)))\"")
            }
            return id
        }
        guard let entry = reader.entry("site_id") else { return nil }
        switch entry.value.kind {
        case .integer(let id) where id > 0:
            return id
        case .string(let text) where Int(text).map({ $0 > 0 }) == true:
            return Int(text)
        default:
            throw reader.error("site_id", "expected \(expected) for `site_id` in \(reader.name), found \(entry.value.typeDescription)")
        }
    }

    private mutating func appID(_ reader: SectionReader) throws(ConfigError) -> String? {
        let valid = { (id: String) in
            !id.isEmpty && id.unicodeScalars.allSatisfy { TOMLParser.isBareKeyScalar($0) || $0 == "." } && id != "." && id != ".."
        }
        let expected = "an app id (letters, digits, `-`, `_` and `.`, from GET /v2/apps)"
        if let text = environmentOverride("app_id", in: reader, by: "APTELIGENT_APP_ID") {
            guard valid(text) else { throw ConfigError(message: "APTELIGENT_APP_ID: expected \(expected)") }
            return text
        }
        guard let id = try reader.string("app_id") else { return nil }
        guard valid(id) else { throw reader.error("app_id", "expected \(expected) for `app_id` in \(reader.name)") }
        return id
    }

    /// The value of `variable` when set and not blank, warning when it hides `key` in the file.
    private mutating func environmentOverride(_ key: String, in reader: SectionReader, by variable: String) -> String? {
        guard let text = environment[variable]?.trimming(Character.isSpace), !text.isEmpty else { return nil }
        if reader.entry(key) != nil {
            warn("\(variable) from the environment overrides `\(key)` in \(reader.name)", line: reader.line(key))
        }
        return text
    }

    /// `refresh`, raised to the source's floor with a warning when below it.
    private mutating func refresh(_ reader: SectionReader, limits: RefreshLimits) throws(ConfigError) -> Duration {
        guard let interval = try reader.duration("refresh") else { return limits.defaultInterval }
        guard interval >= limits.floor else {
            let floor = RefreshDuration.format(limits.floor)
            warn("refresh = \(RefreshDuration.format(interval)) in \(reader.name) is below the floor of \(floor) "
                 + "(\(limits.budget)); using \(floor)", line: reader.line("refresh"))
            return limits.floor
        }
        return interval
    }
}
