import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckScreens
import Testing

/// The `kudos` screen and the Web pane's count, from the docs' example body of
/// `GET /sites/:id/kudos` (seed 004, verbatim): one kudo on /pricing.
@Suite struct KudosScreenTests {
    static let now = Date(timeIntervalSince1970: 1_770_714_000)  // 2026-02-10T09:00:00Z, 45 min after the kudo

    func tally(replacing: (String, String)? = nil, today: String = "2026-02-10") throws -> KudosTally {
        let body = try DocumentedBody.decode("tinylytics-kudos", as: TinylyticsKudosResponse.self, replacing: replacing)
        return KudosTally(body, startDay: "2026-01-12", endDay: today, today: today)
    }

    func render(_ tally: KudosTally) -> String {
        DocumentedBody.render(.kudos, data: DocumentedBody.data(.kudos, .kudos(tally), now: Self.now), now: Self.now)
            .joined(separator: "\n")
    }

    @Test func theDocumentedKudoIsListedByPath() throws {
        let text = render(try tally())
        #expect(text.contains("1 kudo 2026-01-12 to 2026-02-10 (UTC days), 1 today, on 1 path"))
        let row = try #require(text.split(separator: "\n").first { $0.contains("/pricing") })
        #expect(row.contains("08:15 UTC · 45m ago"))
        #expect(row.split(separator: " ").filter { $0 == "1" }.count == 2, "1 kudo, 1 today: \(row)")
    }

    @Test func pathsAreCountedMostFirst() {
        let at = Self.now
        let kudos = [("/a", 0.0), ("/b", 60), ("/b", 120), ("/c", 86_400)].enumerated().map { i, k in
            TinylyticsKudo(id: i, uid: "u\(i)", path: k.0, createdAt: at.addingTimeInterval(-k.1))
        }
        let tally = KudosTally(TinylyticsKudosResponse(kudos: kudos, pagination: .init(page: 1, perPage: 2, totalCount: 9),
                                                       filters: nil), startDay: "2026-01-12", endDay: "2026-02-10", today: "2026-02-10")
        #expect(tally.rows.map(\.path) == ["/b", "/a", "/c"])
        #expect(tally.rows.map(\.today) == [2, 1, 0], "\(tally.rows)")
        #expect(tally.today == 3)
        #expect(tally.total == 9 && tally.counted == 4)
        #expect(render(tally).contains("the newest 4 counted"))
    }

    @Test func aBadDateCostsOnlyThatKudosTime() throws {
        let tally = try tally(replacing: ("\"created_at\": \"2026-02-10T08:15:00Z\"", "\"created_at\": \"yesterday\""))
        #expect(tally.rows == [KudosTally.Row(path: "/pricing", count: 1, today: 0, latest: nil)])
    }

    @Test func theWebPaneSaysTodaysKudos() {
        var data = Fixture.data()
        var web = Fixture.web
        web.kudosToday = 3
        data.web = Loadable(value: web, fetchedAt: Fixture.fetched)
        let lines = Fixture.render(data: data).lines
        let row = lines.firstIndex { $0.contains("kudos 3 today") }
        #expect(row == lines.firstIndex { $0.contains("SSL 62d") }.map { $0 + 1 }, "under the uptime badge:\n\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("/docs") }, "every top path still shows")
        data.web = Loadable(value: Fixture.web, fetchedAt: Fixture.fetched)
        #expect(!Fixture.render(data: data).lines.contains { $0.contains("kudos") }, "not read: no row")
    }
}
