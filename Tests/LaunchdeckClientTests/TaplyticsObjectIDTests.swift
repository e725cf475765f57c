import Foundation
import LaunchdeckAPI
import Testing

/// Taplytics ids are 24-hex object ids whose first 8 hex digits are the creation time.
@Suite struct TaplyticsObjectIDTests {
    @Test func theDocsPushIDWasMadeOnTheFourthOfDecember2014() {
        // 0x548013f2 = 1417679858 s = 2014-12-04T07:57:38Z.
        #expect(TaplyticsObjectID.createdAt("548013f2c703f020242ff21c") == Date(timeIntervalSince1970: 1_417_679_858))
        #expect(TaplyticsObjectID.createdAt("548013F2C703F020242FF21C") == Date(timeIntervalSince1970: 1_417_679_858))
    }

    @Test(arguments: [
        "5a6a0ca339004c0094fa208z",  // the docs' experiments example: a "z" is no hex digit
        "548013f2c703f020242ff21",  // 23 digits
        "548013f2c703f020242ff21c0",  // 25
        "", "e1", "new", "548013f2-703f020242ff21c", " 548013f2c703f020242ff21", "548013f2c703f020242ff2１",
    ])
    func anythingElseHasNoTime(id: String) {
        #expect(TaplyticsObjectID.createdAt(id) == nil)
    }

    @Test func madeIDsCarryTheirTime() {
        let at = Date(timeIntervalSince1970: 1_795_435_200.75)
        let id = TaplyticsObjectID.make(at: at, rest: 0xABC)
        #expect(id == "6b042ac00000000000000abc")
        #expect(TaplyticsObjectID.createdAt(id) == Date(timeIntervalSince1970: 1_795_435_200))
        #expect(TaplyticsObjectID.make(at: Date(timeIntervalSince1970: -5), rest: .max) == "00000000ffffffffffffffff")
        #expect(TaplyticsObjectID.make(at: .distantFuture, rest: 0).hasPrefix("ffffffff"))
    }

    @Test func createdTimePrefersTheBodysCreatedAt() {
        let made = Date(timeIntervalSince1970: 1_433_873_331)
        #expect(TaplyticsPush(id: "548013f2c703f020242ff21c", createdAt: made).createdTime == made)
        #expect(TaplyticsPush(id: "548013f2c703f020242ff21c").createdTime == Date(timeIntervalSince1970: 1_417_679_858))
        #expect(TaplyticsPush(id: "p1").createdTime == nil)
        #expect(TaplyticsExperiment(id: "548223f2c7036020742ff21c").createdTime == Date(timeIntervalSince1970: 1_417_815_026))
    }
}
