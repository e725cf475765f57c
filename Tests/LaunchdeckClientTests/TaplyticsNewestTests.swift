import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckTesting
import Synchronization
import Testing

/// The newest items of an oldest-first Taplytics list, read through `rel='last'`, against a
/// scripted server that writes its `Link` header as the docs do (single quotes, absolute
/// URLs with `api_token` in them, the stray closing `"`) and serves documented push bodies.
@Suite struct TaplyticsNewestTests {
    /// A list of `count` pushes, oldest first, made a minute apart.
    final class Server: Sendable {
        let count: Mutex<Int>
        let failing = Mutex(false)
        let start = Date(timeIntervalSince1970: 1_795_435_200)

        init(count: Int) { self.count = Mutex(count) }

        func id(_ n: Int) -> String { TaplyticsObjectID.make(at: start.addingTimeInterval(Double(n) * 60), rest: UInt64(n)) }

        func respond(_ request: TransportRequest) throws(ClientError) -> TransportResponse {
            if failing.withLock({ $0 }) { return TransportResponse(status: 404, headers: [], body: Data("{}".utf8)) }
            let query = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            let page = query.first { $0.name == "page" }?.value.flatMap { Int($0) } ?? 1
            let perPage = query.first { $0.name == "per_page" }?.value.flatMap { Int($0) } ?? 100
            let total = count.withLock { $0 }
            let last = max(1, (total + perPage - 1) / perPage)
            let range = min(total, (page - 1) * perPage)..<min(total, page * perPage)
            let items = range.map { n in
                #"{"id": "\#(id(n))", "filters": [], "notification": {"alert": "push \#(n)"}, "production": false}"#
            }
            func link(_ n: Int) -> String {
                "<https://api.taplytics.com/v2/push?api_token=YOUR_API_TOKEN&page=\(n)&per_page=\(perPage)>"
            }
            var links = ["\(link(last)); rel='last'"]
            if page < last { links.append("\(link(page + 1)); rel='next'") }
            links.append("\(link(1)); rel='first'\"")
            return TransportResponse(status: 200, headers: [("Link", links.joined(separator: ", "))],
                                     body: Data(("[" + items.joined(separator: ",") + "]").utf8))
        }
    }

    func client(_ server: Server) throws -> (TaplyticsClient, ScriptedTransport) {
        let transport = ScriptedTransport { request throws(ClientError) in try server.respond(request) }
        let client = TaplyticsClient(baseURL: try BaseURL.parse("https://api.taplytics.com", for: .taplytics),
                                     apiToken: Secret("tap-secret"), transport: transport)
        return (client, transport)
    }

    func alerts(_ read: TaplyticsNewest<TaplyticsPush>.Read) -> [String] {
        read.items.compactMap { $0.notification?.alert }
    }

    @Test func aShortLastPageIsReadWithThePageBeforeIt() async throws {
        let server = Server(count: 230)
        let (client, transport) = try client(server)
        let newest = client.newestPushes()
        let first = try await newest.read()
        // Page 1 to learn where the last page is, the last (30 pushes), the one before it.
        #expect(first.requests == 3)
        #expect(alerts(first) == (100..<230).map { "push \($0)" })
        #expect(first.more && first.total == 230)
        let again = try await newest.read()
        #expect(again.requests == 2, "the last page is remembered: page 3 and page 2 only")
        #expect(alerts(again) == alerts(first))
        let asked = transport.requests.map { URLComponents(url: $0.url, resolvingAgainstBaseURL: false)?.queryItems ?? [] }
        #expect(asked.map { $0.first { $0.name == "page" }?.value } == ["1", "3", "2", "3", "2"])
        #expect(transport.requests.allSatisfy { !$0.url.absoluteString.contains("api_token") && $0.url.host == "api.taplytics.com" })
    }

    @Test func aFullLastPageIsOneRequestAPoll() async throws {
        let server = Server(count: 1000)
        let (client, _) = try client(server)
        let newest = client.newestPushes()
        let first = try await newest.read()
        #expect(first.requests == 2)
        #expect(alerts(first).last == "push 999" && first.items.count == 100 && first.more && first.total == 1000)
        #expect(try await newest.read().requests == 1)
    }

    @Test func aNewPageIsFoundThroughTheRememberedOnesLinks() async throws {
        let server = Server(count: 1000)
        let (client, _) = try client(server)
        let newest = client.newestPushes()
        _ = try await newest.read()
        server.count.withLock { $0 = 1001 }
        let grown = try await newest.read()
        // Page 10 (now with a next), page 11 (one push: short, so page 10 again, already read).
        #expect(grown.requests == 2)
        #expect(alerts(grown).last == "push 1000" && grown.items.count == 101 && grown.total == 1001)
        #expect(try await newest.read().requests == 2)
    }

    @Test func oneShortPageIsOneRequest() async throws {
        let (client, _) = try client(Server(count: 3))
        let newest = client.newestPushes()
        for _ in 0..<2 {
            let read = try await newest.read()
            #expect(read.requests == 1 && alerts(read) == ["push 0", "push 1", "push 2"] && !read.more)
        }
    }

    @Test func aFailureStartsAgainFromPageOne() async throws {
        let server = Server(count: 500)
        let (client, transport) = try client(server)
        let newest = client.newestPushes()
        _ = try await newest.read()
        server.failing.withLock { $0 = true }
        await #expect(throws: ClientError.self) { try await newest.read() }
        server.failing.withLock { $0 = false }
        let before = transport.requests.count
        let read = try await newest.read()
        #expect(read.requests == 2 && alerts(read).last == "push 499")
        #expect(transport.requests[before].url.query?.contains("page=1") == true)
    }

    @Test func aLastLinkToAnotherHostIsNotFollowed() async throws {
        let transport = ScriptedTransport(status: 200, body: "[]", headers: [
            ("Link", "<https://evil.example/v2/push?page=9>; rel='last', <https://api.taplytics.com/v2/push?page=2>; rel='next'"),
        ])
        let client = TaplyticsClient(baseURL: try BaseURL.parse("https://api.taplytics.com", for: .taplytics),
                                     apiToken: Secret("tap-secret"), transport: transport)
        // The foreign last link is dropped, never followed; the reader walks `next` on the API's host.
        let read = try await client.newestPushes().read()
        #expect(transport.requests.allSatisfy { $0.url.host == "api.taplytics.com" })
        #expect(read.more && read.total == nil)
    }
}
