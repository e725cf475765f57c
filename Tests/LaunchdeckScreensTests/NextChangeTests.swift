import Foundation
import LaunchdeckScreens
import Testing

/// The idle dashboard sleeps until something on screen would change.
@Suite struct NextChangeTests {
    let minuteStart = Date(timeIntervalSince1970: 1_795_435_200)  // 12:00:00

    @Test func agesReadInStepsOfFiveSecondsThenMinutes() {
        #expect(AgeText.of(0) == "now" && AgeText.of(4.9) == "now")
        #expect(AgeText.of(5) == "5s" && AgeText.of(14) == "10s" && AgeText.of(59) == "55s")
        #expect(AgeText.of(60) == "1m" && AgeText.of(3599) == "59m" && AgeText.of(3600) == "1h")
    }

    @Test func theNextTextChangeOfAnAge() {
        #expect(abs(NextChange.ofAge(3) - 2) < 1e-9)
        #expect(abs(NextChange.ofAge(57) - 3) < 1e-9)
        #expect(abs(NextChange.ofAge(61) - 59) < 1e-9)
        #expect(abs(NextChange.ofAge(3700) - 3500) < 1e-9)
    }

    @Test func sleepsUntilTheEarliestChangeOfTextColourOrClock() {
        let now = minuteStart.addingTimeInterval(10)  // 50 s to the clock's next minute
        // An age of 17 s (interval 10): its text changes at 20 s, and it turns amber at 20 s too.
        #expect(abs(NextChange.after(ages: [(17, 10)], now: now) - 3) < 1e-9)
        // Ages in minutes sleep up to the longest, unless a colour threshold comes first.
        #expect(NextChange.after(ages: [(125, 60)], now: now) == 15)
        #expect(abs(NextChange.after(ages: [(130, 30)], now: now, longest: 60) - 20) < 1e-9, "red at 150 s")
        // Nothing on screen: the clock's minute (capped).
        #expect(abs(NextChange.after(ages: [], now: minuteStart.addingTimeInterval(55)) - 5) < 1e-9)
    }
}
