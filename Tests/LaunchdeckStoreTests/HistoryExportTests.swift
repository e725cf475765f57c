import Foundation
@testable import LaunchdeckStore
import Testing

@Suite struct HistoryExportTests {
    let t = Date(timeIntervalSince1970: 1_796_000_000)

    @Test func csvHasOneTableOfPointsThenOneOfEvents() {
        let text = HistoryExport.render([("web.hits_per_minute", [SeriesPoint(at: t, value: 42, observedAt: t.addingTimeInterval(30))])],
                                        events: [HistoryEvent(at: t, kind: "push_sent", subject: "Launch, \"big\" day")],
                                        format: .csv)
        #expect(text == """
            series,time,value,observed_at
            web.hits_per_minute,2026-11-30T00:53:20Z,42,2026-11-30T00:53:50Z

            event,time,subject,detail
            push_sent,2026-11-30T00:53:20Z,"Launch, ""big"" day",

            """)
    }

    @Test func csvNeverHandsASpreadsheetAFormula() {
        #expect(HistoryExport.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(HistoryExport.field("-1") == "'-1")
        #expect(HistoryExport.field("plain") == "plain")
    }

    @Test func jsonEscapesWhatTheAPIsSent() throws {
        let text = HistoryExport.render([("s", [SeriesPoint(at: t, value: 0.5, observedAt: t)])],
                                        events: [HistoryEvent(at: t, kind: "alert", subject: "a\u{1B}[31m\"q\"\n")], format: .json)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let events = object?["events"] as? [[String: String]]
        #expect(events?.first?["subject"] == "a\u{1B}[31m\"q\"\n", "escaped on the way out, exact on the way back")
        let series = object?["series"] as? [[String: Any]]
        #expect(series?.first?["name"] as? String == "s")
        #expect(!text.contains("\u{1B}"), "no raw control character in the file")
    }
}
