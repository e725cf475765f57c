import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import Testing

@Suite struct AlertEngineTests {
    let t0 = Date(timeIntervalSince1970: 1_795_435_200)

    func web(down: Bool = false, rates: [Double?] = []) -> WebSnapshot {
        WebSnapshot(site: TinylyticsSite(id: 1, uid: "u", url: "https://acme.example", label: "Acme"), day: "2026-11-23",
                    todayViews: 0, todayVisitors: nil, todayExact: true, yesterdayViews: nil, topPaths: [], totalPaths: 0,
                    perMinute: rates, uptime: .monitored(isDown: down, since: nil, uptimePercent: nil, sslDaysLeft: nil))
    }

    func crashes(_ rate: Double) -> CrashesSnapshot {
        CrashesSnapshot(appID: "a", appName: "Acme iOS", rateNow: rate, trend: [], versions: [], topGroups: [])
    }

    @Test func siteDownFiresOnceWhenItGoesDownAndAgainAfterRecovery() {
        var engine = AlertEngine(rules: [AlertSpec(condition: .siteDown)])
        #expect(engine.observe(web: web(), at: t0).isEmpty)
        let fired = engine.observe(web: web(down: true), at: t0 + 60)
        #expect(fired == [FiredAlert(rule: "site down", message: "Acme is down", at: t0 + 60)])
        #expect(engine.observe(web: web(down: true), at: t0 + 120).isEmpty, "still down: no repeat")
        #expect(engine.observe(web: web(), at: t0 + 180).isEmpty)
        #expect(engine.observe(web: web(down: true), at: t0 + 240).count == 1)
        #expect(engine.history.count == 2)
    }

    @Test func crashRateAboveTheLimit() {
        var engine = AlertEngine(rules: [AlertSpec(name: "ios crashes", condition: .crashRateAbove(1.5))])
        #expect(engine.observe(crashes: crashes(1.2), at: t0).isEmpty)
        let fired = engine.observe(crashes: crashes(2.25), at: t0)
        #expect(fired.map(\.message) == ["Acme iOS crash rate 2.25% is above 1.50%"])
        #expect(fired.first?.rule == "ios crashes")
        #expect(engine.observe(crashes: crashes(1.5), at: t0).isEmpty, "at the limit is not above it")
    }

    @Test func hitsDropAgainstTheHour() {
        var engine = AlertEngine(rules: [AlertSpec(condition: .hitsDrop(share: 0.5))])
        let steady = [Double?](repeating: 100, count: 20)
        #expect(engine.observe(web: web(rates: steady + [60]), at: t0).isEmpty, "40% down is under a 50% rule")
        let fired = engine.observe(web: web(rates: steady + [30]), at: t0)
        #expect(fired.first?.message == "hits fell to 30/min, 70% under the hour's 100/min")
        #expect(engine.observe(web: web(rates: [100, nil, 10]), at: t0).isEmpty, "too few minutes to judge")
    }

    @Test func statusChangesAfterTheFirstLook() {
        var engine = AlertEngine(rules: [AlertSpec(condition: .experimentStatusChange), AlertSpec(condition: .pushStatusChange)])
        func experiments(_ status: TaplyticsExperimentStatus) -> ExperimentsSnapshot {
            ExperimentsSnapshot(experiments: [TaplyticsExperiment(id: "e1", name: "Checkout v2", status: status)], more: false)
        }
        #expect(engine.observe(experiments: experiments(.draft), at: t0).isEmpty, "the first look is the baseline")
        #expect(engine.observe(experiments: experiments(.draft), at: t0).isEmpty)
        let fired = engine.observe(experiments: experiments(.active), at: t0)
        #expect(fired.map(\.message) == ["experiment Checkout v2: draft → active"])
        let push = { (s: TaplyticsPushStatus) in
            PushSnapshot(pushes: [TaplyticsPush(id: "p1", status: s, notification: .init(alert: "We're live"))], more: false)
        }
        #expect(engine.observe(pushes: push(.scheduled), at: t0).isEmpty)
        #expect(engine.observe(pushes: push(.sending), at: t0).map(\.message) == ["push We're live: scheduled → sending"])
    }

    @Test func aPushStatusRuleSaysItCannotFireWhenNoPushCarriesAStatus() {
        var engine = AlertEngine(rules: [AlertSpec(name: "launch push", condition: .pushStatusChange)])
        let documented = PushSnapshot(pushes: [TaplyticsPush(id: "548013f2c1a2b3c4d5e6f7a8", notification: .init(alert: "Hi"))],
                                      more: false)
        #expect(engine.observe(pushes: documented, at: t0).isEmpty)
        #expect(engine.silent.count == 1 && engine.silent[0].hasPrefix("launch push: cannot fire"))
        let withStatus = PushSnapshot(pushes: [TaplyticsPush(id: "p1", status: .sent)], more: false)
        _ = engine.observe(pushes: withStatus, at: t0)
        #expect(engine.silent.isEmpty, "a list that carries statuses can fire")
    }

    @Test func noRulesNoAlerts() {
        var engine = AlertEngine(rules: [])
        #expect(engine.observe(web: web(down: true), at: t0).isEmpty)
        #expect(engine.observe(crashes: crashes(50), at: t0).isEmpty)
    }
}
