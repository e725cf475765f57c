import Foundation
import LaunchdeckStore
import LaunchdeckTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The war room's election: one holder of `leader.lock` at a time, and the kernel's drop of a
/// killed holder's lock is the takeover (no stale lock to clean up).
@Suite(.serialized) struct LeaderLeaseTests {
    static var holder: String { StoreCrashAndConcurrencyTests.writer }

    @Test func oneHolderAtATimeInOneProcess() throws {
        let temp = TemporaryStore()
        try FileManager.default.createDirectory(atPath: temp.directory, withIntermediateDirectories: true)
        let first = LeaderLease(beside: temp.path)
        let second = LeaderLease(directory: temp.directory)
        #expect(first.path == second.path)
        #expect(!second.isHeldByAnyone(), "nobody has led here yet")
        #expect(try first.tryAcquire())
        #expect(try first.tryAcquire(), "trying again while holding keeps it")
        #expect(try !second.tryAcquire(), "a second open of the lock file is refused")
        #expect(second.isHeldByAnyone())
        first.release()
        #expect(!first.isHeld)
        #expect(try second.tryAcquire(), "released: the next try takes it")
        #expect(try !first.tryAcquire())
    }

    @Test func aMissingDirectoryIsAnErrorNotAFollower() {
        let lease = LeaderLease(directory: "/nonexistent-launchdeck-\(UUID().uuidString)")
        #expect(throws: StoreError.self) { try lease.tryAcquire() }
    }

    @Test func aHolderKilledWithSIGKILLIsReplaced() async throws {
        let temp = TemporaryStore()
        try FileManager.default.createDirectory(atPath: temp.directory, withIntermediateDirectories: true)
        let process = try BackgroundProcess([Self.holder, "lease-holder", temp.directory], environment: [:],
                                            outputPath: temp.directory + "/holder.out")
        defer { process.stop() }
        #expect(await eventually { process.output.contains("held") }, "the other process took the lease: \(process.output)")
        let mine = LeaderLease(directory: temp.directory)
        #expect(try !mine.tryAcquire(), "held by the other process")
        #expect(mine.isHeldByAnyone())

        kill(process.pid, SIGKILL)
        #expect(process.stop() == 128 + SIGKILL)
        #expect(try mine.tryAcquire(), "the kernel dropped the killed holder's lock")
    }

    @Test func aWaitingProcessTakesOverWhenTheHolderLetsGo() async throws {
        let temp = TemporaryStore()
        try FileManager.default.createDirectory(atPath: temp.directory, withIntermediateDirectories: true)
        let mine = LeaderLease(directory: temp.directory)
        #expect(try mine.tryAcquire())
        let process = try BackgroundProcess([Self.holder, "lease-holder", temp.directory], environment: [:],
                                            outputPath: temp.directory + "/holder.out")
        defer { process.stop() }
        #expect(await eventually { process.isRunning })
        #expect(!process.output.contains("held"), "it waits while this process holds the lease")
        mine.release()
        #expect(await eventually { process.output.contains("held") }, "it took over: \(process.output)")
        #expect(try !mine.tryAcquire())
        kill(process.pid, SIGKILL)  // the runner's blocked SIGTERM is inherited: no grace period to wait out
    }
}
