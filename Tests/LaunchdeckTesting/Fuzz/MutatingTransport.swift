import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import Synchronization

/// Passes requests on and breaks the JSON bodies of the answers: a few seeded structural
/// mutations each (`JSONMutator`), recorded so a failing round can say what it served.
public final class MutatingTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private let state: Mutex<(mutator: JSONMutator, log: [String])>
    private let mutationsPerBody: Int

    public init(_ inner: any HTTPTransport, seed: UInt64, mutationsPerBody: Int = 2) {
        self.inner = inner
        self.mutationsPerBody = mutationsPerBody
        state = Mutex((JSONMutator(seed: seed), []))
    }

    /// `path: mutation at field` for every mutation served so far.
    public var log: [String] { state.withLock { $0.log } }

    public func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse {
        var response = try await inner.send(request, for: service)
        guard (200..<300).contains(response.status), let json = JSONMutator.parse(response.body) else { return response }
        let endpoint = request.url.path
        let count = mutationsPerBody
        let (broken, applied) = state.withLock { s in
            let result = s.mutator.mutate(json, count: count)
            s.log += result.applied.map { "\(endpoint): \($0.1) at \($0.0.text)" }
            return result
        }
        response.body = JSONMutator.encode(broken)
        _ = applied
        return response
    }
}

/// Answers with the vendors' documented example bodies (Tests/LaunchdeckClientTests/Fixtures)
/// where the docs give one for the endpoint, and passes everything else on.
public final class FixtureTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private let fixtures: URL

    public init(_ inner: any HTTPTransport) {
        self.inner = inner
        fixtures = PackagePaths.root.appendingPathComponent("Tests/LaunchdeckClientTests/Fixtures")
    }

    /// The fixture for a request path and query, if the docs have an example for it.
    public static func fixture(service: Service, path: String, query: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        switch service {
        case .tinylytics:
            guard let sites = parts.lastIndex(of: "sites") else { return parts.last == "me" ? "tinylytics-me" : nil }
            let rest = parts[(sites + 1)...]
            if rest.isEmpty { return "tinylytics-sites" }
            if rest.count == 1 { return "tinylytics-site" }
            switch rest.dropFirst().first {
            case "hits": return query.contains("grouped=true") ? "tinylytics-hits-grouped-path" : "tinylytics-hits"
            case "kudos": return "tinylytics-kudos"
            case "leaderboard": return "tinylytics-leaderboard"
            case "user_journeys": return "tinylytics-user-journeys"
            case "insights": return "tinylytics-insights"
            case "uptime": return "tinylytics-uptime"
            case "content": return "tinylytics-content"
            default: return nil
            }
        case .taplytics:
            guard let v2 = parts.firstIndex(of: "v2"), v2 + 1 < parts.count else { return nil }
            let single = parts.count > v2 + 2
            switch parts[v2 + 1] {
            case "experiments": return single ? "taplytics-experiment" : "taplytics-experiments"
            case "push": return single ? "taplytics-push" : "taplytics-push-list"
            case "users": return "taplytics-user"
            default: return nil
            }
        case .apteligent:
            return nil
        }
    }

    public func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse {
        guard request.method == "GET",
              let name = Self.fixture(service: service, path: request.url.path, query: request.url.query ?? ""),
              let body = try? Data(contentsOf: fixtures.appendingPathComponent(name + ".json"))
        else { return try await inner.send(request, for: service) }
        return TransportResponse(status: 200, headers: [("Content-Type", "application/json")], body: body)
    }
}
