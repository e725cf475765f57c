import Foundation
import LaunchdeckClient
import LaunchdeckTesting
import Synchronization
import Testing

/// Bugs the fault soak found, each pinned down without the soak; both fixed (RateBudget.observe
/// starts the server's next window; CursesTerminal.draw ignores ncurses' ERR for the last cell).
@Suite struct SoakFindingsTests {
    /// After a fault, the Crashes pane stayed on "429 from Apteligent: rate limit reached (the
    /// server's budget is used; next in 46 s)" while the server had 18 of 20 calls left.
    ///
    /// RateBudget.observe keeps `min(what it counted, what the server says)` while its own
    /// copy of the server's window has not ended. It ends up to a second after the server's
    /// (Rate-Limit-Reset is rounded up to whole seconds, then counted from when the reply
    /// arrived). A poll every 15 s comes round to the minute exactly then: the first reply of
    /// the server's new window (19 left) is mixed with the old window's last few, and the
    /// window is stretched a minute. The old count lives on, and the next poll is refused.
    @Test func anApteligentBudgetWindowDoesNotCarryTheLastWindowsCountIntoTheNext() async throws {
        let now = Mutex(Duration.zero)
        let budget = RateBudget(limit: 20, window: .seconds(60), now: { now.withLock { $0 } })
        func at(_ seconds: Double) { now.withLock { $0 = .milliseconds(Int(seconds * 1000)) } }
        // The server's window opens with the first call at 0; a poll of 4 calls every 15 s, each
        // reply 0.2 s later telling what is left and the reset, rounded up.
        for poll in 0..<4 {
            at(Double(poll) * 15)
            for _ in 0..<4 { try await budget.acquire(service: .apteligent) }
            at(Double(poll) * 15 + 0.2)
            // Rate-Limit-Remaining is a rate: the calls left spread over the time to the reset.
            await budget.observe(limit: 20, averagePerMinute: (16 - 4 * poll) * 60 / (60 - 15 * poll),
                                 resetIn: .seconds(60 - 15 * poll))
        }
        // The server's window ended at 60.0; the poll at 60.1 opens a new one: 16 left after it.
        at(60.1)
        for left in (16..<20).reversed() {
            try await budget.acquire(service: .apteligent)
            await budget.observe(limit: 20, averagePerMinute: left, resetIn: .seconds(60))
        }
        // 15 s later the server still has 16 calls for us, and launchdeck's own window holds 12.
        at(75.1)
        await #expect(throws: Never.self) { try await budget.acquire(service: .apteligent) }
    }

    /// Every capture of the soak ended its last row with "\u{FFFD}": CursesTerminal.draw
    /// takes the ERR that ncurses returns for the bottom-right cell (the cursor cannot move on
    /// past it) as a failed write, and writes the placeholder over what was drawn there.
    @Test func theBottomRightCellShowsWhatWasDrawnNotThePlaceholder() throws {
        let binary = PackagePaths.binary.path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw Tmux.Failure(description: "\(binary) is missing: run `swift build` first (scripts/test.sh does)")
        }
        let tmux = try Tmux(width: 100, height: 30, environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        defer { tmux.close() }
        try tmux.typeLine("clear; '\(binary)' --demo; echo EXIT=$?")
        let (shown, screen) = tmux.waitForScreen { screen in
            screen.contains { $0.hasPrefix("│ /pricing ") } && screen.last?.hasPrefix(" ? help") == true
        }
        #expect(shown, "\(screen.joined(separator: "\n"))")
        #expect(screen.last?.hasSuffix("\u{FFFD}") == false, "\(screen.last ?? "")")
        try tmux.send("q")
        #expect(tmux.waitForScreen { $0.contains("EXIT=0") }.0)
    }
}
