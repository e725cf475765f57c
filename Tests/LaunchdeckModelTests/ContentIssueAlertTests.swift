import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import Testing

/// `kind = "content_issue"`: one alert when content monitoring finds issues not open at its
/// last read; nothing while they stay open, nothing without a subscription.
@Suite struct ContentIssueAlertTests {
    let t0 = Date(timeIntervalSince1970: 1_795_435_200)

    func web(_ content: PremiumRead<ContentHealth>?, site: Int = 1) -> WebSnapshot {
        WebSnapshot(site: TinylyticsSite(id: site, uid: "u", url: "https://acme.example", label: "Acme"), day: "2026-11-23",
                    todayViews: 0, todayVisitors: nil, todayExact: true, yesterdayViews: nil, topPaths: [], totalPaths: 0,
                    perMinute: [], uptime: nil, content: content)
    }

    func open(_ ids: [Int]) -> PremiumRead<ContentHealth> {
        .read(ContentHealth(issues: ids.map {
            ContentHealth.Issue(id: $0, kind: .brokenLink, url: "https://acme.example/p\($0)", statusCode: 404,
                                errorMessage: "Not Found")
        }, readAt: t0))
    }

    @Test func firesForEachNewIssueOnceAndAgainWhenOneReopens() {
        var engine = AlertEngine(rules: [AlertSpec(condition: .contentIssue)])
        #expect(engine.observe(web: web(nil), at: t0).isEmpty, "not read yet")
        #expect(engine.observe(web: web(open([])), at: t0).isEmpty)
        #expect(engine.observe(web: web(open([1])), at: t0 + 120) == [
            FiredAlert(rule: "content issue", message: "Acme: broken link https://acme.example/p1 (404 Not Found)", at: t0 + 120),
        ])
        #expect(engine.observe(web: web(open([1])), at: t0 + 240).isEmpty, "still open: no repeat")
        #expect(engine.observe(web: web(open([1, 2])), at: t0 + 360).map(\.message)
                == ["Acme: broken link https://acme.example/p2 (404 Not Found)"])
        #expect(engine.observe(web: web(open([2])), at: t0 + 480).isEmpty)
        #expect(engine.observe(web: web(open([1, 2])), at: t0 + 600).count == 1, "reopened")
    }

    @Test func manyAtOnceAreOneAlert() {
        var engine = AlertEngine(rules: [AlertSpec(name: "links", condition: .contentIssue)])
        let fired = engine.observe(web: web(open([1, 2, 3, 4, 5])), at: t0)
        #expect(fired.count == 1 && fired[0].rule == "links")
        #expect(fired[0].message.hasSuffix("and 2 more"))
    }

    @Test func noSubscriptionFiresNothing() {
        var engine = AlertEngine(rules: [AlertSpec(condition: .contentIssue)])
        #expect(engine.observe(web: web(.unavailable("403, content monitoring needs a Tinylytics subscription")), at: t0).isEmpty)
    }

    @Test func anotherSiteStartsAfresh() {
        var engine = AlertEngine(rules: [AlertSpec(condition: .contentIssue)])
        #expect(engine.observe(web: web(open([1])), at: t0).count == 1)
        #expect(engine.observe(web: web(open([1]), site: 2), at: t0 + 120).count == 1)
    }
}
