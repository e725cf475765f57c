#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// The simulated Tinylytics account: its sites and how their traffic follows the launch.
///
/// Counts are a pure function of the seed and the clock: a site's baseline hit rate times
/// its profile's shares, plus the launch's extra traffic (`LaunchTimeline.extraSeconds`)
/// times the launch profile's shares. Numbers only ever grow and two runs agree exactly.
struct TinylyticsWorld: Sendable {
    struct SimulatedSite: Sendable {
        var site: TinylyticsSite
        /// Baseline hits per second across the whole site.
        var hitsPerSecond: Double
        var base: TrafficProfile
        var launch: TrafficProfile
        /// Whether the site has uptime and content monitoring (the docs: 404 / 403 if not).
        var monitored: Bool
        /// Every path with its weights and unique share, for ranking.
        var paths: PathTable

        init(site: TinylyticsSite, hitsPerSecond: Double, base: TrafficProfile, launch: TrafficProfile,
             monitored: Bool, uniqueRatios: [String: Double]) {
            self.site = site
            self.hitsPerSecond = hitsPerSecond
            self.base = base
            self.launch = launch
            self.monitored = monitored
            paths = PathTable(base: base.paths, launch: launch.paths, uniques: uniqueRatios)
        }
    }

    let sites: [SimulatedSite]
    /// Before this instant the simulated sites had no traffic.
    let epoch: Date
    let timeline: LaunchTimeline
    /// False makes the account unsubscribed: premium endpoints answer 403.
    let subscribed: Bool

    init(seed: UInt64, timeline: LaunchTimeline, paths: Int = 12, subscribed: Bool = true) {
        var random = SeededRandom(seed: seed)
        self.timeline = timeline
        self.subscribed = subscribed
        epoch = timeline.start.addingTimeInterval(-45 * 86_400)
        let named = ["/", "/pricing", "/blog/launch-day", "/signup", "/docs/getting-started", "/changelog",
                     "/blog/hello-world", "/docs/api", "/about", "/careers", "/blog/why-we-built-it", "/status"]
        // `--paths N` adds a long tail of docs pages after the named ones.
        let tail = (0..<max(0, paths - named.count)).map { String(cFormat: "/docs/p/%06d", $0 + 1) }
        let created = epoch
        let (mainPaths, mainUniques) = TrafficProfile.zipfWithUniques(named + tail, random: &random)
        let (docsPaths, docsUniques) = TrafficProfile.zipfWithUniques(
            ["/", "/install", "/config", "/api/hits", "/api/sites", "/faq"], random: &random)
        sites = [
            SimulatedSite(
                site: TinylyticsSite(id: 456, uid: "acm3la", url: "https://acme.example", label: "Acme Launch",
                                     lifetimeKudos: 87, active: true, isPublic: false,
                                     createdAt: created, updatedAt: created),
                hitsPerSecond: 1.6,
                base: TrafficProfile(paths: mainPaths,
                                     countries: TrafficProfile.countries, referrers: TrafficProfile.referrers),
                // New paths (/launch, /changelog/v4, /blog/acme-4-is-here) climb the leaderboard.
                launch: TrafficProfile(paths: TrafficProfile.normalised([
                    ("/launch", 0.30), ("/blog/acme-4-is-here", 0.20), ("/signup", 0.15), ("/pricing", 0.12),
                    ("/changelog/v4", 0.10), ("/", 0.08), ("/docs/getting-started", 0.05),
                ]), countries: TrafficProfile.launchCountries, referrers: TrafficProfile.launchReferrers),
                monitored: true, uniqueRatios: mainUniques),
            SimulatedSite(
                site: TinylyticsSite(id: 457, uid: "acm3dx", url: "https://docs.acme.example", label: "Acme Docs",
                                     lifetimeKudos: 12, active: true, isPublic: true,
                                     createdAt: created, updatedAt: created),
                hitsPerSecond: 0.4,
                base: TrafficProfile(paths: docsPaths,
                                     countries: TrafficProfile.countries, referrers: TrafficProfile.referrers),
                launch: TrafficProfile(paths: TrafficProfile.normalised([("/install", 0.5), ("/v4/migrate", 0.3), ("/", 0.2)]),
                                       countries: TrafficProfile.launchCountries, referrers: TrafficProfile.launchReferrers),
                monitored: false, uniqueRatios: docsUniques),
        ]
    }

    func site(id: Int) -> SimulatedSite? { sites.first { $0.site.id == id } }

    /// Baseline and launch-extra seconds of traffic inside [from, to) that have happened at `now`.
    func seconds(from: Date, to: Date, now: Date) -> (base: Double, extra: Double) {
        let start = max(from, epoch)
        let end = min(to, now)
        guard end > start else { return (0, 0) }
        return (end.timeIntervalSince(start), timeline.extraSeconds(from: start, to: end))
    }

    /// Hits of the site inside [from, to) at `now` that pass `filter` (fractional).
    func hitCount(_ simulated: SimulatedSite, from: Date, to: Date, now: Date, filter: HitFilter = HitFilter()) -> Double {
        let s = seconds(from: from, to: to, now: now)
        return simulated.hitsPerSecond * (s.base * simulated.base.share(filter) + s.extra * simulated.launch.share(filter))
    }

    /// The site as `GET /sites` shows it at `now`, lifetime counters included.
    func siteSnapshot(_ simulated: SimulatedSite, now: Date, posted: Int = 0, kudos: Int? = nil) -> TinylyticsSite {
        var site = simulated.site
        let total = hitCount(simulated, from: epoch, to: now, now: now) + Double(posted)
        site.lifetimeHits = Int(total)
        site.lifetimeUniqueHits = Int(total * 0.68)
        site.lifetimeKudos = kudos ?? site.lifetimeKudos
        site.updatedAt = now
        return site
    }

    /// Hits per key of one dimension inside [from, to), after `filter` (fractional, unsorted).
    func counts(_ simulated: SimulatedSite, groupBy: TinylyticsGroupBy, from: Date, to: Date, now: Date,
                filter: HitFilter = HitFilter()) -> [String: Double] {
        let s = seconds(from: from, to: to, now: now)
        var out: [String: Double] = [:]
        for (profile, secs) in [(simulated.base, s.base), (simulated.launch, s.extra)] where secs > 0 {
            let scale = simulated.hitsPerSecond * secs * profile.share(filter, except: groupBy)
            guard scale > 0 else { continue }
            for entry in profile.table(groupBy) where Self.keep(entry.key, groupBy, filter) {
                out[entry.key, default: 0] += scale * entry.weight
            }
        }
        return out
    }

    static func keep(_ key: String, _ groupBy: TinylyticsGroupBy, _ filter: HitFilter) -> Bool {
        switch groupBy {
        case .path: return filter.matchesPath(key)
        case .country: return filter.matchesCountry(key)
        case .referrer: return filter.matchesReferrer(key)
        case .browserName, .platformName: return true
        }
    }

    /// The share of a path's views that are unique visitors: a stable function of the path.
    static func uniqueRatio(_ path: String) -> Double {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return 0.55 + Double(hash % 250) / 1000
    }
}
