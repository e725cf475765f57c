import Foundation
import Testing
@testable import LaunchdeckScreens

@Suite struct ClockTextTests {
    let now = Date(timeIntervalSince1970: 1_765_058_088)  // 2025-12-06T21:54:48Z

    @Test func aPastMomentReadsAsClockZoneAndAge() {
        #expect(ClockText.stamp(now.addingTimeInterval(-180), now: now) == "21:51 UTC \u{00B7} 3m ago")
        #expect(ClockText.stamp(now, now: now) == "21:54 UTC \u{00B7} now")
    }

    @Test func aMomentToComeSaysIn() {
        #expect(ClockText.stamp(now.addingTimeInterval(600), now: now) == "22:04 UTC \u{00B7} in 10m")
    }

    @Test func aDayAwayCarriesTheDate() {
        #expect(ClockText.stamp(now.addingTimeInterval(-2 * 86_400), now: now) == "12-04 21:54 UTC \u{00B7} 2d ago")
    }
}

extension ClockTextTests {
    @Test func aPaneGivesTheClockWithinADayAndOnlyTheAgeBeyond() {
        #expect(ClockText.brief(now.addingTimeInterval(-1800), now: now) == "21:24 UTC \u{00B7} 30m ago")
        #expect(ClockText.brief(now.addingTimeInterval(-3 * 86_400), now: now) == "3d ago")
        #expect(ClockText.brief(now.addingTimeInterval(2 * 86_400), now: now) == "in 2d")
    }
}
