#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Every path a site can see (baseline and launch), with its weight in each profile and its
/// unique share, as parallel arrays: ranking 100 000 paths is arithmetic, not hashing.
struct PathTable: Sendable {
    let keys: [String]
    let base: [Double]
    let launch: [Double]
    let unique: [Double]
    private let index: [String: Int]

    func contains(_ key: String) -> Bool { index[key] != nil }

    init(base: TrafficProfile.Table, launch: TrafficProfile.Table, uniques: [String: Double]) {
        var keys = base.map(\.key)
        var index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        for entry in launch where index[entry.key] == nil {
            index[entry.key] = keys.count
            keys.append(entry.key)
        }
        var baseWeights = [Double](repeating: 0, count: keys.count)
        var launchWeights = baseWeights
        for entry in base { if let i = index[entry.key] { baseWeights[i] = entry.weight } }
        for entry in launch { if let i = index[entry.key] { launchWeights[i] = entry.weight } }
        self.keys = keys
        self.base = baseWeights
        self.launch = launchWeights
        unique = keys.map { uniques[$0] ?? TinylyticsWorld.uniqueRatio($0) }
        self.index = index
    }
}

/// One ranked path: views (or total hits) and unique views.
struct RankedPath: Sendable {
    var path: String
    var views: Int
    var unique: Int
}

extension TinylyticsWorld {
    /// Paths by views inside [from, to) at `now`, largest first (ties by path), after
    /// `filter` (exact path) and `contains` (case-insensitive part of the path), with the
    /// `posted` hits per path added. Paths with no views are left out.
    func rankedPaths(_ simulated: SimulatedSite, from: Date, to: Date, now: Date, filter: HitFilter = HitFilter(),
                     contains needle: String? = nil, posted: [String: Int] = [:]) -> [RankedPath] {
        let table = simulated.paths
        let s = seconds(from: from, to: to, now: now)
        let scaleBase = simulated.hitsPerSecond * s.base * simulated.base.share(filter, except: .path)
        let scaleLaunch = simulated.hitsPerSecond * s.extra * simulated.launch.share(filter, except: .path)
        let lowered = needle?.lowercased()
        // Sort plain numbers and indices; build the rows only once ordered.
        var counted: [(views: Int, unique: Int, index: Int)] = []
        counted.reserveCapacity(table.keys.count)
        var extraKeys: [String] = []
        for i in table.keys.indices {
            let key = table.keys[i]
            if filter.path != nil, !filter.matchesPath(key) { continue }
            if let lowered, !key.lowercased().contains(lowered) { continue }
            let count = scaleBase * table.base[i] + scaleLaunch * table.launch[i]
            let extra = posted.isEmpty ? 0 : posted[key, default: 0]
            let views = Int(count) + extra
            if views > 0 { counted.append((views, Int(Double(Int(count)) * table.unique[i]) + extra, i)) }
        }
        // Posted paths the site never had.
        for (key, extra) in posted where extra > 0 && filter.matchesPath(key) && !table.contains(key) {
            if let lowered, !key.lowercased().contains(lowered) { continue }
            counted.append((extra, extra, table.keys.count + extraKeys.count))
            extraKeys.append(key)
        }
        func key(_ index: Int) -> String { index < table.keys.count ? table.keys[index] : extraKeys[index - table.keys.count] }
        counted.sort { $0.views != $1.views ? $0.views > $1.views : key($0.index) < key($1.index) }
        return counted.map { RankedPath(path: key($0.index), views: $0.views, unique: $0.unique) }
    }
}
