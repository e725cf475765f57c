#if canImport(Glibc)
import Glibc
#endif

/// Which store a `--follow DIR` viewer watches: `DIR/history.sqlite` when DIR is one
/// credential set's directory, else the one `DIR/*/history.sqlite` in a shared state
/// directory (several: the viewer must name one; they hold no key to tell them apart).
enum RoomPlace {
    static let database = "history.sqlite"

    static func followed(_ directory: String) -> Result<String, RoomProblem> {
        let dir = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard isDirectory(dir) else {
            return .failure(RoomProblem(["\(dir) is not a directory (--follow takes the shared state directory)"]))
        }
        if exists(dir + "/" + database) { return .success(dir + "/" + database) }
        let subdirectories = subdirectories(dir).sorted()
        let found = subdirectories.filter { exists(dir + "/" + $0 + "/" + database) }
        // A credential set's directory this user cannot enter hides its store: say so, not "nobody recorded".
        let closed = subdirectories.filter { access(dir + "/" + $0, R_OK | X_OK) != 0 }
        switch found.count {
        case 1: return .success(dir + "/" + found[0] + "/" + database)
        case 0 where !closed.isEmpty:
            return .failure(RoomProblem(closed.flatMap { name in
                ["\(dir)/\(name) cannot be read by you (the store is in it); its owner can run:"]
                    + RoomAccess.fixes(for: dir + "/" + name, mode: "2770")
            }))
        case 0:
            return .failure(RoomProblem([
                "nobody has recorded in \(dir) yet: start the recorder there with",
                "  launchdeck record --state-dir \(dir)",
            ]))
        default:
            return .failure(RoomProblem(["\(dir) holds several credential sets; follow one of them:"]
                                        + found.map { "  launchdeck --follow \(dir)/\($0)" }))
        }
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func subdirectories(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != "..", isDirectory(path + "/" + name) { names.append(name) }
        }
        return names
    }
}

/// Why a room cannot be joined, a line each, with what to type.
struct RoomProblem: Error, Sendable, Equatable {
    var lines: [String]
    init(_ lines: [String]) { self.lines = lines }
}
