#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// What became of one posted hit.
enum HitOutcome: Sendable {
    case created(TinylyticsHit)
    case ignored(String)
    case invalid([String])
}

extension TinylyticsRoutes {
    /// Validates and stores one hit row, as `POST /sites/:id/hits` and each batch row do.
    func createHit(_ site: SimulatedSite, _ row: [String: JSONValue]) async -> HitOutcome {
        guard let path = Self.normalisedPath(row["path"]) else { return .invalid(["Path can't be blank"]) }
        var country = "XX"
        if let given = row["country"], !given.isNull {
            guard let code = given.stringValue, code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                return .invalid(["Country must be a 2-letter uppercase code"])
            }
            country = code
        } else if let ip = row["ip_address"]?.stringValue {
            country = Self.country(ip: ip)
        }
        if Self.ignored(path) { return .ignored("Path matches ignore rule") }
        let agent = row["user_agent"]?.stringValue ?? ""
        let (browser, platform) = Self.parse(agent: agent)
        let referrer = row["referrer"]?.stringValue
        let url = row["url"]?.stringValue ?? site.site.url + path
        let source = row["source"]?.stringValue ?? Self.source(url: url, referrer: referrer)
        let visitor = row["visitor_id"]?.stringValue
        let hash = { (text: String) in String(cFormat: "%08x", UInt32(truncatingIfNeeded: Self.fnv(text))) }
        let hit = TinylyticsHit(
            id: 0, url: url, path: path, referrer: referrer, country: country, browserName: browser, platformName: platform,
            isMobile: platform == "iOS" || platform == "Android", source: source,
            uniqueHash: hash(path + (visitor ?? agent)), visitorHash: visitor.map(hash), createdAt: now())
        return .created(await state.post(site: site.site.id, hit))
    }

    /// The simulator's stand-in for the IP lookup: a few well-known resolvers are US, any
    /// other valid IPv4 a stable country of the baseline table, anything else `XX`.
    static func country(ip: String) -> String {
        let parts = ip.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return ip.contains(":") ? "US" : "XX" }
        if ["8.8.8.8", "8.8.4.4", "1.1.1.1"].contains(ip) { return "US" }
        let table = TrafficProfile.countries.filter { $0.key != "XX" }
        return table[Int(fnv(ip) % UInt64(table.count))].key
    }

    static func parse(agent: String) -> (browser: String?, platform: String?) {
        guard !agent.isEmpty else { return (nil, nil) }
        let browser = ["Firefox", "Edg", "Chrome", "Safari"].first { agent.contains($0) }.map { $0 == "Edg" ? "Edge" : $0 } ?? "Other"
        let platform = [("iPhone", "iOS"), ("Android", "Android"), ("Mac OS X", "macOS"), ("Windows", "Windows"),
                        ("Linux", "Linux")].first { agent.contains($0.0) }?.1
        return (browser, platform)
    }

    /// `utm_source` of the URL, else the referrer's host name without its suffix.
    static func source(url: String, referrer: String?) -> String? {
        if let utm = URLComponents(string: url)?.queryItems?.first(where: { $0.name == "utm_source" })?.value { return utm }
        guard let host = referrer.flatMap({ URL(string: $0)?.host }) else { return nil }
        return host.split(separator: ".").dropLast().last.map(String.init)
    }

    static func fnv(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}

/// A hit as the API writes it: every documented key present, unknown values `null`.
struct HitRecord: Encodable {
    var hit: TinylyticsHit
    /// `POST` replies carry `unique_hash` and `visitor_hash`; lists do not.
    var hashes: Bool

    static let nullable = ["referrer", "browser_name", "platform_name", "source", "visitor_hash"]

    func encode(to encoder: any Encoder) throws {
        var copy = hit
        if !hashes {
            copy.uniqueHash = nil
            copy.visitorHash = nil
        }
        try copy.encode(to: encoder)
    }
}

struct HitCreatedBody: Encodable {
    var status: String
    var hit: HitRecord
}

struct KudoCreatedBody: Encodable {
    var status: String
    var kudo: TinylyticsKudo
}

struct WriteErrorBody: Encodable {
    var status: String
    var errors: [String]
}

/// One row of the batch reply; `reason` and `errors` only on ignored and failed rows.
struct BatchRow: Encodable {
    var index: Int
    var status: String
    var reason: String?
    var errors: [String]?
}

struct BatchBody: Encodable {
    var createdCount: Int
    var ignoredCount: Int
    var errorCount: Int
    var results: [BatchRow]

    enum CodingKeys: String, CodingKey {
        case results
        case createdCount = "created_count"
        case ignoredCount = "ignored_count"
        case errorCount = "error_count"
    }
}
