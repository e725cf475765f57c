#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Sends one service's requests: takes each from the budget, retries what is safe to
/// retry, reads rate-limit headers, honours a 429's reset, and scrubs secrets from errors.
/// The service clients build requests; this decides whether and when they go out.
public struct RequestExecutor: Sendable {
    public let service: Service
    public let transport: any HTTPTransport
    public let budget: RateBudget
    public let retry: RetryPolicy
    private let sleep: @Sendable (Duration) async throws -> Void
    private let jitter: @Sendable () -> Double

    /// - Parameters:
    ///   - sleep: waits between retries (a manual clock's sleep in tests).
    ///   - jitter: a random number in 0..<1 for each backoff.
    public init(service: Service, transport: any HTTPTransport, budget: RateBudget, retry: RetryPolicy = RetryPolicy(),
                sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
                jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
        self.service = service
        self.transport = transport
        self.budget = budget
        self.retry = retry
        self.sleep = sleep
        self.jitter = jitter
    }

    /// Sends `request` and returns a 2xx response, or throws the typed error of the last try.
    /// `secrets` are cut out of any error text.
    public func send(_ request: TransportRequest, secrets: [Secret]) async throws(ClientError) -> TransportResponse {
        var attempt = 1
        while true {
            let failure: ClientError
            do {
                return try await attemptOnce(request, secrets: secrets)
            } catch {
                failure = secrets.reduce(error) { $0.redacting($1) }
            }
            switch retry.decide(after: failure, attempt: attempt, method: request.method, jitter: jitter()) {
            case .fail:
                throw failure
            case .retry(let delay):
                do {
                    try await sleep(delay)
                } catch {
                    throw ClientError(service, .cancelled)
                }
                attempt += 1
            }
        }
    }

    /// Sends and decodes JSON.
    public func get<T: Decodable>(_ request: TransportRequest, as type: T.Type,
                                  secrets: [Secret]) async throws(ClientError) -> T {
        let response = try await send(request, secrets: secrets)
        do {
            return try ResponseDecoder.decode(T.self, from: response, service: service, endpoint: request.url.path)
        } catch {
            throw secrets.reduce(error) { $0.redacting($1) }
        }
    }

    private func attemptOnce(_ request: TransportRequest, secrets: [Secret]) async throws(ClientError) -> TransportResponse {
        if Task.isCancelled { throw ClientError(service, .cancelled) }
        try await budget.acquire(service: service)
        let response = try await transport.send(request, for: service)
        let limits = RateLimitHeaders(response)
        await budget.observe(limit: limits.limit, averagePerMinute: limits.remaining, resetIn: limits.reset)
        if (200..<300).contains(response.status) { return response }
        let error = ResponseDecoder.error(for: response, service: service,
                                          looksLikeJSON: ResponseDecoder.looksLikeJSON(response.body), secrets: secrets)
        if response.status == 503, let wait = limits.retryAfter {
            // Unavailable, and it said for how long: no retry before then.
            await budget.pause(for: wait)
        }
        if response.status == 429 {
            // Wait for the reset it gives (header or Apteligent's body); a minute if none.
            await budget.pause(for: limits.reset ?? limits.retryAfter ?? RateLimitHeaders.bodyReset(response.body)
                                   ?? .seconds(60))
        }
        throw error
    }
}

/// `Rate-Limit-Limit`, `Rate-Limit-Remaining`, `Rate-Limit-Reset` (Apteligent) and
/// `Retry-After` (seconds), each nil when absent or unreadable.
struct RateLimitHeaders {
    var limit: Int?
    /// Apteligent documents it as the average calls a minute that can still be made until
    /// the reset, not as a count of calls left.
    var remaining: Int?
    var reset: Duration?
    var retryAfter: Duration?

    init(_ response: TransportResponse) {
        func int(_ name: String) -> Int? {
            response.header(name).flatMap { Int($0.trimming(Character.isSpace)) }.flatMap { $0 >= 0 ? $0 : nil }
        }
        limit = int("Rate-Limit-Limit")
        // An average may come with a fraction (17.5 a minute): read it, rounded down (never
        // more than the server said).
        remaining = response.header("Rate-Limit-Remaining")
            .flatMap { Double($0.trimming(Character.isSpace)) }
            .flatMap { $0.isFinite && $0 >= 0 && $0 < 1e9 ? Int($0.rounded(.down)) : nil }
        reset = int("Rate-Limit-Reset").map { .seconds($0) }
        retryAfter = int("Retry-After").map { .seconds($0) }
    }

    /// Apteligent's 429 body: `{"actual": 25, "message": ..., "limit": 20, "reset": 42, ...}`.
    static func bodyReset(_ body: Data) -> Duration? {
        guard let number = (try? JSONDecoder().decode(JSONValue.self, from: body))?.objectValue?["reset"]?.doubleValue,
              let reset = Int(exactly: number), reset >= 0 else { return nil }
        return .seconds(reset)
    }
}
