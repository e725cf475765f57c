#if canImport(Glibc)
import Glibc
#endif

/// Permissions of a shared store, checked before use and explained with the exact commands
/// that fix them. Everyone in the room writes the store's directory: SQLite's write-ahead log
/// needs its `-shm` file writable even to read, and the leader's lock file lives there too.
enum RoomAccess {
    /// What stands between this user and the store `database` (which may not exist yet).
    static func problems(database: String) -> [String] {
        let dir = database.lastIndex(of: "/").map { String(database[..<$0]) } ?? "."
        var lines: [String] = []
        if RoomPlace.exists(dir) {
            if access(dir, R_OK | W_OK | X_OK) != 0 {
                lines.append("\(dir) is not writable for you (the store's log and lock live there); its owner can run:")
                lines += fixes(for: dir, mode: "2770")
            }
        } else if let parent = dir.lastIndex(of: "/").map({ String(dir[..<$0]) }), !parent.isEmpty,
                  RoomPlace.exists(parent), access(parent, W_OK | X_OK) != 0 {
            lines.append("\(parent) is not writable for you, so \(dir) cannot be made; its owner can run:")
            lines += fixes(for: parent, mode: "2770")
        }
        for file in [database, database + "-wal", database + "-shm", dir + "/leader.lock"] where RoomPlace.exists(file) {
            if access(file, R_OK | W_OK) != 0 {
                lines.append("\(file) is not readable and writable for you; its owner can run:")
                lines += fixes(for: file, mode: "660")
            }
        }
        return lines
    }

    /// `chgrp`/`chmod` for `path`, with the group it or its directory has (its members share
    /// it); never root's group, which no watcher should join: `launchdeck` then, as the unit file makes.
    static func fixes(for path: String, mode: String) -> [String] {
        func group(of path: String) -> gid_t? {
            var info = stat()
            return stat(path, &info) == 0 && info.st_gid != 0 ? info.st_gid : nil
        }
        let parent = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let group = (group(of: path) ?? group(of: parent)).map(groupName) ?? "launchdeck"
        return ["  chgrp \(group) \(path) && chmod \(mode) \(path)",
                "  and add each watcher to the group: sudo usermod -aG \(group) USER (then log in again)"]
    }

    static func groupName(_ gid: gid_t) -> String {
        guard let entry = getgrgid(gid), let name = entry.pointee.gr_name else { return String(gid) }
        return String(cString: name)
    }

    /// A store in a group-shared state directory (the directory above the credential set's
    /// is group-writable) is shared with that group: the credential set's directory, the
    /// database, its log and the lock file are made group-writable too (SQLite makes its
    /// files 0644 and the store its directory 0700). Only their owner can, and does.
    static func shareWithGroup(database: String) {
        let dir = database.lastIndex(of: "/").map { String(database[..<$0]) } ?? "."
        guard let parent = dir.lastIndex(of: "/").map({ String(dir[..<$0]) }), !parent.isEmpty else { return }
        var info = stat()
        guard stat(parent, &info) == 0, info.st_mode & 0o020 != 0 else { return }
        let me = getuid()
        func share(_ path: String, _ mode: mode_t) {
            var own = stat()
            guard stat(path, &own) == 0, own.st_uid == me else { return }
            chmod(path, mode)
        }
        share(dir, 0o2770)
        for file in [database, database + "-wal", database + "-shm", dir + "/leader.lock"] { share(file, 0o660) }
    }
}
