#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Reads the Tinylytics API v1 with a Bearer key.
public struct TinylyticsClient: Sendable {
    public let baseURL: URL
    private let apiKey: Secret
    private let executor: RequestExecutor
    public var budget: RateBudget { executor.budget }

    /// - Parameters:
    ///   - baseURL: the API root, e.g. `https://tinylytics.app/api/v1`.
    ///   - budget: shared by every client of the same key; 1000 requests an hour by default.
    public init(baseURL: URL, apiKey: Secret, transport: any HTTPTransport,
                budget: RateBudget = TinylyticsClient.defaultBudget(),
                retry: RetryPolicy = RetryPolicy()) {
        self.init(baseURL: baseURL, apiKey: apiKey,
                  executor: RequestExecutor(service: .tinylytics, transport: transport, budget: budget, retry: retry))
    }

    /// 1000 requests an hour per key, on `now` (default: time since it was made).
    public static func defaultBudget(now: (@Sendable () -> Duration)? = nil) -> RateBudget {
        RateBudget(limit: TinylyticsEndpoints.requestsPerHour, window: .seconds(3600), now: now)
    }

    /// With an executor of the caller's (tests inject its sleep and jitter).
    public init(baseURL: URL, apiKey: Secret, executor: RequestExecutor) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.executor = executor
    }

    /// `GET /sites`: every site the key can read.
    public func sites() async throws(ClientError) -> [TinylyticsSite] {
        try await get(TinylyticsEndpoints.sites, as: TinylyticsSitesResponse.self).sites
    }

    /// `GET /sites/:id/hits?grouped=true&group_by=...`: one page of grouped hits.
    public func groupedHits(site: Int, query: TinylyticsHitsQuery) async throws(ClientError) -> TinylyticsGroupedHitsResponse {
        var query = query
        if query.groupBy == nil { query.groupBy = .path }
        return try await get(TinylyticsEndpoints.hits(site: site), query: query.items,
                             as: TinylyticsGroupedHitsResponse.self)
    }

    /// `POST /sites/:id/hits`: needs a full-access key (`tly-fa-`); a read-only key gets
    /// the documented 403. Never retried.
    public func createHit(site: Int, _ hit: TinylyticsNewHit) async throws(ClientError) -> TinylyticsHitCreated {
        let url = try BaseURL.endpoint(baseURL, path: TinylyticsEndpoints.hits(site: site), for: .tinylytics)
        let body: Data
        do {
            body = try JSONCoding.encoder().encode(hit)
        } catch {
            throw ClientError(.tinylytics, .unprocessable, detail: "the hit could not be encoded")
        }
        let request = TransportRequest(method: "POST", url: url, headers: [
            ("Authorization", "Bearer \(apiKey.reveal())"),
            ("Accept", "application/json"),
            ("Content-Type", "application/json"),
            ("User-Agent", "launchdeck"),
        ], body: body)
        return try await executor.get(request, as: TinylyticsHitCreated.self, secrets: [apiKey])
    }

    func get<T: Decodable>(_ path: String, query: [(name: String, value: String)] = [],
                           as type: T.Type) async throws(ClientError) -> T {
        let url = try BaseURL.endpoint(baseURL, path: path, query: query, for: .tinylytics)
        let request = TransportRequest(url: url, headers: [
            ("Authorization", "Bearer \(apiKey.reveal())"),
            ("Accept", "application/json"),
            ("User-Agent", "launchdeck"),
        ])
        return try await executor.get(request, as: T.self, secrets: [apiKey])
    }
}
