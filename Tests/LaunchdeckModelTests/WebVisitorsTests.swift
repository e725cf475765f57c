import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckTesting
import Synchronization
import Testing

/// The Web pane's visitor number is Tinylytics' own (`user_journeys` `summary.total_visitors`
/// for the day), read at most once a minute with one journey a page; never a sum of per-path
/// unique views. The bodies are the seed's (004) examples, verbatim.
@Suite struct WebVisitorsTests {
    static let sites = #"""
    {"sites": [{"id": 456, "uid": "abc123", "url": "https://example.com", "label": "My Blog", "lifetime_hits": 12340,
    "lifetime_unique_hits": 8920, "lifetime_kudos": 87, "active": true, "public": false,
    "created_at": "2025-06-01T12:00:00Z", "updated_at": "2026-02-14T09:30:00Z"}]}
    """#
    static let site = #"""
    {"id": 456, "uid": "abc123", "url": "https://example.com", "label": "My Blog", "lifetime_hits": 12340,
    "lifetime_unique_hits": 8920, "lifetime_kudos": 87, "active": true, "public": false,
    "created_at": "2025-06-01T12:00:00Z", "updated_at": "2026-02-14T09:30:00Z"}
    """#
    /// Two paths (the seed's one, twice over): their unique views add up to 196.
    static let grouped = #"""
    {"grouped_hits": [{"path": "/pricing", "views": 142, "unique_views": 98}, {"path": "/blog", "views": 142, "unique_views": 98}],
    "pagination": {"current_page": 1, "per_page": 100, "total_count": 2, "total_pages": 1},
    "filters": {"start_date": "2026-02-13", "end_date": "2026-02-13", "time_zone": "user", "country": null, "path": null,
    "referrer": null, "grouped": true, "group_by": "path"}}
    """#
    static let hits = #"""
    {"hits": [], "pagination": {"current_page": 1, "per_page": 250, "total_count": 0, "total_pages": 0}}
    """#
    static let journeys = #"""
    {
    "user_journeys": [
    {
    "visitor_hash": "v1a2b3",
    "page_count": 4,
    "first_hit": "2026-01-15T10:00:00Z",
    "last_hit": "2026-01-15T10:12:00Z",
    "duration_minutes": 12,
    "pages": [
    { "path": "/" },
    { "path": "/blog" },
    { "path": "/blog/hello-world" },
    { "path": "/pricing" }
    ],
    "entry_page": "/",
    "exit_page": "/pricing",
    "session_duration": 720,
    "referrer": "https://google.com",
    "country": "DE",
    "browser": "Firefox"
    }
    ],
    "summary": {
    "total_visitors": 230,
    "multi_page_visitors": 95,
    "single_page_visitors": 135,
    "bounce_rate": 58.7
    },
    "insights": {
    "top_entry_pages": [
    { "path": "/", "visitors": 120 },
    { "path": "/blog", "visitors": 45 }
    ],
    "top_exit_pages": [
    { "path": "/pricing", "visitors": 60 },
    { "path": "/blog/hello-world", "visitors": 30 }
    ]
    },
    "pagination": {
    "current_page": 1,
    "per_page": 50,
    "total_count": 230,
    "total_pages": 5
    },
    "filters": {
    "start_date": "2026-01-01",
    "end_date": "2026-01-31",
    "time_zone": "user"
    }
    }
    """#

    /// A Tinylytics that answers the seed's bodies by path; `journeysBody` for user_journeys.
    static func transport(journeysBody: String) -> ScriptedTransport {
        ScriptedTransport { request throws(ClientError) in
            let path = request.url.path
            let grouped = request.url.query?.contains("grouped=true") == true
            let (status, body): (Int, String) = switch path {
            case let p where p.hasSuffix("/sites"): (200, sites)
            case let p where p.hasSuffix("/sites/456"): (200, site)
            case let p where p.hasSuffix("/hits"): (200, grouped ? Self.grouped : hits)
            case let p where p.hasSuffix("/user_journeys"): (200, journeysBody)
            case let p where p.hasSuffix("/uptime"): (403, #"{"error": "An active subscription is required"}"#)
            default: (404, #"{"error": "Not found"}"#)
            }
            return TransportResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
        }
    }

    /// The wall clock the source reads; tests move it.
    final class Clock: Sendable {
        let now: Mutex<Date>
        init(_ date: Date) { now = Mutex(date) }
        func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
    }

    static func source(_ transport: ScriptedTransport, clock: Clock) -> WebSource {
        let client = TinylyticsClient(baseURL: URL(string: "https://tinylytics.app/api/v1")!, apiKey: Secret("tly-ro-test"),
                                      transport: transport)
        return WebSource(client: client, sites: SiteChoice(client: client), wallClock: { clock.now.withLock { $0 } })
    }

    static func journeyRequests(_ transport: ScriptedTransport) -> [URLComponents] {
        transport.requests.compactMap { URLComponents(url: $0.url, resolvingAgainstBaseURL: false) }
            .filter { $0.path.hasSuffix("/user_journeys") }
    }

    @Test func visitorsAreTheSummaryNotASumOfUniqueViews() async throws {
        let transport = Self.transport(journeysBody: Self.journeys)
        let clock = Clock(Date(timeIntervalSince1970: 1_771_077_600))  // 2026-02-14T14:00:00Z
        let web = Self.source(transport, clock: clock)
        let snapshot = try await web.fetch()
        #expect(snapshot.todayVisitors == 230, "summary.total_visitors, not 98 + 98")
        #expect(snapshot.todayViews == 284)
        let asked = try #require(Self.journeyRequests(transport).first)
        let items = Dictionary(uniqueKeysWithValues: (asked.queryItems ?? []).map { ($0.name, $0.value ?? "") })
        #expect(items == ["start_date": "2026-02-14", "end_date": "2026-02-14", "time_zone": "utc", "per_page": "1"])
        #expect(snapshot.uptime == UptimeBadge.unavailable("403, uptime needs a Tinylytics subscription"))
    }

    @Test func visitorsAreReadAtMostOnceAMinute() async throws {
        let transport = Self.transport(journeysBody: Self.journeys)
        let clock = Clock(Date(timeIntervalSince1970: 1_771_077_600))
        let web = Self.source(transport, clock: clock)
        _ = try await web.fetch()
        clock.advance(30)
        let second = try await web.fetch()
        #expect(second.todayVisitors == 230)
        #expect(Self.journeyRequests(transport).count == 1, "30 s later the count is reused")
        clock.advance(30)
        _ = try await web.fetch()
        #expect(Self.journeyRequests(transport).count == 2, "a minute later it is read again")
    }

    @Test(arguments: [
        (#"{"user_journeys": [], "pagination": {"current_page": 1, "per_page": 1, "total_count": 0, "total_pages": 0}}"#, nil),
        (#"{"user_journeys": [], "summary": {"multi_page_visitors": 95}}"#, nil),
        // A journey of another shape does not cost the summary.
        (#"{"user_journeys": [{"visitor_hash": 7}], "summary": {"total_visitors": 230}}"#, 230),
    ] as [(String, Int?)])
    func withoutASummaryThereIsNoVisitorNumber(body: String, expected: Int?) async throws {
        let transport = Self.transport(journeysBody: body)
        let clock = Clock(Date(timeIntervalSince1970: 1_771_077_600))
        let snapshot = try await Self.source(transport, clock: clock).fetch()
        #expect(snapshot.todayVisitors == expected, "never the sum of unique views (196)")
    }
}
