import Foundation
@testable import LaunchdeckStore
import Testing

@Suite struct StoreRetentionTests {
    let now = Date(timeIntervalSince1970: 1_796_000_000)

    @Test func whatIsOlderThanTheRetentionGoes() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        for hoursAgo in [50.0, 47, 1] {
            let at = now.addingTimeInterval(-hoursAgo * 3600)
            try store.record(PollRecord(source: "web", observedAt: at, points: [Observation(series: "s", value: hoursAgo)],
                                        events: [HistoryEvent(at: at, kind: "alert", subject: "\(hoursAgo)")]))
        }
        let removed = try store.prune(RetentionPolicy(maxAge: .seconds(48 * 3600), maxBytes: 1 << 30), now: now)
        #expect(removed == 2, "one point and one event")
        #expect(try store.points("s", from: .distantPast, to: .distantFuture).map(\.value) == [47, 1])
        #expect(try store.events(from: .distantPast, to: .distantFuture).map(\.subject) == ["47.0", "1.0"])
    }

    @Test func overTheSizeCapTheOldestGoesFirst() throws {
        let temp = TemporaryStore()
        let store = try temp.open()
        for n in 0..<3_000 {
            try store.record(PollRecord(source: "web", observedAt: now.addingTimeInterval(Double(n)),
                                        points: (0..<8).map { Observation(series: "series-\($0)", value: Double(n)) }))
        }
        let before = try store.usedBytes()
        let cap = before / 2
        try store.prune(RetentionPolicy(maxAge: .seconds(365 * 86_400), maxBytes: cap), now: now.addingTimeInterval(3_000))
        #expect(try store.usedBytes() <= cap)
        let left = try store.points("series-0", from: .distantPast, to: .distantFuture)
        #expect(!left.isEmpty, "the newest stay")
        #expect(left.last?.value == 2_999, "the newest point is kept")
        #expect(left.first.map { $0.value > 0 } == true, "the oldest went")
        #expect(try store.integrity() == "ok")
    }
}
