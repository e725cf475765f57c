import Foundation
import LaunchdeckTesting
@testable import LaunchdeckClient
import Testing

/// A cancelled caller stops waiting for a shared token grant that hangs; other callers
/// still get its result when it comes.
@Suite struct CancellableWaitTests {
    @Test func aCancelledWaiterReturnsAtOnceWhileTheGrantHangs() async throws {
        let store = ApteligentTokenStore(now: { .zero })
        let release = AsyncStream<Void>.makeStream()
        let grant: @Sendable () async throws(ClientError) -> (Secret, Duration) = {
            for await _ in release.stream { break }  // hangs until released
            return (Secret("token-1"), .seconds(3600))
        }
        let patient = Task { try await store.token(fetch: grant) }
        let impatient = Task { try await store.token(fetch: grant) }
        // Both callers wait on the one grant before one of them is cancelled.
        #expect(await eventually { await store.waiting == 2 })

        // Should the wait ignore cancellation, the safety net releases the grant and the cancelled
        // caller gets the token instead of a cancellation (rather than the test hanging).
        let safety = Task {
            try? await Task.sleep(for: .seconds(5))
            release.continuation.yield()
        }
        impatient.cancel()
        let outcome = await impatient.result
        if case .failure(let error as ClientError) = outcome {
            #expect(error.kind == .cancelled)
        } else {
            Issue.record("expected a cancellation, got \(outcome)")
        }

        release.continuation.yield()
        let token = try await patient.value
        #expect(token.reveal() == "token-1", "the other waiter still gets the one grant")
        safety.cancel()
    }
}
