#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient

/// One app version as the Crashes pane ranks it: its crash rate, and how much of the app's
/// use it has, so a new version's spike shows while the version is still small.
public struct VersionHealth: Sendable, Equatable, Codable {
    public var version: String
    /// Crashes per 100 app loads of this version over the last day (`errorMonitoring/pie`,
    /// `graph=crashPercent`, `groupBy=appVersion`).
    public var crashPercent: Double
    /// This version's share (0...1) of today's app loads among the versions `trends` lists
    /// (its top five); nil until trends has answered or when it does not list the version.
    public var loadShare: Double?

    public init(version: String, crashPercent: Double, loadShare: Double?) {
        self.version = version
        self.crashPercent = crashPercent
        self.loadShare = loadShare
    }

    /// Highest crash rate first (the more used version first on a tie).
    public static func ranked(rates: [ApteligentPie.Slice], shares: [String: Double]) -> [VersionHealth] {
        rates.map { slice in
            let version = slice.label ?? slice.name
            return VersionHealth(version: version, crashPercent: slice.value.isFinite ? slice.value : 0,
                                 loadShare: shares[version] ?? shares[slice.name])
        }
        .sorted { a, b in
            a.crashPercent != b.crashPercent ? a.crashPercent > b.crashPercent : (a.loadShare ?? 0) > (b.loadShare ?? 0)
        }
    }

    /// Each version's share of today's app loads from `trends` (`appLoadsByVersion`): today's
    /// value where the service gives one, else the category's newest daily bucket.
    public static func loadShares(_ trends: ApteligentTrends) -> [String: Double] {
        guard let loads = trends.series["appLoadsByVersion"] else { return [:] }
        // One source for every version: today's values when the service gives one for each,
        // else every version's newest daily bucket (never today's for some, yesterday's for others).
        let todays = loads.todayTopValues ?? [:]
        let useToday = !loads.categories.isEmpty && loads.categories.keys.allSatisfy { todays[$0] != nil }
        var today: [String: Double] = [:]
        for (version, category) in loads.categories {
            let value = useToday ? todays[version] : category.buckets.last?.value
            if let value, value.isFinite, value >= 0 { today[version] = value }
        }
        let sum = today.values.reduce(0, +)
        guard sum > 0 else { return [:] }
        return today.mapValues { $0 / sum }
    }
}

/// One version's app loads on one day, as `trends` buckets them (`start`, a day long).
public struct VersionDay: Sendable, Equatable, Codable {
    public var version: String
    public var day: Date
    public var loads: Double

    public init(version: String, day: Date, loads: Double) {
        self.version = version
        self.day = day
        self.loads = loads
    }

    /// Every daily bucket of `appLoadsByVersion` with a readable start and a finite count.
    public static func loads(_ trends: ApteligentTrends) -> [VersionDay] {
        guard let loads = trends.series["appLoadsByVersion"] else { return [] }
        return loads.categories.sorted { $0.key < $1.key }.flatMap { version, category in
            category.buckets.compactMap { bucket in
                guard let day = bucket.start.flatMap(Timestamp.parse), bucket.value.isFinite, bucket.value >= 0 else { return nil }
                return VersionDay(version: version, day: day, loads: bucket.value)
            }
        }
    }
}

/// The one reader of `GET /v2/trends/{appId}`: the Crashes pane's load shares and the
/// versions screen both read through it, at most once every `every` (daily buckets change
/// slowly; Apteligent allows 20 calls a minute). A failed read keeps the last answer and is
/// tried again at the next poll; readers at the same moment share one request.
public actor VersionAdoption {
    /// The newest answer, how old it is, and the last failure since it (if any).
    public struct Reading: Sendable {
        public var trends: ApteligentTrends?
        public var age: Duration?
        public var error: ClientError?
    }

    private let every: Duration
    private let now: @Sendable () -> Duration
    private var trends: ApteligentTrends?
    private var error: ClientError?
    private var readAt: Duration?
    private var app: String?
    private var inFlight: Task<Result<ApteligentTrends, ClientError>, Never>?

    init(every: Duration, now: @escaping @Sendable () -> Duration) {
        self.every = every
        self.now = now
    }

    func shares(app: String, read: @escaping @Sendable () async throws(ClientError) -> ApteligentTrends) async -> [String: Double] {
        await reading(app: app, read: read).trends.map(VersionHealth.loadShares) ?? [:]
    }

    /// The trends of `app`, read now when the last answer is older than `every` (or of another app).
    public func reading(app: String, read: @escaping @Sendable () async throws(ClientError) -> ApteligentTrends) async -> Reading {
        if app != self.app {
            self.app = app
            trends = nil
            error = nil
            readAt = nil
            inFlight = nil
        }
        if readAt.map({ now() - $0 >= every }) ?? true {
            let task = inFlight ?? Task { () -> Result<ApteligentTrends, ClientError> in
                do throws(ClientError) { return .success(try await read()) } catch { return .failure(error) }
            }
            inFlight = task
            let result = await task.value
            if inFlight == task, self.app == app {
                inFlight = nil
                switch result {
                case .success(let fresh):
                    trends = fresh
                    error = nil
                    readAt = now()
                case .failure(let failure):
                    error = failure  // the last answer is kept; asked again at the next poll
                }
            }
        }
        return Reading(trends: trends, age: readAt.map { now() - $0 }, error: error)
    }
}
