import LaunchdeckAPI

/// Where one kind of traffic comes from: weighted tables of paths, countries, referrers,
/// browsers and platforms, each summing to 1. A site has a baseline profile and a launch
/// profile (new paths, countries and referrers); dimensions are independent.
struct TrafficProfile: Sendable {
    typealias Table = [(key: String, weight: Double)]

    var paths: Table
    var countries: Table
    var referrers: Table
    var browsers: Table = TrafficProfile.browsers
    var platforms: Table = TrafficProfile.platforms

    func table(_ groupBy: TinylyticsGroupBy) -> Table {
        switch groupBy {
        case .path: return paths
        case .country: return countries
        case .referrer: return referrers
        case .browserName: return browsers
        case .platformName: return platforms
        }
    }

    /// The share of this traffic that passes `filter`, leaving out the `except` dimension.
    func share(_ filter: HitFilter, except: TinylyticsGroupBy? = nil) -> Double {
        var share = 1.0
        if except != .path, filter.path != nil { share *= Self.sum(paths, filter.matchesPath) }
        if except != .country, filter.country != nil { share *= Self.sum(countries, filter.matchesCountry) }
        if except != .referrer, filter.referrer != nil { share *= Self.sum(referrers, filter.matchesReferrer) }
        return share
    }

    static func sum(_ table: Table, _ keep: (String) -> Bool) -> Double {
        table.reduce(0) { keep($1.key) ? $0 + $1.weight : $0 }
    }

    /// `entries` scaled to sum to 1.
    static func normalised(_ entries: [(String, Double)]) -> Table {
        let total = entries.reduce(0) { $0 + $1.1 }
        return entries.map { (key: $0.0, weight: $0.1 / max(total, 1e-12)) }
    }

    /// Zipf-like weights by rank with a seeded wobble, then each key's share of unique
    /// visitors (0.55–0.8), drawn in that order so a seed keeps its numbers.
    static func zipfWithUniques(_ keys: [String], random: inout SeededRandom) -> (Table, [String: Double]) {
        let table = zipf(keys, random: &random)
        var uniques: [String: Double] = [:]
        for key in keys { uniques[key] = 0.55 + Double(random.next() % 250) / 1000 }
        return (table, uniques)
    }

    /// Zipf-like weights by rank with a seeded wobble.
    static func zipf(_ keys: [String], random: inout SeededRandom) -> Table {
        normalised(keys.indices.map { i in (keys[i], 1.0 / Double(i + 1) * (0.85 + Double(random.next() % 300) / 1000)) })
    }

    static let countries: Table = normalised([
        ("US", 0.38), ("DE", 0.12), ("GB", 0.10), ("IN", 0.08), ("FR", 0.07), ("PL", 0.06),
        ("BR", 0.05), ("JP", 0.05), ("CA", 0.05), ("XX", 0.04),
    ])
    /// The launch brings new countries (KR, AU, SE, NL) on top of the usual ones.
    static let launchCountries: Table = normalised([
        ("US", 0.30), ("KR", 0.12), ("DE", 0.10), ("AU", 0.09), ("GB", 0.08), ("SE", 0.07), ("NL", 0.06),
        ("IN", 0.06), ("FR", 0.05), ("JP", 0.04), ("CA", 0.03),
    ])
    static let referrers: Table = normalised([
        ("https://news.ycombinator.com", 0.30), ("https://google.com", 0.25), ("https://twitter.com", 0.15),
        ("https://reddit.com", 0.10), ("https://github.com", 0.08), ("https://duckduckgo.com", 0.07),
        ("https://lobste.rs", 0.05),
    ])
    /// The launch's referrers: Product Hunt and the press are new.
    static let launchReferrers: Table = normalised([
        ("https://producthunt.com", 0.32), ("https://news.ycombinator.com", 0.25), ("https://techcrunch.com", 0.12),
        ("https://twitter.com", 0.12), ("https://theverge.com", 0.07), ("https://reddit.com", 0.07),
        ("https://google.com", 0.05),
    ])
    static let browsers: Table = normalised([
        ("Chrome", 0.52), ("Safari", 0.27), ("Firefox", 0.12), ("Edge", 0.07), ("Other", 0.02),
    ])
    static let platforms: Table = normalised([
        ("macOS", 0.34), ("Windows", 0.26), ("iOS", 0.20), ("Android", 0.12), ("Linux", 0.08),
    ])
}

/// The hit filters of `GET /sites/:id/hits`: country and path exact, referrer a
/// case-insensitive partial match.
struct HitFilter: Sendable {
    var country: String?
    var path: String?
    var referrer: String?

    func matchesCountry(_ value: String) -> Bool { country.map { $0 == value } ?? true }
    func matchesPath(_ value: String) -> Bool { path.map { $0 == value } ?? true }
    func matchesReferrer(_ value: String?) -> Bool {
        guard let referrer else { return true }
        return value.map { $0.lowercased().contains(referrer.lowercased()) } ?? false
    }
    func matches(_ hit: TinylyticsHit) -> Bool {
        matchesCountry(hit.country ?? "") && matchesPath(hit.path) && matchesReferrer(hit.referrer)
    }
}
