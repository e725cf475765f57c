@testable import LaunchdeckApp
import Testing

/// Quitting never waits on the network for long: shutdown work gets a time limit.
@Suite struct ShutdownTests {
    @Test func workThatHangsIsLeftBehindAfterTheLimit() async {
        let clock = ContinuousClock()
        let start = clock.now
        await DashboardRunner.atMost(.milliseconds(100)) {
            try? await Task.sleep(for: .seconds(60))
        }
        #expect(clock.now - start < .seconds(2))
    }

    @Test func quickWorkReturnsAsSoonAsItIsDone() async {
        let clock = ContinuousClock()
        let start = clock.now
        await DashboardRunner.atMost(.seconds(30)) {}
        #expect(clock.now - start < .seconds(2))
    }
}
