import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program left running while a test goes on (the simulator in its own process), started
/// with posix_spawn like `Spawn` (Foundation's `Process` hangs once tmux runs). Its output
/// goes to a file; `stop` ends it with SIGTERM (SIGKILL after a grace period) and reaps it.
public final class BackgroundProcess: @unchecked Sendable {
    // @unchecked: `pid` and `outputPath` never change; `stop` is idempotent (waitpid reaps once).
    public let pid: pid_t
    public let outputPath: String

    public init(_ arguments: [String], environment: [String: String], outputPath: String) throws {
        self.outputPath = outputPath
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawnp(&child, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw Tmux.Failure(description: "\(arguments[0]) could not start: \(String(cString: strerror(spawned)))")
        }
        pid = child
    }

    /// What the program has written so far (stdout and stderr).
    public var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    /// True while the process runs (not ended, not a zombie).
    public var isRunning: Bool { ProcessProbe.isRunning(pid) }

    /// Ends the process and reaps it; returns its exit status (128 + signal when killed).
    @discardableResult
    public func stop(grace: TimeInterval = 5) -> Int32 {
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0, errno != EINTR { return -1 }  // already reaped
            if Date() > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

/// What /proc says about a process.
public enum ProcessProbe {
    /// Running: /proc/PID exists and the process is not a zombie.
    public static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        return !(stat.split(separator: ")").last?.hasPrefix(" Z") ?? false)
    }

    /// Resident memory in KiB (VmRSS in /proc/PID/status), nil once the process is gone.
    public static func residentKiB(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first
    }

    /// The only child of `parent` (the program a tmux pane's shell runs), if there is one.
    public static func child(of parent: String) -> pid_t? {
        let found = try? Spawn.run(["pgrep", "-P", parent], environment: ProcessInfo.processInfo.environment)
        let pids = (found?.output ?? "").split(separator: "\n").compactMap { pid_t($0) }
        return pids.count == 1 ? pids[0] : nil
    }
}
