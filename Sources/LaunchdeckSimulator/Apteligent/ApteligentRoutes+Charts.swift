#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// Graphs, pies, trends and live stats, computed from the launch timeline at the request.
extension ApteligentRoutes {
    static let errorDurations: Set<Int> = [1440, 10800, 43200]
    static let performanceDurations: Set<Int> = [15, 60, 240, 480, 720, 1440, 2880, 10080, 43200]
    static let errorGroups: Set<String> = ["appVersion", "os", "carrier", "device", "appId"]
    static let performanceGraphs: Set<String> = ["latency", "dataIn", "dataOut", "volume", "errors"]

    func registerCharts<Context: RequestContext>(on group: RouterGroup<Context>) {
        group.get(RouterPath(ApteligentEndpoints.errorGraph)) { request, _ in
            let q = request.uri.queryParameters
            guard let app = world.app(q.get("appId")) else { return Self.notFound }
            let graph = q.get("graph") ?? "crashPercent"
            guard ApteligentWorld.graphs.contains(graph) else { return Self.bad("graph must be one of \(ApteligentWorld.graphs.sorted().joined(separator: ", "))") }
            guard let duration = Int(q.get("duration") ?? "1440"), Self.errorDurations.contains(duration) else {
                return Self.bad("duration must be 1440, 10800 or 43200")
            }
            // 24 points (an hour each over a day).
            let interval = duration * 60 / 24
            let end = Self.floor(now(), to: 60)
            let start = end.addingTimeInterval(-Double(duration * 60))
            let points = (0..<24).map { i -> Double in
                let from = start.addingTimeInterval(Double(i * interval))
                return world.value(graph, app, from: from, to: from.addingTimeInterval(Double(interval)))
            }
            return JSONResponse.make(ApteligentEnvelope(data: ApteligentGraph(
                start: ApteligentWorld.time(start), end: ApteligentWorld.time(end), interval: interval,
                series: [.init(name: graph, points: points)])))
        }
        group.get(RouterPath(ApteligentEndpoints.errorPie)) { request, _ in
            let q = request.uri.queryParameters
            guard let app = world.app(q.get("appId")) else { return Self.notFound }
            let graph = q.get("graph") ?? "crashes", groupBy = q.get("groupBy") ?? "appVersion"
            guard ApteligentWorld.graphs.contains(graph) else { return Self.bad("unknown graph \(graph)") }
            guard Self.errorGroups.contains(groupBy) else { return Self.bad("groupBy must be one of \(Self.errorGroups.sorted().joined(separator: ", "))") }
            guard let duration = Int(q.get("duration") ?? "1440"), Self.errorDurations.contains(duration) else {
                return Self.bad("duration must be 1440, 10800 or 43200")
            }
            return pie(duration: duration) { from, to in world.errorSlices(app, graph: graph, groupBy: groupBy, from: from, to: to) }
        }
        group.get(RouterPath(ApteligentEndpoints.performancePie)) { request, _ in
            let q = request.uri.queryParameters
            guard let app = world.app(q.get("appId")) else { return Self.notFound }
            let graph = q.get("graph") ?? "latency", groupBy = q.get("groupBy") ?? "service"
            guard Self.performanceGraphs.contains(graph) else { return Self.bad("graph must be one of \(Self.performanceGraphs.sorted().joined(separator: ", "))") }
            guard Self.errorGroups.union(["service"]).contains(groupBy) else { return Self.bad("unknown groupBy \(groupBy)") }
            guard let duration = Int(q.get("duration") ?? "60"), Self.performanceDurations.contains(duration) else {
                return Self.bad("duration must be one of \(Self.performanceDurations.sorted().map(String.init).joined(separator: ", "))")
            }
            return pie(duration: duration) { from, to in world.performanceSlices(app, graph: graph, groupBy: groupBy, from: from, to: to) }
        }
        group.get("/v2/trends/:app") { _, context in
            guard let app = world.app(context.parameters.get("app")) else { return Self.notFound }
            return JSONResponse.make(TrendsBody(data: world.trends(app, now: now()),
                                                links: ["self": ApteligentEndpoints.trends(app: app.id)]))
        }
        group.get("/v2/liveStats/:app/:period") { _, context in
            guard let app = world.app(context.parameters.get("app")) else { return Self.notFound }
            guard let seconds = Self.seconds(iso: context.parameters.get("period") ?? ""), (60...2_592_000).contains(seconds) else {
                return Self.bad("period must be an ISO 8601 duration from PT1M to P30D")
            }
            let count = seconds <= 3600 ? seconds / 60 : 24
            let size = Double(seconds / count)
            let end = now()
            let periods = (0..<count).map { i -> ApteligentLiveStats.Period in
                let from = end.addingTimeInterval(-Double(count - i) * size), to = from.addingTimeInterval(size)
                let loads = world.loads(app, from: from, to: to)
                return .init(start: ApteligentWorld.time(from), end: ApteligentWorld.time(to),
                             crashes: Int((loads * world.crashPercent(app, at: to) / 100).rounded()), appLoads: Int(loads.rounded()))
            }
            return JSONResponse.make(ApteligentEnvelope(data: ApteligentLiveStats(
                crashPercentage: world.crashPercent(app, at: end), periodicData: periods)))
        }
    }

    func pie(duration: Int, _ slices: (Date, Date) -> [ApteligentPie.Slice]) -> Response {
        let end = Self.floor(now(), to: 60)
        let start = end.addingTimeInterval(-Double(duration * 60))
        return JSONResponse.make(ApteligentEnvelope(data: ApteligentPie(
            start: ApteligentWorld.time(start), end: ApteligentWorld.time(end), interval: duration * 60,
            slices: slices(start, end))))
    }

    static func floor(_ date: Date, to seconds: Double) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / seconds).rounded(.down) * seconds)
    }

    /// Seconds of an ISO 8601 duration like `PT5M`, `PT1H30M` or `P1D`; nil when malformed.
    static func seconds(iso: String) -> Int? {
        guard iso.hasPrefix("P"), iso.count > 1 else { return nil }
        var total = 0, number = "", inTime = false
        for char in iso.dropFirst() {
            if char.isNumber { number.append(char); continue }
            if char == "T" { guard number.isEmpty, !inTime else { return nil }; inTime = true; continue }
            guard let n = Int(number) else { return nil }
            number = ""
            switch (char, inTime) {
            case ("D", false): total += n * 86_400
            case ("H", true): total += n * 3600
            case ("M", true): total += n * 60
            case ("S", true): total += n
            default: return nil
            }
        }
        return number.isEmpty ? total : nil
    }
}

/// The trends body: `data` plus the top-level `links.self` the gathered clients show.
struct TrendsBody: Encodable {
    var data: ApteligentTrends
    var links: [String: String]
}
