import Foundation
import LaunchdeckModel
import Testing

@Suite struct RateSeriesTests {
    let t0 = Date(timeIntervalSince1970: 1_795_435_200)

    @Test func ratesBetweenSamplesFillTheMinutesTheyCover() {
        var series = RateSeries()
        series.record(1000, at: t0)
        series.record(1100, at: t0 + 60)   // 100 in the first minute
        series.record(1400, at: t0 + 120)  // 300 in the second
        let rates = series.perMinute(minutes: 3, now: t0 + 120)
        #expect(rates == [nil, 100, 300], "the minute before the first sample is unknown, not zero")
    }

    @Test func aCounterThatGoesDownStartsOver() {
        var series = RateSeries()
        series.record(1000, at: t0)
        series.record(1060, at: t0 + 60)
        series.record(10, at: t0 + 120)  // another site, or a reset
        series.record(70, at: t0 + 180)
        let rates = series.perMinute(minutes: 3, now: t0 + 180)
        #expect(rates == [nil, nil, 60])
    }

    @Test func oldSamplesAreDroppedButTheWindowKeepsItsFirstMinute() {
        var series = RateSeries(window: 600)
        for i in 0...100 { series.record(i * 10, at: t0 + Double(i) * 60) }
        #expect(series.samples.count <= 12)
        let rates = series.perMinute(minutes: 10, now: t0 + 6000)
        #expect(rates.allSatisfy { $0 == 10 })
    }

    @Test func backfillCountsOnlyMinutesThePageCoversWholly() {
        let now = t0 + 600
        // 3 hits a minute for the last 4 minutes and a half.
        let times = stride(from: 0.0, to: 270, by: 20).map { now - 1 - $0 }
        let minutes = RateSeries.backfill(hitTimes: times, minutes: 6, now: now)
        #expect(minutes == [nil, nil, 3, 3, 3, 3], "four whole minutes; the oldest hit's minute is partial and left out")
        #expect(RateSeries.backfill(hitTimes: [], minutes: 3, now: now) == [nil, nil, nil])
    }

    @Test func hitsBeforeTheWindowCountNowhere() {
        let now = t0 + 600
        // One hit a minute, half a minute into each, from 4.5 minutes back: the hit 30 s
        // before the 3-minute window is outside it (it once fell into the first minute).
        let times = [30.0, 90, 150, 210, 270].map { now - $0 }
        #expect(RateSeries.backfill(hitTimes: times, minutes: 3, now: now) == [1, 1, 1])
    }

    @Test func liveValuesWinOverTheBackfill() {
        var series = RateSeries()
        series.record(0, at: t0 + 120)
        series.record(50, at: t0 + 180)
        let rates = series.perMinute(minutes: 3, now: t0 + 180, backfill: [7, 8, 9])
        #expect(rates == [7, 8, 50])
    }
}
