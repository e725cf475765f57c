import Foundation
import LaunchdeckAPI

/// The simulated Tinylytics account: its sites and how their traffic grows with time.
///
/// Counts are a pure function of the seed and the clock: each path gets a share of a site's
/// steady hit rate, so numbers only ever grow and two runs with one seed agree exactly.
struct TinylyticsWorld: Sendable {
    struct SimulatedSite: Sendable {
        var site: TinylyticsSite
        /// Hits per second across the whole site.
        var hitsPerSecond: Double
        /// (path, share of hits, share of those that are unique visitors)
        var paths: [(path: String, share: Double, uniqueRatio: Double)]
    }

    let sites: [SimulatedSite]
    /// Before this instant the simulated sites had no traffic.
    let epoch: Date

    static let countries: [(String, Double)] = [
        ("US", 0.38), ("DE", 0.12), ("GB", 0.10), ("IN", 0.08), ("FR", 0.07), ("PL", 0.06),
        ("BR", 0.05), ("JP", 0.05), ("CA", 0.05), ("XX", 0.04),
    ]
    static let referrers: [(String, Double)] = [
        ("https://news.ycombinator.com", 0.30), ("https://google.com", 0.25), ("https://twitter.com", 0.15),
        ("https://reddit.com", 0.10), ("https://github.com", 0.08), ("https://duckduckgo.com", 0.07),
        ("https://lobste.rs", 0.05),
    ]
    static let browsers: [(String, Double)] = [
        ("Chrome", 0.52), ("Safari", 0.27), ("Firefox", 0.12), ("Edge", 0.07), ("Other", 0.02),
    ]
    static let platforms: [(String, Double)] = [
        ("macOS", 0.34), ("Windows", 0.26), ("iOS", 0.20), ("Android", 0.12), ("Linux", 0.08),
    ]

    init(seed: UInt64, start: Date) {
        var random = SeededRandom(seed: seed)
        epoch = start.addingTimeInterval(-45 * 86_400)
        func shares(_ paths: [String]) -> [(String, Double, Double)] {
            // Zipf-like shares with a seeded wobble, normalised to 1.
            let raw = paths.indices.map { i in 1.0 / Double(i + 1) * (0.85 + Double(random.next() % 300) / 1000) }
            let total = raw.reduce(0, +)
            return paths.indices.map { i in
                (paths[i], raw[i] / total, 0.55 + Double(random.next() % 250) / 1000)
            }
        }
        let created = epoch
        sites = [
            SimulatedSite(
                site: TinylyticsSite(id: 456, uid: "acm3la", url: "https://acme.example", label: "Acme Launch",
                                     lifetimeKudos: 87, active: true, isPublic: false,
                                     createdAt: created, updatedAt: created),
                hitsPerSecond: 1.6,
                paths: shares(["/", "/pricing", "/blog/launch-day", "/signup", "/docs/getting-started",
                               "/changelog", "/blog/hello-world", "/docs/api", "/about", "/careers",
                               "/blog/why-we-built-it", "/status"]).map { ($0.0, $0.1, $0.2) }),
            SimulatedSite(
                site: TinylyticsSite(id: 457, uid: "acm3dx", url: "https://docs.acme.example", label: "Acme Docs",
                                     lifetimeKudos: 12, active: true, isPublic: true,
                                     createdAt: created, updatedAt: created),
                hitsPerSecond: 0.4,
                paths: shares(["/", "/install", "/config", "/api/hits", "/api/sites", "/faq"]).map { ($0.0, $0.1, $0.2) }),
        ]
    }

    func site(id: Int) -> SimulatedSite? { sites.first { $0.site.id == id } }

    /// Seconds of traffic inside [from, to) that have already happened at `now`.
    func trafficSeconds(from: Date, to: Date, now: Date) -> Double {
        let start = max(from, epoch)
        let end = min(to, now)
        return max(0, end.timeIntervalSince(start))
    }

    /// The site as `GET /sites` shows it at `now`, lifetime counters included.
    func siteSnapshot(_ simulated: SimulatedSite, now: Date) -> TinylyticsSite {
        var site = simulated.site
        let total = simulated.hitsPerSecond * trafficSeconds(from: epoch, to: now, now: now)
        site.lifetimeHits = Int(total)
        site.lifetimeUniqueHits = Int(total * 0.68)
        site.updatedAt = now
        return site
    }

    /// The hit filters of `GET /sites/:id/hits`: country and path exact, referrer a
    /// case-insensitive partial match.
    struct HitFilter: Sendable {
        var country: String?
        var path: String?
        var referrer: String?

        func matchesCountry(_ value: String) -> Bool { country.map { $0 == value } ?? true }
        func matchesPath(_ value: String) -> Bool { path.map { $0 == value } ?? true }
        func matchesReferrer(_ value: String) -> Bool {
            referrer.map { value.lowercased().contains($0.lowercased()) } ?? true
        }
    }

    /// The share of a site's traffic that passes `filter` (dimensions are independent).
    func share(_ simulated: SimulatedSite, filter: HitFilter) -> Double {
        let paths = simulated.paths.filter { filter.matchesPath($0.path) }.reduce(0) { $0 + $1.share }
        let countries = Self.countries.filter { filter.matchesCountry($0.0) }.reduce(0) { $0 + $1.1 }
        let referrers = Self.referrers.filter { filter.matchesReferrer($0.0) }.reduce(0) { $0 + $1.1 }
        return paths * countries * (filter.referrer == nil ? 1 : referrers)
    }

    /// Grouped hits of a site for a date range, largest first.
    func groupedHits(_ simulated: SimulatedSite, groupBy: TinylyticsGroupBy, from: Date, to: Date,
                     now: Date, filter: HitFilter = HitFilter()) -> [TinylyticsGroupedHit] {
        let seconds = trafficSeconds(from: from, to: to, now: now)
        let total = simulated.hitsPerSecond * seconds * share(simulated, filter: filter)
        // Each row is its own share of the filtered traffic.
        func rows(_ table: [(String, Double)], _ matches: (String) -> Bool) -> [TinylyticsGroupedHit] {
            let kept = table.filter { matches($0.0) }
            let sum = kept.reduce(0) { $0 + $1.1 }
            return kept.map { TinylyticsGroupedHit(groupBy: groupBy, key: $0.0, hitCount: Int(total * $0.1 / max(sum, 1e-9))) }
        }
        let result: [TinylyticsGroupedHit]
        switch groupBy {
        case .path:
            let kept = simulated.paths.filter { filter.matchesPath($0.path) }
            let sum = kept.reduce(0) { $0 + $1.share }
            result = kept.map { entry in
                let views = Int(total * entry.share / max(sum, 1e-9))
                return TinylyticsGroupedHit(groupBy: .path, key: entry.path, views: views,
                                            uniqueViews: Int(Double(views) * entry.uniqueRatio))
            }
        case .country: result = rows(Self.countries, filter.matchesCountry)
        case .referrer: result = rows(Self.referrers, filter.matchesReferrer)
        case .browserName: result = rows(Self.browsers) { _ in true }
        case .platformName: result = rows(Self.platforms) { _ in true }
        }
        return result.filter { $0.count > 0 }.sorted { ($0.count, $1.key ?? "") > ($1.count, $0.key ?? "") }
    }

    /// How many raw hits a range holds at `now` after `filter`.
    func rawHitCount(_ simulated: SimulatedSite, from: Date, to: Date, now: Date, filter: HitFilter) -> Int {
        Int(simulated.hitsPerSecond * share(simulated, filter: filter) * trafficSeconds(from: from, to: to, now: now))
    }

    /// The raw hit at `rank` (0 = newest) of a range: a pure function of the site, its
    /// index in the range and the filter, so pages are stable between requests.
    func rawHit(_ simulated: SimulatedSite, rank: Int, total: Int, from: Date, now: Date,
                filter: HitFilter) -> TinylyticsHit {
        let index = total - 1 - rank
        let rate = simulated.hitsPerSecond * share(simulated, filter: filter)
        let start = max(from, epoch)
        let created = start.addingTimeInterval((Double(index) + 0.5) / max(rate, 1e-9))
        var random = SeededRandom(seed: UInt64(simulated.site.id) &* 1_000_003 &+ UInt64(max(0, index)))
        func pick(_ table: [(String, Double)]) -> String {
            let total = table.reduce(0) { $0 + $1.1 }
            var roll = Double(random.next() % 1_000_000) / 1_000_000 * total
            for (value, weight) in table {
                roll -= weight
                if roll < 0 { return value }
            }
            return table.last?.0 ?? ""
        }
        let path = filter.path ?? pick(simulated.paths.map { ($0.path, $0.share) })
        let country = filter.country ?? pick(Self.countries)
        let referrer = pick(Self.referrers.filter { filter.matchesReferrer($0.0) })
        let platform = pick(Self.platforms)
        let host = URL(string: referrer)?.host ?? referrer
        let source = host.split(separator: ".").dropLast().last.map(String.init)
        return TinylyticsHit(
            id: simulated.site.id * 1_000_000_000 + index, url: simulated.site.url + path, path: path,
            referrer: referrer, country: country, browserName: pick(Self.browsers), platformName: platform,
            isMobile: platform == "iOS" || platform == "Android", source: source, createdAt: created)
    }

    private static func split(_ total: Double, _ table: [(String, Double)],
                              _ groupBy: TinylyticsGroupBy) -> [TinylyticsGroupedHit] {
        table.map { TinylyticsGroupedHit(groupBy: groupBy, key: $0.0, hitCount: Int(total * $0.1)) }
    }
}
