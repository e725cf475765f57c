import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import Testing

/// A new insight signal detected today is said once on the flash line; older ones never.
@Suite struct SignalNoticeTests {
    let now = Date(timeIntervalSince1970: 1_771_063_200)  // 2026-02-14T10:00:00Z

    func web(_ signals: [TinylyticsInsight.Signal]) -> WebSnapshot {
        WebSnapshot(site: TinylyticsSite(id: 456, uid: "u", url: "https://example.com", label: "My Blog"), day: "2026-02-14",
                    todayViews: 0, todayVisitors: nil, todayExact: true, yesterdayViews: nil, topPaths: [], totalPaths: 0,
                    perMinute: [], uptime: nil, signals: signals)
    }

    func signal(_ headline: String, detected: Date?, score: Double? = 64) -> TinylyticsInsight.Signal {
        .init(type: "traffic_change", headline: headline, summary: nil, importanceScore: score, detectedAt: detected,
              window: nil, payloadExcerpt: nil)
    }

    @Test func theDocumentedSignalDetectedTodayIsSaidOnce() throws {
        let text = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../LaunchdeckClientTests/Fixtures/tinylytics-insights.json"), encoding: .utf8)
        let body = try LenientJSON.decode(TinylyticsInsightsResponse.self, from: Data(text.utf8)).value
        var notice = SignalNotice()
        let snapshot = web(body.insights.flatMap(\.signals))
        #expect(notice.news(in: snapshot, now: now) == ["insight: Traffic is up 28% this week (score 64), :open insights"])
        #expect(notice.news(in: snapshot, now: now + 900).isEmpty, "said once")
    }

    @Test func olderOrUndatedSignalsAreNotNews() {
        var notice = SignalNotice()
        let yesterday = now.addingTimeInterval(-86_400)
        #expect(notice.news(in: web([signal("old", detected: yesterday), signal("undated", detected: nil)]), now: now).isEmpty)
        #expect(notice.news(in: web([signal("new", detected: now, score: nil)]), now: now) == ["insight: new, :open insights"])
    }
}
