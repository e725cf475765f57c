@testable import LaunchdeckApp
import Testing

/// Quitting never waits on the network for long: shutdown work gets a time limit.
@Suite struct ShutdownTests {
    @Test func workThatHangsIsLeftBehindAfterTheLimit() async {
        let clock = ContinuousClock()
        let start = clock.now
        await DashboardRunner.atMost(.milliseconds(100)) {
            try? await Task.sleep(for: .seconds(120))
        }
        // Generous: the test runner's other suites can starve the two threads here for seconds;
        // without the limit this would take two minutes.
        #expect(clock.now - start < .seconds(60))
    }

    @Test func quickWorkReturnsAsSoonAsItIsDone() async {
        let clock = ContinuousClock()
        let start = clock.now
        await DashboardRunner.atMost(.seconds(120)) {}
        #expect(clock.now - start < .seconds(60), "returns when the work is done, not at the limit")
    }
}
