import Foundation
import LaunchdeckAPI

/// What launchdeck could not read in the bodies it did read: each distinct field once, with
/// how often and when it was last seen. The dashboard's notes screen lists it, and with
/// `LAUNCHDECK_DEBUG_LOG=FILE` each new one is appended to that file as a line.
///
/// One per process (`shared`), like a logger: every service's decoding reports to it.
public final class DecodeNoteLog: @unchecked Sendable {
    public struct Entry: Sendable, Hashable {
        public var service: Service
        /// The request's path (never its query, which may hold a key).
        public var endpoint: String
        public var note: DecodeNote
        public var count: Int
        public var firstSeen: Date
        public var lastSeen: Date
    }

    public static let shared = DecodeNoteLog()
    /// The most distinct notes kept; the oldest go first.
    public static let capacity = 200

    private let lock = NSLock()
    private var entries: [Entry] = []
    private var changes = 0
    private var logFile: String?

    public init() {}

    /// Appends each new note to `path` from now on (nil: no file).
    public func logTo(_ path: String?) { lock.withLock { logFile = path } }

    public func record(_ notes: [DecodeNote], service: Service, endpoint: String, at now: Date = Date()) {
        guard !notes.isEmpty else { return }
        var fresh: [String] = []
        lock.withLock {
            for note in notes {
                if let i = entries.firstIndex(where: { $0.service == service && $0.endpoint == endpoint && $0.note == note }) {
                    entries[i].count += 1
                    entries[i].lastSeen = now
                } else {
                    entries.append(Entry(service: service, endpoint: endpoint, note: note, count: 1, firstSeen: now, lastSeen: now))
                    if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
                    fresh.append("\(Timestamp.format(now)) \(service.rawValue) \(endpoint) \(note)")
                }
            }
            changes += 1
        }
        if !fresh.isEmpty { append(fresh) }
    }

    /// Every note kept, the most recently seen first.
    public var all: [Entry] { lock.withLock { entries.sorted { $0.lastSeen > $1.lastSeen } } }

    /// Counts every `record` that had notes: a reader compares it to redraw only on a change.
    public var version: Int { lock.withLock { changes } }

    public func removeAll() { lock.withLock { entries = []; changes += 1 } }

    private func append(_ lines: [String]) {
        guard let path = lock.withLock({ logFile }),
              let handle = FileHandle(forWritingAtPath: path) ?? createFile(path) else { return }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    private func createFile(_ path: String) -> FileHandle? {
        _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        return FileHandle(forWritingAtPath: path)
    }
}
