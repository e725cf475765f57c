import Foundation
import LaunchdeckModel
import LaunchdeckStore
import Testing

@Suite struct LaunchComparisonTests {
    let t0 = Date(timeIntervalSince1970: 1_796_580_000)

    @Test func trafficTimesAndCrashPointsAgainstTheSpanBefore() throws {
        let directory = NSTemporaryDirectory() + "launchdeck-comparison-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = History(store: try SQLiteHistoryStore(path: directory + "/history.sqlite"))
        // Ten minutes before T0 at 100 hits a minute and 0.5 %, ten after at 300 and 1.5 %.
        var lifetime = 0.0
        for minute in -10...10 {
            if minute > -10 { lifetime += minute <= 0 ? 100 : 300 }
            history.record(PollRecord(source: "all", observedAt: t0.addingTimeInterval(Double(minute) * 60), points: [
                Observation(series: "web/1/lifetime_hits", value: lifetime),
                Observation(series: "crashes/a/rate_now", value: minute < 0 ? 0.5 : 1.5),
            ]))
        }
        let comparison = LaunchComparison(history: history, site: 1, app: "a", t0: t0, now: t0.addingTimeInterval(600))
        #expect(comparison.elapsed == 600)
        #expect(comparison.trafficRatio.map { abs($0 - 3) < 0.001 } == true)
        #expect(comparison.crashDelta.map { abs($0 - 1) < 0.001 } == true)

        let early = LaunchComparison(history: history, site: 1, app: "a", t0: t0, now: t0.addingTimeInterval(30))
        #expect(early.trafficRatio == nil && early.crashDelta == nil, "under a minute: nothing to compare yet")
        let unknownSite = LaunchComparison(history: history, site: 2, app: nil, t0: t0, now: t0.addingTimeInterval(600))
        #expect(unknownSite.trafficRatio == nil, "nothing recorded: no figure")
    }
}
