#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a `*_command` from the config through `/bin/sh -c`, reading its standard output
/// with a time limit.
///
/// posix_spawn rather than Foundation's `Process`, which waits on a socket the child
/// inherits and can hang when the command leaves a process behind. Standard input and
/// error go to /dev/null: what the command prints may be a secret and is never shown.
enum ShellCommand {
    enum Outcome: Equatable {
        case output(String)
        case exited(status: Int32)
        case killedBySignal(Int32)
        case timedOut
        case tooMuchOutput
        case couldNotStart(String)
    }

    /// Most a secret command may print; more is a mistake, not a key.
    static let outputLimit = 64 * 1024

    static func run(_ command: String, environment: [String: String], timeout: Duration) -> Outcome {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return .couldNotStart(String(cString: strerror(errno))) }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        // Another thread spawning now must not inherit the pipe (dup2 clears the flag for the child).
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        defer { close(readEnd) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)

        let arguments: [String] = ["/bin/sh", "-c", command]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        close(writeEnd)
        guard spawned == 0 else { return .couldNotStart(String(cString: strerror(spawned))) }

        let deadline = ContinuousClock.now.advanced(by: timeout)
        var output: [UInt8] = []
        var status: Int32 = 0
        var pipeOpen = true
        while true {
            if pipeOpen {
                pipeOpen = readChunk(readEnd, into: &output, waitMilliseconds: 20) != .closed
            } else {
                usleep(10_000)
            }
            if waitpid(pid, &status, WNOHANG) == pid {
                // Take what is already written; a process the command left behind may
                // keep the pipe open for ever.
                while pipeOpen, output.count <= outputLimit,
                      readChunk(readEnd, into: &output, waitMilliseconds: 0) == .data {}
                break
            }
            let failure: Outcome? = output.count > outputLimit ? .tooMuchOutput
                : ContinuousClock.now >= deadline ? .timedOut : nil
            if let failure {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                return failure
            }
        }
        if output.count > outputLimit { return .tooMuchOutput }
        if status & 0x7F != 0 { return .killedBySignal(status & 0x7F) }
        let code = (status >> 8) & 0xFF
        guard code == 0 else { return .exited(status: code) }
        return .output(String(decoding: output, as: UTF8.self))
    }

    private enum ReadResult { case data, idle, closed }

    /// Reads what is ready on `fd`, waiting up to `waitMilliseconds` for something.
    private static func readChunk(_ fd: Int32, into output: inout [UInt8], waitMilliseconds: Int32) -> ReadResult {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, waitMilliseconds) > 0 else { return .idle }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(fd, &buffer, buffer.count)
        if count > 0 {
            output.append(contentsOf: buffer[..<count])
            return .data
        }
        return count < 0 && errno == EINTR ? .idle : .closed
    }
}
