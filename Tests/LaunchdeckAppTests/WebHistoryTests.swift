import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import LaunchdeckTesting
import Synchronization
import Testing

/// The sparkline's history before launchdeck started watching: the newest raw hits, read in
/// pages of 250 (not one body of 1000: that raised peak memory by 1.1 MB), stopping at an
/// hour back (from the day an hour ago: after midnight, yesterday's), at the last page, or
/// after eight pages.
@Suite struct WebHistoryTests {
    /// The simulator answers everything but raw hits; those come from `hitTimes` (newest
    /// first), paged as the API pages them, and every page asked for is recorded.
    final class HistoryTransport: HTTPTransport {
        let inner: any HTTPTransport
        let hitTimes: [Date]
        /// Hits that arrive before each page after the first: they push that many hits
        /// already read onto the next page (ids count from the oldest, so they stay put).
        let arrivingPerPage: Int
        let pagesAsked = Mutex<[(page: Int, perPage: Int)]>([])
        let daysAsked = Mutex<[String]>([])

        init(_ inner: any HTTPTransport, hitTimes: [Date], arrivingPerPage: Int = 0) {
            self.inner = inner
            self.hitTimes = hitTimes
            self.arrivingPerPage = arrivingPerPage
        }

        func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse {
            let parts = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
            let items = parts?.queryItems ?? []
            func value(_ name: String) -> Int? { items.first { $0.name == name }?.value.flatMap { Int($0) } }
            guard parts?.path.hasSuffix("/sites/456/hits") == true, !items.contains(where: { $0.name == "grouped" }) else {
                return try await inner.send(request, for: service)
            }
            let page = value("page") ?? 1, perPage = value("per_page") ?? 100
            pagesAsked.withLock { $0.append((page, perPage)) }
            daysAsked.withLock { $0.append((items.first { $0.name == "start_date" }?.value ?? "") + ".." + (items.first { $0.name == "end_date" }?.value ?? "")) }
            let start = max(0, (page - 1) * perPage - (page - 1) * arrivingPerPage)
            let slice = hitTimes.enumerated().dropFirst(start).prefix(perPage)
            let hits = slice.map { i, at in
                #"{"id": \#(hitTimes.count - i), "path": "/", "created_at": "\#(Timestamp.format(at))"}"#
            }
            let pages = (hitTimes.count + perPage - 1) / perPage
            let body = #"{"hits": [\#(hits.joined(separator: ","))], "pagination": {"current_page": \#(page), "#
                + #""per_page": \#(perPage), "total_count": \#(hitTimes.count), "total_pages": \#(pages)}}"#
            return TransportResponse(status: 200, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
        }
    }

    /// One fetch of the Web pane with these raw hits behind it: the pages asked for, and the
    /// sparkline's values (the last 60 minutes, oldest first).
    func fetch(hitTimes: [Date], now: Date, arrivingPerPage: Int = 0) async throws
        -> (pages: [(page: Int, perPage: Int)], perMinute: [Double?]) {
        var result: (pages: [(page: Int, perPage: Int)], perMinute: [Double?]) = ([], [])
        try await withSimulator { harness in
            let transport = HistoryTransport(harness.transport, hitTimes: hitTimes, arrivingPerPage: arrivingPerPage)
            let client = TinylyticsClient(baseURL: harness.simulator.tinylyticsBaseURL,
                                          apiKey: Secret(harness.simulator.tinylyticsKeys.readOnly), transport: transport)
            let web = WebSource(client: client, sites: SiteChoice(client: client), wallClock: { now })
            let snapshot = try await web.fetch()
            result = (transport.pagesAsked.withLock { $0 }, snapshot.perMinute)
        }
        return result
    }

    let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T09:46:40Z: an hour into the day

    @Test func aBusySiteIsReadEightPagesDeepAndNoMore() async throws {
        // 3000 hits, one every 0.5 s: 2000 of them reach back 1000 s, nowhere near an hour.
        let times = (0..<3000).map { now.addingTimeInterval(-0.5 * Double($0) - 1) }
        let result = try await fetch(hitTimes: times, now: now)
        #expect(result.pages.map(\.page) == Array(1...8))
        #expect(result.pages.allSatisfy { $0.perPage == 250 })
        // 2000 hits back to now-1000 s: minutes wholly covered count 120 each; before them, nothing.
        let known = result.perMinute.compactMap { $0 }
        #expect(known.count == 16)
        #expect(known.dropLast().allSatisfy { $0 == 120 })  // the newest minute began 1 s late: 118
    }

    @Test func hitsPushedOntoTheNextPageCountOnce() async throws {
        // As above, but 30 hits arrive before each later page: the first 30 of pages 2 to 8
        // were read already. Counted twice, the older minutes would read more than 120.
        let times = (0..<3000).map { now.addingTimeInterval(-0.5 * Double($0) - 1) }
        let result = try await fetch(hitTimes: times, now: now, arrivingPerPage: 30)
        #expect(result.pages.map(\.page) == Array(1...8))
        let known = result.perMinute.compactMap { $0 }
        #expect(!known.isEmpty)
        #expect(known.allSatisfy { $0 <= 120 }, "\(known)")
        #expect(known.dropLast().allSatisfy { $0 == 120 }, "\(known)")
    }

    @Test func justAfterMidnightTheHourIsReadFromYesterday() async throws {
        let midnight = Date(timeIntervalSince1970: 1_795_046_400)  // 2026-11-19T00:00:00Z
        let now = midnight.addingTimeInterval(20 * 60)
        let times = (0..<90).map { now.addingTimeInterval(-60 * Double($0) - 30) }
        var days: [String] = []
        try await withSimulator { harness in
            let transport = HistoryTransport(harness.transport, hitTimes: times)
            let client = TinylyticsClient(baseURL: harness.simulator.tinylyticsBaseURL,
                                          apiKey: Secret(harness.simulator.tinylyticsKeys.readOnly), transport: transport)
            let web = WebSource(client: client, sites: SiteChoice(client: client), wallClock: { now })
            let snapshot = try await web.fetch()
            #expect(snapshot.perMinute.compactMap { $0 } == Array(repeating: 1, count: 60), "the whole hour, across midnight")
            days = transport.daysAsked.withLock { $0 }
        }
        #expect(days == ["2026-11-18..2026-11-19"])
    }

    @Test func aQuietSitesHourIsOnePage() async throws {
        // 300 hits a minute apart: the first page of 250 reaches past an hour back.
        let times = (0..<300).map { now.addingTimeInterval(-60 * Double($0) - 30) }
        let result = try await fetch(hitTimes: times, now: now)
        #expect(result.pages.map(\.page) == [1])
        #expect(result.perMinute.compactMap { $0 } == Array(repeating: 1, count: 60))
    }

    @Test func theLastPageEndsTheRead() async throws {
        // 300 hits over 25 minutes: two pages, the second short.
        let times = (0..<300).map { now.addingTimeInterval(-5 * Double($0) - 1) }
        let result = try await fetch(hitTimes: times, now: now)
        #expect(result.pages.map(\.page) == [1, 2])
    }
}
