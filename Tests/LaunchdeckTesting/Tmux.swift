import Foundation

/// A private tmux server with one session, for end-to-end tests of the real program in a
/// real terminal: `send` types, `capture` reads the screen. Stops its server on `close`.
public final class Tmux: @unchecked Sendable {
    // @unchecked: immutable after init; every method only runs tmux processes.
    public let socket: String
    public let session = "e2e"

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// Starts `command` (default: a bare bash with prompt `e2e$ `) in a `width`x`height` window.
    public init(width: Int, height: Int, environment: [String: String] = [:], command: String? = nil) throws {
        socket = "launchdeck-e2e-\(UUID().uuidString.prefix(8))"
        var env = environment
        env["PS1"] = env["PS1"] ?? "e2e$ "
        let exports = env.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
        let shell = command ?? "bash --norc --noprofile"
        try run(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
                 "env \(exports) \(shell)"])
        // Only the window's own size counts, whatever clients attach.
        try run(["set-option", "-t", session, "window-size", "manual"])
    }

    public func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    /// Types a line of text and presses Enter.
    public func typeLine(_ line: String) throws {
        try run(["send-keys", "-t", session, "-l", line])
        try run(["send-keys", "-t", session, "Enter"])
    }

    /// The visible screen as lines.
    public func capture() throws -> [String] {
        var lines = try run(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }  // the newline after the last row
        return lines
    }

    /// The visible screen with its colour and attribute escape sequences (capture-pane -e).
    public func captureWithEscapes() throws -> String {
        try run(["capture-pane", "-e", "-p", "-t", session])
    }

    /// A tmux format value of the pane, e.g. `#{cursor_flag}` or `#{alternate_on}`.
    public func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// Waits until the screen satisfies `condition`; returns the last screen either way.
    public func waitForScreen(timeout: TimeInterval = 20, _ condition: ([String]) -> Bool) -> (Bool, [String]) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        while Date() < deadline {
            screen = (try? capture()) ?? []
            if condition(screen) { return (true, screen) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return (false, screen)
    }

    /// Ends the session (its pane's terminal closes, as when an ssh link drops) and the
    /// server. kill-server alone was seen to leave tmux 3.3a's server running.
    public func close() {
        _ = try? run(["kill-session", "-t", session])
        _ = try? run(["kill-server"])
    }

    /// Runs any tmux command against this server (for what the helpers above do not cover).
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        // The test runner may set NO_COLOR for its own output; a test sets it explicitly.
        environment.removeValue(forKey: "NO_COLOR")
        let result: Spawn.Result
        do {
            result = try Spawn.run(["tmux", "-L", socket] + arguments, environment: environment)
        } catch {
            throw Failure(description: "tmux could not start (\(error)); install it: apt-get install -y tmux")
        }
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.first ?? "") failed (\(result.status)): \(result.errors)")
        }
        return result.output
    }

    static func quote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
