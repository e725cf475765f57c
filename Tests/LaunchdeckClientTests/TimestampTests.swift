import Foundation
import LaunchdeckAPI
import Testing

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2026-02-14T09:30:00Z", 1_771_061_400.0),
        ("2026-02-14T10:30:00+01:00", 1_771_061_400.0),
        ("2026-02-14T09:30:00.250Z", 1_771_061_400.25),
        ("2026-02-14T09:30:00", 1_771_061_400.0),
        ("2026-02-14T09:30:00.123456", 1_771_061_400.123456),
    ])
    func everyFormatTheDocsShowParses(text: String, seconds: Double) throws {
        let date = try #require(Timestamp.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_01)
    }

    @Test(arguments: ["", "yesterday", "2026-02-14", "2026-02-14T09:30:00.Z", "2026-13-14T09:30:00Z"])
    func garbageIsNil(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }
}
