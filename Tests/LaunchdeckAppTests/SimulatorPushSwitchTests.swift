@testable import LaunchdeckApp
import Testing

/// `launchdeck simulate --push-fields-on-get` is named in the banner when it is on, and the
/// banner says the GET push bodies are the documented ones when it is off.
@Suite struct SimulatorPushSwitchTests {
    @Test func theBannerNamesTheSwitchWhenItIsOn() {
        #expect(SimulatorRunner.pushShape(true).contains("--push-fields-on-get"))
        #expect(SimulatorRunner.pushShape(true).contains("not in the documented GET bodies"))
        #expect(SimulatorRunner.pushShape(false) == "as documented (id, filters, notification, production)")
        #expect(SimulatorRunner.Settings().pushFieldsOnGet == false && SimulatorRunner.Settings().pushes == 8)
    }
}
