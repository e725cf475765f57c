import Foundation
@testable import LaunchdeckAPI
import Testing

/// `ZoneRules` reads the system's tz database itself (the dashboard has no ICU); here it is
/// held to Foundation's ICU `TimeZone`, which the test binary links, at every hour boundary
/// near each change and every ten days between, 1990 to 2045.
@Suite struct ZoneRulesTests {
    static let zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo",
                        "Europe/London", "Pacific/Auckland", "Asia/Tokyo", "America/St_Johns", "UTC"]

    @Test(arguments: zones)
    func offsetsAreICUs(name: String) throws {
        let ours = try #require(ZoneRules(identifier: name))
        let icu = try #require(TimeZone(identifier: name))
        var t = Date(timeIntervalSince1970: 631_152_000)  // 1990
        let end = Date(timeIntervalSince1970: 2_366_841_600)  // 2045
        var mismatches: [String] = []
        while t < end, mismatches.count < 5 {
            if ours.secondsFromGMT(for: t) != icu.secondsFromGMT(for: t) {
                mismatches.append("\(t): \(ours.secondsFromGMT(for: t)) against \(icu.secondsFromGMT(for: t))")
            }
            // Near a change, every hour; between changes, ten days at a time.
            let next = icu.nextDaylightSavingTimeTransition(after: t) ?? end
            t = next.timeIntervalSince(t) > 2 * 86_400 ? t.addingTimeInterval(10 * 86_400) : t.addingTimeInterval(3600)
            if t > next { t = next.addingTimeInterval(-3600) }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    /// A file's footer rule alone (a "slim" TZif file has no transitions after the last rule
    /// change) gives the same offsets as ICU, northern and southern summers alike.
    @Test(arguments: [("CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Berlin"), ("EST5EDT,M3.2.0,M11.1.0", "America/New_York"),
                      ("AEST-10AEDT,M10.1.0,M4.1.0/3", "Australia/Sydney"), ("<+0530>-5:30", "Asia/Kolkata"),
                      ("NST3:30NDT,M3.2.0,M11.1.0", "America/St_Johns")])
    func aFooterRuleAloneIsICUs(rule: String, name: String) throws {
        let ours = ZoneRules(identifier: name, transitions: [], offsets: [], initialOffset: 0, rule: PosixZoneRule(rule))
        #expect(PosixZoneRule(rule) != nil)
        let icu = try #require(TimeZone(identifier: name))
        for hours in stride(from: 0, to: 24 * 365 * 3, by: 1) {
            let t = Date(timeIntervalSince1970: 1_798_761_600 + Double(hours) * 3600)  // from 2027
            guard ours.secondsFromGMT(for: t) == icu.secondsFromGMT(for: t) else {
                Issue.record("\(rule) at \(t): \(ours.secondsFromGMT(for: t)) against \(icu.secondsFromGMT(for: t))")
                return
            }
        }
    }

    @Test func namesOutsideTheDatabaseAreRefused() {
        for name in ["Mars/Olympus", "../../etc/passwd", "/etc/localtime", "Europe/../Europe/Berlin", "", "Europe//Berlin"] {
            #expect(ZoneRules(identifier: name) == nil, "\(name)")
        }
        #expect(ZoneRules(identifier: "Europe/Berlin", tzif: Array("not a zone file".utf8)) == nil)
        #expect(PosixZoneRule("CET-1CEST,M13.5.0,M10.5.0") == nil)
    }

    @Test func tzdirPointsAtAnotherDatabase() {
        #expect(ZoneRules(identifier: "Europe/Berlin", environment: ["TZDIR": "/nonexistent"]) == nil)
        #expect(ZoneRules(identifier: "Europe/Berlin", environment: ["TZDIR": "/usr/share/zoneinfo"]) != nil)
    }
}
