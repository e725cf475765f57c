import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The right to poll for everyone who shares a store: an exclusive `flock` on `leader.lock`
/// beside the database. One holder per lock file (per host and credential set); the kernel
/// drops the lock when its holder's process ends, SIGKILL included, so a follower trying
/// again takes over without anyone cleaning up. Trying never blocks.
public final class LeaderLease: Sendable {
    /// The lock file.
    public let path: String
    /// The open descriptor while the lease is held (a lock belongs to its open file).
    private let held = Mutex<Int32?>(nil)

    /// The lease of the store in `directory` (its `leader.lock`).
    public init(directory: String) {
        path = directory + "/leader.lock"
    }

    /// The lease beside the database file `databasePath`.
    public convenience init(beside databasePath: String) {
        let directory = databasePath.lastIndex(of: "/").map { String(databasePath[..<$0]) } ?? "."
        self.init(directory: directory.isEmpty ? "/" : directory)
    }

    /// True while this process holds the lease through this object.
    public var isHeld: Bool { held.withLock { $0 != nil } }

    /// Takes the lease if nobody holds it; true when this object holds it afterwards.
    /// Throws when the lock file cannot be opened or created (permissions: see `RoomAccess`).
    @discardableResult
    public func tryAcquire() throws(StoreError) -> Bool {
        try held.withLock { fd throws(StoreError) -> Bool in
            if fd != nil { return true }
            // Group-writable when the umask allows it: a shared state directory's group leads too.
            let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o660)
            guard opened >= 0 else { throw StoreError(.readOnly, path: path) }
            guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
                close(opened)
                return false
            }
            fd = opened
            return true
        }
    }

    /// Whether some process (this one included) holds the lease now; never takes it.
    /// False also when the lock file does not exist yet (nobody has ever led here).
    public func isHeldByAnyone() -> Bool {
        if isHeld { return true }
        let probe = open(path, O_RDONLY | O_CLOEXEC)
        guard probe >= 0 else { return false }
        defer { close(probe) }
        guard flock(probe, LOCK_SH | LOCK_NB) == 0 else { return true }
        flock(probe, LOCK_UN)
        return false
    }

    /// Gives the lease up (a follower may take it at its next try).
    public func release() {
        held.withLock { fd in
            guard let open = fd else { return }
            flock(open, LOCK_UN)
            close(open)
            fd = nil
        }
    }

    deinit { release() }
}
