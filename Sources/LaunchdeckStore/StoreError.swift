/// Why the history is unavailable, worded for the user with what to do next.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Another process holds a write lock for longer than the busy timeout.
        case locked
        /// The disk (or the file system's quota) is full.
        case full
        /// The file or its directory cannot be written.
        case readOnly
        /// The file is not a launchdeck history database, or is damaged.
        case corrupt
        /// Anything else SQLite refused.
        case other(String)
    }

    public var kind: Kind
    /// The database file the error is about.
    public var path: String

    public init(_ kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    /// One line for the flash line, without the path (the full `description`, with the path
    /// and what to do, goes to standard error when launchdeck quits).
    public var summary: String {
        switch kind {
        case .locked: "history is off: its database stays locked by another process"
        case .full: "history is off: the disk holding its database is full"
        case .readOnly: "history is off: its database cannot be written"
        case .corrupt: "history is off: its database is damaged; move it aside and restart"
        case .other(let message): "history is off: \(message)"
        }
    }

    public var description: String {
        switch kind {
        case .locked:
            "history is off: \(path) stays locked by another process; close the other launchdeck or wait, then restart"
        case .full:
            "history is off: the disk holding \(path) is full; free space (or lower [history] max_size), then restart"
        case .readOnly:
            "history is off: \(path) cannot be written; check its permissions (chmod u+w) or set [history] dir"
        case .corrupt:
            "history is off: \(path) is damaged or not a launchdeck database; move it aside (mv it to a backup) and restart"
        case .other(let message):
            "history is off: \(path): \(message)"
        }
    }
}
