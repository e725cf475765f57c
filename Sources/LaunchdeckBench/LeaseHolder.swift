import Foundation
import LaunchdeckStore

/// `launchdeck-bench lease-holder DIR`: waits for DIR's war-room lease (trying every 50 ms),
/// prints `held` once it has it, then keeps it until killed. Tests kill it with SIGKILL and
/// watch another process take the lease over.
enum LeaseHolder {
    static func run(_ arguments: [String]) -> Int32 {
        guard let directory = arguments.first else {
            print("usage: launchdeck-bench lease-holder DIR")
            return 2
        }
        let lease = LeaderLease(directory: directory)
        while true {
            do {
                if try lease.tryAcquire() { break }
            } catch {
                FileHandle.standardOutput.write(Data((error.description + "\n").utf8))
                return 1
            }
            usleep(50_000)
        }
        FileHandle.standardOutput.write(Data("held \(getpid())\n".utf8))
        while true { sleep(60) }
    }
}
