#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

extension TinylyticsWorld {
    /// The raw hit at `index` (0 = oldest) of the `total` hits in [from, to) that pass
    /// `filter`: a pure function of the site, the index and the filter, so pages are stable.
    /// Its time solves "index + ½ hits happened before it" on the launch's traffic curve.
    func rawHit(_ simulated: SimulatedSite, index: Int, from: Date, to: Date, now: Date,
                filter: HitFilter) -> TinylyticsHit {
        let start = max(from, epoch)
        let end = min(to, now)
        let target = Double(index) + 0.5
        var low = start, high = max(start, end)
        for _ in 0..<40 {
            let mid = low.addingTimeInterval(high.timeIntervalSince(low) / 2)
            if hitCount(simulated, from: start, to: mid, now: now, filter: filter) < target { low = mid } else { high = mid }
        }
        let created = high
        var random = SeededRandom(seed: UInt64(simulated.site.id) &* 1_000_003 &+ UInt64(max(0, index)) &+ timeline.seed)
        let base = simulated.base.share(filter)
        let extra = (timeline.trafficMultiplier(at: created) - 1) * simulated.launch.share(filter)
        let roll = Double(random.next() % 1_000_000) / 1_000_000
        let profile = roll * (base + extra) < extra ? simulated.launch : simulated.base
        func pick(_ table: TrafficProfile.Table, _ keep: (String) -> Bool) -> String {
            let kept = table.filter { keep($0.key) }
            var r = Double(random.next() % 1_000_000) / 1_000_000 * kept.reduce(0) { $0 + $1.weight }
            for entry in kept {
                r -= entry.weight
                if r < 0 { return entry.key }
            }
            return kept.last?.key ?? ""
        }
        let path = pick(profile.paths, filter.matchesPath)
        let country = pick(profile.countries, filter.matchesCountry)
        let referrer = pick(profile.referrers) { filter.matchesReferrer($0) }
        let platform = pick(profile.platforms) { _ in true }
        let host = URL(string: referrer)?.host ?? referrer
        let source = host.split(separator: ".").dropLast().last.map(String.init)
        return TinylyticsHit(
            id: simulated.site.id * 1_000_000_000 + index, url: simulated.site.url + path, path: path,
            referrer: referrer, country: country, browserName: pick(profile.browsers) { _ in true },
            platformName: platform, isMobile: platform == "iOS" || platform == "Android", source: source,
            createdAt: created)
    }
}
