import Hummingbird
import Synchronization

/// Every API request the simulator answered, per service, and how many of them were 429s:
/// the war-room test proves with it that N dashboards cost the APIs what one does.
/// `GET /_admin/requests` (with the admin endpoint) →
/// `{"tinylytics": 120, "taplytics": 80, "apteligent": 40, "tinylytics_429": 0, …}`.
final class RequestTally: Sendable {
    static let path = "/_admin/requests"
    private let counts = Mutex<[String: Int]>([:])

    func count(_ service: FaultRule.Service, status: Int) {
        counts.withLock { c in
            c[service.rawValue, default: 0] += 1
            if status == 429 { c[service.rawValue + "_429", default: 0] += 1 }
        }
    }

    var snapshot: [String: Int] {
        counts.withLock { c in
            var all = c
            for service in ["tinylytics", "taplytics", "apteligent"] {
                all[service] = all[service] ?? 0
                all[service + "_429"] = all[service + "_429"] ?? 0
            }
            return all
        }
    }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get(RouterPath(Self.path)) { _, _ in JSONResponse.make(self.snapshot) }
    }
}

/// Counts each API request (outside the faults, so injected 429s count as what clients saw).
struct TallyMiddleware<Context: RequestContext>: RouterMiddleware {
    let tally: RequestTally

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let service = FaultMiddleware<Context>.service(of: request.uri.path) else { return try await next(request, context) }
        do {
            let response = try await next(request, context)
            tally.count(service, status: Int(response.status.code))
            return response
        } catch let error as HTTPResponseError {
            tally.count(service, status: Int(error.status.code))
            throw error
        } catch {
            tally.count(service, status: 500)
            throw error
        }
    }
}
