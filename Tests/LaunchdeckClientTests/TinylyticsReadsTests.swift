import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckTesting
import Testing

/// Every Tinylytics read endpoint against the seed's own example bodies (fixtures copied
/// verbatim from shared/seeds/004_…), through a scripted transport.
@Suite struct TinylyticsReadsTests {
    func client(_ fixture: String, status: Int = 200) throws -> (TinylyticsClient, ScriptedTransport) {
        let transport = ScriptedTransport(status: status, body: String(decoding: try Fixture.data(fixture), as: UTF8.self))
        let base = try BaseURL.parse("https://tinylytics.app/api/v1", for: .tinylytics)
        return (TinylyticsClient(baseURL: base, apiKey: Secret("tly-ro-test-key"), transport: transport), transport)
    }

    @Test func meDecodesAndSendsTheKeyOnlyInTheHeader() async throws {
        let (client, transport) = try client("tinylytics-me")
        let me = try await client.me()
        #expect(me.id == 123)
        #expect(me.isSubscribed == true)
        #expect(me.apiKey?.name == "CLI integration")
        #expect(me.apiKey?.accessType == "read_only")
        #expect(me.apiKey?.lastUsedAt == Timestamp.parse("2026-02-12T10:00:00Z"))
        let request = try #require(transport.requests.first)
        #expect(request.url.absoluteString == "https://tinylytics.app/api/v1/me")
        #expect(request.headers.contains { $0.name == "Authorization" && $0.value == "Bearer tly-ro-test-key" })
        #expect(request.headers.contains { $0.name == "Accept" && $0.value == "application/json" })
        #expect(!request.url.absoluteString.contains("tly-ro-test-key"))
    }

    @Test func siteDecodesBareAndWrapped() async throws {
        let (bare, _) = try client("tinylytics-site")
        let site = try await bare.site(456)
        #expect(site.label == "My Blog")
        #expect(site.lifetimeHits == 12340)
        let wrappedBody = #"{"site": "# + String(decoding: try Fixture.data("tinylytics-site"), as: UTF8.self) + "}"
        let base = try BaseURL.parse("https://tinylytics.app/api/v1", for: .tinylytics)
        let wrapped = TinylyticsClient(baseURL: base, apiKey: Secret("k"), transport: ScriptedTransport(body: wrappedBody))
        #expect(try await wrapped.site(456) == site)
    }

    @Test func ungroupedHitsDecode() async throws {
        let (client, transport) = try client("tinylytics-hits")
        let page = try await client.hits(site: 456, query: TinylyticsHitsQuery(
            startDate: "2026-02-13", endDate: "2026-02-13", timeZone: "user", groupBy: .path))
        let hit = try #require(page.hits.first)
        #expect(hit.id == 789)
        #expect(hit.path == "/pricing")
        #expect(hit.country == "US")
        #expect(hit.browserName == "Safari")
        #expect(hit.isMobile == false)
        #expect(page.filters?.timeZone == "user")
        #expect(page.filters?.grouped == false)
        // Ungrouped means no grouped/group_by, whatever the query said.
        #expect(transport.requests.first?.url.query == "start_date=2026-02-13&end_date=2026-02-13&time_zone=user")
    }

    @Test func kudosDecode() async throws {
        let (client, transport) = try client("tinylytics-kudos")
        let page = try await client.kudos(site: 456, startDate: "2026-02-01", endDate: "2026-02-14")
        #expect(page.kudos == [TinylyticsKudo(id: 321, uid: "pricing-kudo-1", path: "/pricing",
                                              createdAt: Timestamp.parse("2026-02-10T08:15:00Z"))])
        #expect(page.filters?.timeZone == "utc")
        #expect(transport.requests.first?.url.path == "/api/v1/sites/456/kudos")
    }

    @Test func leaderboardDecodes() async throws {
        let (client, transport) = try client("tinylytics-leaderboard")
        let page = try await client.leaderboard(site: 456, path: "blog")
        #expect(page.leaderboard == [TinylyticsLeaderboardEntry(path: "/blog/hello-world", totalHits: 540,
                                                                 uniqueHits: 320, percentage: 12.5)])
        #expect(page.site?.label == "My Blog")
        #expect(page.cacheInfo?.expiresAt == Timestamp.parse("2026-02-14T10:00:00Z"))
        #expect(page.filters?.path == "blog")
        #expect(transport.requests.first?.url.query == "path=blog")
    }

    @Test func userJourneysDecode() async throws {
        let (client, _) = try client("tinylytics-user-journeys")
        let page = try await client.userJourneys(site: 456, startDate: "2026-01-01", endDate: "2026-01-31")
        let journey = try #require(page.userJourneys.first)
        #expect(journey.pages.map(\.path) == ["/", "/blog", "/blog/hello-world", "/pricing"])
        #expect(journey.sessionDuration == 720)
        #expect(page.summary?.bounceRate == 58.7)
        #expect(page.insights?.topEntryPages.first == TinylyticsPathVisitors(path: "/", visitors: 120))
        #expect(page.insights?.topExitPages.last == TinylyticsPathVisitors(path: "/blog/hello-world", visitors: 30))
        #expect(page.pagination.totalPages == 5)
    }

    @Test func insightsDecode() async throws {
        let (client, _) = try client("tinylytics-insights")
        let page = try await client.insights(site: 456)
        let insight = try #require(page.insights.first)
        #expect(insight.id == 42)
        #expect(insight.insightsForDate == "2026-02-13")
        let signal = try #require(insight.signals.first)
        #expect(signal.type == "traffic_change")
        #expect(signal.importanceScore == 64)
        #expect(signal.window?.startedAt == Timestamp.parse("2026-02-07T00:00:00Z"))
        #expect(signal.payloadExcerpt?["direction"] == .string("increase"))
        #expect(signal.payloadExcerpt?["change_percentage"] == .number(27.7))
        #expect(page.site?.insightsEnabled == true)
        #expect(page.pagination.perPage == 50)
    }

    @Test func premiumEndpointWithoutSubscriptionIsForbidden() async throws {
        // The doc shows no body for this 403; any {"error": ...} message is carried along.
        let transport = ScriptedTransport(status: 403, body: #"{"error": "An active subscription is required"}"#)
        let client = TinylyticsClient(baseURL: try BaseURL.parse("https://tinylytics.app/api/v1", for: .tinylytics),
                                      apiKey: Secret("k"), transport: transport)
        await #expect(throws: ClientError(.tinylytics, .forbidden, detail: "An active subscription is required")) {
            try await client.insights(site: 456)
        }
    }

    @Test func uptimeDecodes() async throws {
        let (client, _) = try client("tinylytics-uptime")
        let uptime = try await client.uptime(site: 456)
        #expect(uptime.monitor.isDown == false)
        #expect(uptime.monitor.uptime == 99.95)
        #expect(uptime.monitor.ssl?.daysUntilExpiry == 168)
        #expect(uptime.monitor.domain?.remainingDays == 472)
        #expect(uptime.monitor.lastErrorMessage == nil)
        #expect(uptime.downtimes?.first?.durationInWords == "15 minutes")
        #expect(uptime.summary?.recentDowntimes30Days == 1)
    }

    @Test func contentDecodes() async throws {
        let (client, _) = try client("tinylytics-content")
        let content = try await client.content(site: 456)
        #expect(content.monitoringStatus?.rootPath == "/blog")
        #expect(content.monitoringStatus?.emailsPausedUntil == nil)
        #expect(content.issues?.brokenLinks.first?.statusCode == 404)
        #expect(content.issues?.mixedContent.isEmpty == true)
        #expect(content.stats?.okCount == 47)
    }

    @Test func contentDisabledIsForbiddenWithTheAPIsMessage() async throws {
        let (client, _) = try client("tinylytics-content-disabled-403", status: 403)
        await #expect(throws: ClientError(.tinylytics, .forbidden, detail: "Content monitoring is not enabled for this site")) {
            try await client.content(site: 456)
        }
    }

    @Test func leaderboardPagesAreLazyAndCapped() async throws {
        let transport = ScriptedTransport { request throws(ClientError) in
            let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            let page = items.first { $0.name == "page" }?.value.flatMap(Int.init) ?? 1
            let body = TinylyticsLeaderboardResponse(
                leaderboard: [TinylyticsLeaderboardEntry(path: "/p\(page)", totalHits: 10, uniqueHits: nil, percentage: nil)],
                site: nil, pagination: TinylyticsPagination(page: page, perPage: 1, totalCount: 5), cacheInfo: nil, filters: nil)
            return TransportResponse(status: 200, body: (try? JSONCoding.encoder().encode(body)) ?? Data())
        }
        let client = TinylyticsClient(baseURL: try BaseURL.parse("https://tinylytics.app/api/v1", for: .tinylytics),
                                      apiKey: Secret("k"), transport: transport)
        var iterator = client.leaderboardPages(site: 456, perPage: 1).makeAsyncIterator()
        _ = try await iterator.next()
        #expect(transport.requests.count == 1, "only the page asked for is fetched")
        var paths: [String] = []
        for try await page in client.leaderboardPages(site: 456, perPage: 1) { paths += page.leaderboard.map(\.path) }
        #expect(paths == ["/p1", "/p2", "/p3", "/p4", "/p5"])
        var capped = 0
        for try await _ in client.leaderboardPages(site: 456, perPage: 1, maxPages: 2) { capped += 1 }
        #expect(capped == 2)
    }
}

/// The one write the client makes, against the seed's bodies.
@Suite struct TinylyticsWriteTests {
    func client(status: Int, body: String) throws -> (TinylyticsClient, ScriptedTransport) {
        let transport = ScriptedTransport(status: status, body: body)
        return (TinylyticsClient(baseURL: try BaseURL.parse("https://tinylytics.app/api/v1", for: .tinylytics),
                                 apiKey: Secret("tly-fa-key"), transport: transport), transport)
    }

    @Test func createdHitDecodesAndTheBodyIsTheDocumentedShape() async throws {
        let (client, transport) = try client(status: 201, body: """
            {"status": "created", "hit": {"id": 789, "url": "https://example.com/pricing", "path": "/pricing",
             "referrer": null, "country": "US", "browser_name": null, "platform_name": null, "is_mobile": false,
             "source": null, "unique_hash": "a1b2c3", "visitor_hash": "d4e5f6", "created_at": "2026-02-14T10:00:00Z"}}
            """)
        let created = try await client.createHit(site: 456, TinylyticsNewHit(path: "/pricing", ipAddress: "8.8.8.8",
                                                                             visitorID: "user-123"))
        #expect(created.status == "created")
        #expect(created.hit?.visitorHash == "d4e5f6")
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        let sent = try JSONSerialization.jsonObject(with: request.body ?? Data()) as? [String: String]
        #expect(sent == ["path": "/pricing", "ip_address": "8.8.8.8", "visitor_id": "user-123"])
    }

    @Test func ignoredAndReadOnlyAndInvalid() async throws {
        let (ignored, _) = try client(status: 202, body: #"{"status": "ignored", "reason": "Path matches ignore rule"}"#)
        #expect(try await ignored.createHit(site: 456, .init(path: "/x")).reason == "Path matches ignore rule")

        let (readOnly, transport) = try client(status: 403, body: #"{"error": "Write access required"}"#)
        await #expect(throws: ClientError(.tinylytics, .forbidden, detail: "Write access required")) {
            try await readOnly.createHit(site: 456, .init(path: "/x"))
        }
        #expect(transport.requests.count == 1)

        let (invalid, _) = try client(status: 422, body: #"{"status": "error", "errors": ["Path can't be blank"]}"#)
        await #expect(throws: ClientError(.tinylytics, .unprocessable, detail: "Path can't be blank")) {
            try await invalid.createHit(site: 456, .init(path: ""))
        }
    }
}
