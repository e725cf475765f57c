#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient

/// What `:user QUERY` found: the user, or that Taplytics has no such user (a 404 is an
/// answer here, said in place with what to try next, not a failure), and when it was read.
/// Holds the kind of lookup, never the query itself.
public struct UserLookupResult: Sendable, Equatable, Codable {
    public enum Answer: Sendable, Equatable, Codable {
        case found(TaplyticsUser)
        case notFound
    }

    public var answer: Answer
    public var kind: TaplyticsUserLookup.Kind
    /// When Taplytics answered (the card may show an answer up to `UserReads.every` old).
    public var readAt: Date

    public init(answer: Answer, kind: TaplyticsUserLookup.Kind, readAt: Date) {
        self.answer = answer
        self.kind = kind
        self.readAt = readAt
    }
}

/// The user card's reads: one request (`GET /v2/users/{id}`) per query, and again at most
/// once every `every`, 60 s, the Taplytics panes' default interval. The card polls with the
/// Experiments pane (every 20 s in the demo); polls in between get the last answer with its
/// time, so the card never costs more than a request a minute.
actor UserReads {
    static let every: Duration = .seconds(60)

    private let every: Duration
    private let now: @Sendable () -> Duration
    private var last: (lookup: TaplyticsUserLookup, result: UserLookupResult, at: Duration)?

    init(every: Duration = UserReads.every, now: (@Sendable () -> Duration)? = nil) {
        self.every = every
        let start = ContinuousClock.now
        self.now = now ?? { ContinuousClock.now - start }
    }

    func read(_ lookup: TaplyticsUserLookup, client: TaplyticsClient,
              wallClock: @Sendable () -> Date) async throws(ClientError) -> UserLookupResult {
        let t = now()
        if let last, last.lookup == lookup, t - last.at < every { return last.result }
        let answer: UserLookupResult.Answer
        do {
            answer = .found(try await client.lookUp(lookup))
        } catch where error.kind == .notFound {
            answer = .notFound
        }
        let result = UserLookupResult(answer: answer, kind: lookup.kind, readAt: wallClock())
        last = (lookup, result, t)
        return result
    }
}
