import Testing
@testable import LaunchdeckConfig

/// `*_command` runs through /bin/sh -c: output, exit status, signals, limits.
@Suite struct ShellCommandTests {
    let environment = ["PATH": "/usr/bin:/bin"]

    @Test func returnsStandardOutputOnly() {
        #expect(ShellCommand.run("echo out; echo err >&2", environment: environment, timeout: .seconds(5)) == .output("out\n"))
    }

    @Test func readsOutputLargerThanOnePipeBuffer() {
        let outcome = ShellCommand.run("head -c 60000 /dev/zero | tr '\\0' x", environment: environment, timeout: .seconds(5))
        #expect(outcome == .output(String(repeating: "x", count: 60000)))
    }

    @Test func reportsExitStatusAndSignal() {
        #expect(ShellCommand.run("exit 7", environment: environment, timeout: .seconds(5)) == .exited(status: 7))
        #expect(ShellCommand.run("kill -9 $$", environment: environment, timeout: .seconds(5)) == .killedBySignal(9))
    }

    @Test func stopsAtTheOutputLimit() {
        #expect(ShellCommand.run("yes", environment: environment, timeout: .seconds(5)) == .tooMuchOutput)
    }

    @Test func killsACommandPastItsTime() {
        let start = ContinuousClock.now
        #expect(ShellCommand.run("sleep 10", environment: environment, timeout: .milliseconds(200)) == .timedOut)
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func readsNothingFromStandardInput() {
        #expect(ShellCommand.run("cat; echo done", environment: environment, timeout: .seconds(5)) == .output("done\n"))
    }
}
