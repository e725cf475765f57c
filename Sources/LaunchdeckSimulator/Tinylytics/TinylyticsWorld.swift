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

    /// Grouped hits of a site for a date range, largest first.
    func groupedHits(_ simulated: SimulatedSite, groupBy: TinylyticsGroupBy, from: Date, to: Date,
                     now: Date) -> [TinylyticsGroupedHit] {
        let total = simulated.hitsPerSecond * trafficSeconds(from: from, to: to, now: now)
        let rows: [TinylyticsGroupedHit]
        switch groupBy {
        case .path:
            rows = simulated.paths.map { entry in
                let views = Int(total * entry.share)
                return TinylyticsGroupedHit(groupBy: .path, key: entry.path, views: views,
                                            uniqueViews: Int(Double(views) * entry.uniqueRatio))
            }
        case .country: rows = Self.split(total, Self.countries, groupBy)
        case .referrer: rows = Self.split(total, Self.referrers, groupBy)
        case .browserName: rows = Self.split(total, Self.browsers, groupBy)
        case .platformName: rows = Self.split(total, Self.platforms, groupBy)
        }
        return rows.filter { $0.count > 0 }.sorted { ($0.count, $1.key ?? "") > ($1.count, $0.key ?? "") }
    }

    private static func split(_ total: Double, _ table: [(String, Double)],
                              _ groupBy: TinylyticsGroupBy) -> [TinylyticsGroupedHit] {
        table.map { TinylyticsGroupedHit(groupBy: groupBy, key: $0.0, hitCount: Int(total * $0.1)) }
    }
}
