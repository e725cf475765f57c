#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How launchdeck signs in to Apteligent: an OAuth2 password grant, or an access token
/// the user already has (used as is, never refreshed).
public enum ApteligentCredentials: Sendable {
    case password(clientID: String, username: String, password: Secret)
    case accessToken(Secret)

    /// Every secret these credentials hold, for scrubbing error text.
    var secrets: [Secret] {
        switch self {
        case .password(let clientID, _, let password): return [password, Secret(clientID)]
        case .accessToken(let token): return [token]
        }
    }
}

/// The current access token, fetched once and kept for its lifetime.
actor ApteligentTokenStore {
    private var cached: (token: Secret, expiresAt: Duration)?
    /// The grant in progress: callers that arrive meanwhile wait for it instead of
    /// spending another call of the budget on a second grant.
    private var inFlight: Task<Result<(Secret, Duration), ClientError>, Never>?
    private let now: @Sendable () -> Duration
    /// How many callers are waiting for a grant now (tests wait on it instead of sleeping).
    private(set) var waiting = 0

    init(now: @escaping @Sendable () -> Duration) { self.now = now }

    /// The cached token, or a new one from `fetch` (which returns it and its lifetime).
    func token(fetch: @escaping @Sendable () async throws(ClientError) -> (Secret, Duration)) async throws(ClientError) -> Secret {
        if let cached, now() < cached.expiresAt { return cached.token }
        let task = inFlight ?? Task { () -> Result<(Secret, Duration), ClientError> in
            do throws(ClientError) { return .success(try await fetch()) } catch { return .failure(error) }
        }
        inFlight = task
        waiting += 1
        let waited = await CancellableWait.value(of: task)
        waiting -= 1
        guard let result = waited else {
            throw ClientError(.apteligent, .cancelled)
        }
        if inFlight == task { inFlight = nil }
        let (token, lifetime) = try result.get()
        // Renew early (a minute, or half a short lifetime) rather than send a lapsing token.
        let margin = min(.seconds(60), lifetime / 2)
        if cached?.token != token { cached = (token, now() + max(.zero, lifetime - margin)) }
        return token
    }

    /// Forgets the token (after a 401), so the next call fetches a new one.
    func invalidate(_ token: Secret) {
        if cached?.token == token { cached = nil }
    }
}
