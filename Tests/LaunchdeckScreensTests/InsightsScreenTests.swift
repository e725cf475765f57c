import Foundation
import LaunchdeckAPI
import LaunchdeckModel
import LaunchdeckScreens
import Testing

/// The `insights` screen from the docs' example body of `GET /sites/:id/insights` (seed 004,
/// verbatim): the report's summary, its signal, and the fuller explanation, wrapped.
@Suite struct InsightsScreenTests {
    static let now = Date(timeIntervalSince1970: 1_771_063_200)  // 2026-02-14T10:00:00Z

    func render(_ read: PremiumRead<TinylyticsInsightsResponse>, width: Int = 120, height: Int = 40) -> String {
        DocumentedBody.render(.insights, data: DocumentedBody.data(.insights, .insights(read), now: Self.now), now: Self.now,
                              width: width, height: height).joined(separator: "\n")
    }

    @Test func theDocumentedReportIsDrawnWhole() throws {
        let body = try DocumentedBody.decode("tinylytics-insights", as: TinylyticsInsightsResponse.self)
        let text = render(.read(body))
        #expect(text.contains("Insights"))
        #expect(text.contains("daily") && text.contains("2026-02-15T06:00:00Z"), "the site's report settings")
        #expect(text.contains("February 13, 2026") && text.contains("2026-02-14T06:00:00Z"))
        #expect(text.contains("Traffic was steadier than usual overall, with one blog post and a new referrer doing most of the lifting."))
        #expect(text.contains("score  64") && text.contains("Traffic is up 28% this week"))
        #expect(text.contains("detected 2026-02-14T06:00:00Z, window 2026-02-07T00:00:00Z to 2026-02-14T06:00:00Z, traffic_change"))
        #expect(text.contains("The site picked up 378 hits in the last 7 days, up from 296 the week before."))
        #expect(text.contains("Wednesday and Thursday were the busiest days, with evenings remaining your strongest hour."))
        #expect(text.contains("Your recent Rails post is getting more attention than usual"))
        // 130 characters: wrapped, not cut, at 120 columns.
        #expect(text.contains("Keep an eye on the post that is breaking out, and consider sharing similar content while the momentum is still"))
        #expect(text.contains("\n│   fresh."))
    }

    @Test func aBadFieldCostsOnlyThatField() throws {
        let body = try DocumentedBody.decode("tinylytics-insights", as: TinylyticsInsightsResponse.self,
                                             replacing: ("\"importance_score\": 64", "\"importance_score\": \"high\""))
        let text = render(.read(body))
        #expect(text.contains("score   -") && text.contains("Traffic is up 28% this week"))
        #expect(text.contains("Keep an eye on the post"))
    }

    @Test func theNewestReportComesFirstWhateverTheOrder() throws {
        var body = try DocumentedBody.decode("tinylytics-insights", as: TinylyticsInsightsResponse.self)
        var older = body.insights[0]
        older.id = 41
        older.insightsForDate = "2026-02-12"
        older.summary = "An older, quieter day."
        body.insights.insert(older, at: 0)
        let text = render(.read(body))
        #expect(text.contains("February 13, 2026"))
        #expect(text.contains("Earlier reports") && text.contains("2026-02-12") && text.contains("An older, quieter day."))
    }

    @Test func a403IsSaidInPlace() {
        let text = render(.unavailable("403, insights needs a Tinylytics subscription"))
        #expect(text.contains("403, insights needs a Tinylytics subscription"))
        #expect(!text.contains("refused"))
    }
}
