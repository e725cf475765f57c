import Foundation
import LaunchdeckTesting
import Testing

/// The dashboard started with its signals blocked by the parent (a supervisor, a test runner,
/// a tmux server one of those spawned) still redraws on a resize and restores the terminal on
/// Ctrl-C: the UI thread unblocks the signals it handles. (With an async main the runtime's
/// parked main thread took them; the UI loop now runs on that thread itself.)
@Suite struct InheritedSignalMaskTests {
    @Test func blockedSignalsAreTakenAnyway() throws {
        let binary = try DashboardEndToEndTests().requireBinary()
        let tmux = try Tmux(width: 100, height: 30, environment: DashboardEndToEndTests.utf8)
        defer { tmux.close() }
        // perl is in every Debian (perl-base is essential): block SIGHUP, SIGINT, SIGTERM,
        // SIGTSTP and SIGWINCH (Linux's numbers), then exec the dashboard.
        let block = "use POSIX; sigprocmask(SIG_BLOCK, POSIX::SigSet->new(1, 2, 15, 20, 28)) or die; exec @ARGV or die"
        try tmux.typeLine("clear; perl -e '\(block)' '\(binary)' --demo; echo EXIT=$?")
        let (started, first) = tmux.waitForScreen(DashboardEndToEndTests.showsAFullFrame)
        #expect(started, "the dashboard did not start:\n\(first.joined(separator: "\n"))")

        try tmux.resize(width: 30, height: 6)
        let (small, tiny) = tmux.waitForScreen { $0.contains { $0.contains("too small") } }
        #expect(small, "a resize was not taken:\n\(tiny.joined(separator: "\n"))")
        try tmux.resize(width: 100, height: 30)
        #expect(tmux.waitForScreen(DashboardEndToEndTests.showsAFullFrame).0)

        // Killed by SIGINT (re-raised once the screen is restored), the shell drops the `echo`.
        try tmux.send("C-c")
        let (interrupted, after) = tmux.waitForScreen { screen in
            !screen.contains { $0.contains("launchdeck ›") } && screen.contains { $0.hasPrefix("e2e$") }
        }
        #expect(interrupted, "Ctrl-C did not restore the shell:\n\(after.joined(separator: "\n"))")
        #expect(try tmux.display("#{alternate_on}") == "0")
    }
}
