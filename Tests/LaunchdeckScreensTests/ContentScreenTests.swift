import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckScreens
import Testing

/// The `content` screen and the Web pane's badge, from the docs' example body of
/// `GET /sites/:id/content` (seed 004, verbatim): one broken link, 48 links checked.
@Suite struct ContentScreenTests {
    static let now = Date(timeIntervalSince1970: 1_771_063_200)  // 2026-02-14T10:00:00Z, 2 h after the check

    func data(_ content: PremiumRead<ContentHealth>?) -> DashboardData {
        var data = DashboardData()
        var web = Fixture.web
        web.content = content
        data.web = Loadable(value: web, fetchedAt: Self.now)
        return data
    }

    func documented(replacing: (String, String)? = nil) throws -> ContentHealth {
        let body = try DocumentedBody.decode("tinylytics-content", as: TinylyticsContentResponse.self, replacing: replacing)
        var log = ContentIssueLog()
        return log.health(body, site: 456, now: Self.now.addingTimeInterval(-600))
    }

    @Test func theDocumentedBodyListsItsBrokenLinkWithStatusAndTimes() throws {
        let health = try documented()
        #expect(health.badge == "1 broken link")
        let text = DocumentedBody.render(.content, data: data(.read(health)), now: Self.now).joined(separator: "\n")
        #expect(text.contains("Content health"))
        #expect(text.contains("monitoring /blog"))
        #expect(text.contains("last check 08:00 UTC · 2h ago"))
        #expect(text.contains("48 links checked: 1 broken, 0 mixed content, 0 ignored, 47 ok"))
        let row = try #require(text.split(separator: "\n").first { $0.contains("https://example.com/old-page") })
        #expect(row.contains("broken link") && row.contains("404 Not Found"))
        #expect(row.contains("09:50 UTC · 10m ago"), "since: first seen by launchdeck")
        #expect(row.contains("08:00 UTC · 2h ago"), "the link's last check")
        #expect(text.contains("FIRST SEEN HERE"), "the API gives no start: the column says whose time it is")
    }

    @Test func theWebPaneTitleCarriesTheBadge() throws {
        func overview(_ content: PremiumRead<ContentHealth>) -> String {
            var data = Fixture.data()
            var web = Fixture.web
            web.content = content
            data.web = Loadable(value: web, fetchedAt: Fixture.fetched)
            return Fixture.render(data: data).lines.joined(separator: "\n")
        }
        let shown = overview(.read(try documented()))
        #expect(shown.contains("1 Web · 1 broken link · Acme Launch (acme.ex"), "the host is cut first: \(shown)")
        #expect(!overview(.read(ContentHealth(issues: [], readAt: Self.now))).contains("broken link"))
        #expect(!overview(.unavailable("403, content monitoring needs a Tinylytics subscription")).contains("403"),
                "no subscription: no badge, and no failure on the overview")
    }

    @Test func a403IsSaidInPlaceNotAsAFailure() {
        let text = DocumentedBody.render(.content, data: data(.unavailable("403, content monitoring needs a Tinylytics subscription")),
                                         now: Self.now).joined(separator: "\n")
        #expect(text.contains("403, content monitoring needs a Tinylytics subscription"))
        #expect(!text.contains("Nothing here yet") && !text.contains("! "))
    }

    @Test func aBadFieldCostsOnlyThatField() throws {
        // The status code as text: the issue is still listed, with the error message alone.
        let health = try documented(replacing: ("\"status_code\": 404", "\"status_code\": \"four-oh-four\""))
        let issue = try #require(health.issues?.first)
        #expect(issue.statusCode == nil && issue.problem == "Not Found" && issue.url == "https://example.com/old-page")
        // The issues object unreadable: the badge falls back on the stats' counts.
        let noList = try documented(replacing: ("\"issues\": {", "\"issues\": 7, \"x\": {"))
        #expect(noList.issues == nil && noList.badge == "1 broken link")
        let text = DocumentedBody.render(.content, data: data(.read(noList)), now: Self.now).joined(separator: "\n")
        #expect(text.contains("could not be read"))
    }

    @Test func ignoredIssuesAreNotOpen() throws {
        let health = try documented(replacing: ("\"ignored\": false", "\"ignored\": true"))
        #expect(health.issues == [] && health.badge == nil)
    }

    @Test func anIssueKeepsTheTimeItWasFirstSeenAndForgetsItOnceClosed() throws {
        let body = try DocumentedBody.decode("tinylytics-content", as: TinylyticsContentResponse.self)
        var log = ContentIssueLog()
        let t0 = Self.now
        #expect(log.health(body, site: 456, now: t0).issues?.first?.firstSeen == t0)
        #expect(log.health(body, site: 456, now: t0 + 120).issues?.first?.firstSeen == t0)
        var fixed = body
        fixed.issues?.brokenLinks = []
        #expect(log.health(fixed, site: 456, now: t0 + 240).issues == [])
        #expect(log.health(body, site: 456, now: t0 + 360).issues?.first?.firstSeen == t0 + 360)
        #expect(log.health(body, site: 789, now: t0 + 480).issues?.first?.firstSeen == t0 + 480, "another site starts afresh")
    }
}
