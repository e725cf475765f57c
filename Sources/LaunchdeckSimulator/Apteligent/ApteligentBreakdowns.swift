#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Breakdowns of an app's numbers by version, OS, carrier, device and service, for the
/// pies and the trends.
extension ApteligentWorld {
    /// Categories of a dimension and each one's share of the app loads at `t`.
    func shares(_ app: SimulatedApp, _ dimension: String, at t: Date) -> [(String, Double)] {
        let ios = app.app.appType == "ios"
        switch dimension {
        case "appVersion":
            let adoption = app.launchVersion == nil ? 0 : timeline.newVersionAdoption(at: t)
            let old = (app.app.appVersions ?? []).filter { $0 != app.launchVersion }
            let weights = old.indices.map { Double($0 + 1) }
            let sum = weights.reduce(0, +)
            var out = old.indices.map { (old[$0], (1 - adoption) * weights[$0] / max(sum, 1)) }
            if let version = app.launchVersion, adoption > 0 { out.append((version, adoption)) }
            return out
        case "os":
            return ios ? [("iOS 18", 0.55), ("iOS 17", 0.35), ("iOS 16", 0.10)]
                : [("Android 15", 0.40), ("Android 14", 0.35), ("Android 13", 0.25)]
        case "carrier":
            return [("Wi-Fi", 0.45), ("Verizon", 0.18), ("AT&T", 0.15), ("T-Mobile", 0.12), ("Vodafone", 0.10)]
        case "device":
            return ios ? [("iPhone 16", 0.35), ("iPhone 15", 0.30), ("iPhone 14", 0.20), ("iPad Air", 0.15)]
                : [("Pixel 9", 0.30), ("Galaxy S24", 0.30), ("Galaxy A55", 0.25), ("OnePlus 12", 0.15)]
        case "service":
            return [("api.acme.example", 0.50), ("cdn.acme.example", 0.30), ("auth.acme.example", 0.12),
                    ("api.stripe.com", 0.08)]
        default:  // appId
            return [(app.id, 1)]
        }
    }

    /// Crash percentage of one category: the launch version has its own curve.
    func percent(_ app: SimulatedApp, category: String, at t: Date) -> Double {
        category == app.launchVersion ? timeline.newVersionCrashPercent(at: t) : (app.app.crashPercent ?? 0.5)
    }

    func errorSlices(_ app: SimulatedApp, graph: String, groupBy: String, from: Date, to: Date) -> [ApteligentPie.Slice] {
        let total = value(graph, app, from: from, to: to)
        let loads = self.loads(app, from: from, to: to)
        return shares(app, groupBy, at: to).map { name, share in
            let value: Double
            switch graph {
            case "crashPercent", "affectedUserPercent": value = percent(app, category: name, at: to).rounded(toPlaces: 3)
            case "crashes": value = (loads * share * percent(app, category: name, at: to) / 100).rounded()
            case "rating", "mau", "dau": value = groupBy == "appId" ? total : (total * share).rounded()
            default: value = (total * share).rounded()
            }
            return .init(name: name, label: name, value: value)
        }
    }

    /// Service performance: the marketing API slows and fails while the site is down.
    func performanceSlices(_ app: SimulatedApp, graph: String, groupBy: String, from: Date, to: Date) -> [ApteligentPie.Slice] {
        let volume = loads(app, from: from, to: to) * 6
        let down = timeline.isDown(at: to)
        return shares(app, groupBy, at: to).map { name, share in
            let hurt = down && (name == "api.acme.example" || groupBy != "service")
            let value: Double
            switch graph {
            case "latency": value = (Double(app.app.latency ?? 200) * (0.6 + share) * (hurt ? 9 : 1)).rounded()
            case "errors": value = (volume * share * (hurt ? 0.35 : 0.004)).rounded()
            case "dataIn": value = (volume * share * 2.4).rounded()
            case "dataOut": value = (volume * share * 0.6).rounded()
            default: value = (volume * share).rounded()
            }
            return .init(name: name, label: name, value: value)
        }
    }

    static let trendNames: [(name: String, of: String, type: String, dimension: String?)] = [
        ("appLoadsByVersion", "app_loads", "count", "appVersion"), ("appLoadsByOs", "app_loads", "count", "os"),
        ("appLoadsByDevice", "app_loads", "count", "device"), ("crashesByVersion", "crashes", "count", "appVersion"),
        ("crashesByOs", "crashes", "count", "os"), ("crashesByDevice", "crashes", "count", "device"),
        ("crashRatioByVersion", "crashes", "percent", "appVersion"), ("crashRatioByOs", "crashes", "percent", "os"),
        ("crashRatioByDevice", "crashes", "percent", "device"), ("affectedUsers", "users", "count", nil),
        ("affectedUsersRatio", "users", "percent", nil), ("dau", "dau", "count", nil), ("mau", "users", "count", nil),
        ("dauByVersion", "dau", "count", "appVersion"),
    ]

    /// 31 daily buckets of each trend's top five categories, today last (so far today).
    func trends(_ app: SimulatedApp, now: Date) -> ApteligentTrends {
        let today = Calendar.utc.startOfDay(for: now)
        let days = (0..<31).map { today.addingTimeInterval(Double($0 - 30) * 86_400) }
        let daily = days.map { day -> (loads: Double, launch: Int, end: Date) in
            let end = min(now, day.addingTimeInterval(86_400))
            return (loads(app, from: day, to: end), launchCrashes(app, from: day, to: end), end)
        }
        // Each version's loads of each day, summed a quarter hour at a time with the shares of
        // that moment: a new version's buckets rise from 0 as it is adopted, and today's counts
        // only the loads since it came out.
        let versionLoads = zip(days, daily).map { day, d -> [String: Double] in
            var out: [String: Double] = [:]
            var t = day
            while t < d.end {
                let next = min(d.end, t.addingTimeInterval(900))
                let loads = self.loads(app, from: t, to: next)
                for (name, share) in shares(app, "appVersion", at: next) { out[name, default: 0] += loads * share }
                t = next
            }
            return out
        }
        var series: [String: ApteligentTrends.Trend] = [:]
        for trend in Self.trendNames {
            let categories = (trend.dimension.map { shares(app, $0, at: now) } ?? [("all", 1)]).prefix(5)
            var out: [String: ApteligentTrends.Trend.Category] = [:]
            var todayValues: [String: Double] = [:]
            for (name, share) in categories {
                let buckets = zip(days, daily).enumerated().map { i, pair -> ApteligentTrends.Trend.Bucket in
                    let (day, d) = pair
                    let dayShare = trend.dimension != "appVersion" ? share : d.loads > 0 ? (versionLoads[i][name] ?? 0) / d.loads : 0
                    let baseline = (app.app.crashPercent ?? 0.5) / 100
                    let crashes: Double
                    if trend.dimension == "appVersion" {
                        crashes = name == app.launchVersion ? Double(d.launch) : d.loads * dayShare * baseline
                    } else {
                        let adoption = app.launchVersion == nil ? 0 : timeline.newVersionAdoption(at: d.end)
                        crashes = (d.loads * (1 - adoption) * baseline + Double(d.launch)) * dayShare
                    }
                    let value: Double
                    switch (trend.of, trend.type) {
                    case ("app_loads", _): value = (d.loads * dayShare).rounded()
                    case ("crashes", "count"): value = crashes.rounded()
                    case (_, "percent"): value = d.loads * dayShare > 0 ? (crashes / (d.loads * dayShare) * 100).rounded(toPlaces: 3) : 0
                    case ("users", "count") where trend.name == "affectedUsers": value = (crashes * 0.8).rounded()
                    case ("dau", _): value = (Double(snapshot(app, at: d.end).dau ?? 0) * (trend.dimension == nil ? 1 : dayShare)).rounded()
                    default: value = Double(app.app.mau ?? 0)
                    }
                    return .init(duration: "P1D", start: Self.time(day), value: value)
                }
                out[name] = .init(buckets: buckets)
                todayValues[name] = buckets.last?.value ?? 0
            }
            series[trend.name] = .init(units: .init(of: trend.of, type: trend.type),
                                       todayTopValues: trend.dimension == nil ? nil : todayValues, categories: out)
        }
        return ApteligentTrends(series: series)
    }
}
