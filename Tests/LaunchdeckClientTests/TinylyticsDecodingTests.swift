import Foundation
import LaunchdeckAPI
@testable import LaunchdeckClient
import Testing

/// The seed's example bodies (004_…, GET /sites and grouped hits) decode verbatim.
@Suite struct TinylyticsDecodingTests {
    @Test func sitesExampleDecodes() throws {
        let response = TransportResponse(status: 200, body: try Fixture.data("tinylytics-sites"))
        let sites = try ResponseDecoder.decode(TinylyticsSitesResponse.self, from: response, service: .tinylytics).sites
        #expect(sites.count == 1)
        let site = try #require(sites.first)
        #expect(site.id == 456)
        #expect(site.uid == "abc123")
        #expect(site.url == "https://example.com")
        #expect(site.label == "My Blog")
        #expect(site.lifetimeHits == 12340)
        #expect(site.lifetimeUniqueHits == 8920)
        #expect(site.lifetimeKudos == 87)
        #expect(site.active == true)
        #expect(site.isPublic == false)
        #expect(site.createdAt == Timestamp.parse("2025-06-01T12:00:00Z"))
        #expect(site.updatedAt.map(Timestamp.format) == "2026-02-14T09:30:00Z")
    }

    @Test func groupedByPathExampleDecodes() throws {
        let response = TransportResponse(status: 200, body: try Fixture.data("tinylytics-hits-grouped-path"))
        let page = try ResponseDecoder.decode(TinylyticsGroupedHitsResponse.self, from: response, service: .tinylytics)
        #expect(page.groupedHits == [TinylyticsGroupedHit(groupBy: .path, key: "/pricing", views: 142, uniqueViews: 98)])
        #expect(page.pagination == TinylyticsPagination(currentPage: 1, perPage: 100, totalCount: 1, totalPages: 1))
        #expect(page.pagination.hasNext == false)
        let filters = try #require(page.filters)
        #expect(filters.startDate == "2026-02-13")
        #expect(filters.endDate == "2026-02-13")
        #expect(filters.timeZone == "user")
        #expect(filters.country == nil)
        #expect(filters.grouped == true)
        #expect(filters.groupBy == "path")
    }

    @Test func otherGroupingsCarryHitCount() throws {
        let body = Data(#"{"grouped_hits":[{"country":"PL","hit_count":7}],"pagination":{"current_page":1,"per_page":100,"total_count":1,"total_pages":1}}"#.utf8)
        let page = try ResponseDecoder.decode(TinylyticsGroupedHitsResponse.self,
                                              from: TransportResponse(status: 200, body: body), service: .tinylytics)
        #expect(page.groupedHits == [TinylyticsGroupedHit(groupBy: .country, key: "PL", hitCount: 7)])
        #expect(page.groupedHits[0].count == 7)
    }

    @Test func groupedHitsRoundTripKeepsTheDocumentedShape() throws {
        let original = try Fixture.data("tinylytics-hits-grouped-path")
        let decoded = try JSONCoding.decoder().decode(TinylyticsGroupedHitsResponse.self, from: original)
        let reencoded = try JSONCoding.encoder().encode(decoded)
        let a = try JSONSerialization.jsonObject(with: original) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: reencoded) as? NSDictionary
        #expect(a == b)
    }
}
