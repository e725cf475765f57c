@testable import LaunchdeckApp
import Testing

/// Quitting never waits on the network for long: shutdown work gets a time limit.
@Suite struct ShutdownTests {
    @Test func workThatHangsIsLeftBehindAfterTheLimit() async {
        // Without the limit this would take two minutes; with it, the timer ends the wait.
        let finished = await DashboardRunner.atMost(.milliseconds(100)) {
            try? await Task.sleep(for: .seconds(120))
        }
        #expect(!finished, "the limit, not the work, ended the wait")
    }

    @Test func quickWorkReturnsAsSoonAsItIsDone() async {
        let finished = await DashboardRunner.atMost(.seconds(120)) {}
        #expect(finished, "returns when the work is done, not at the limit")
    }
}
