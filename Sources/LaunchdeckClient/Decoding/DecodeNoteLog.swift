#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    private let lock = Mutex(())
    private var entries: [Entry] = []
    private var changes = 0
    private var logFile: String?

    public init() {}

    /// Appends each new note to `path` from now on (nil: no file).
    public func logTo(_ path: String?) { lock.withLock { _ in logFile = path } }

    public func record(_ notes: [DecodeNote], service: Service, endpoint: String, at now: Date = Date()) {
        guard !notes.isEmpty else { return }
        lock.withLock { _ in
            var fresh: [String] = []
            for note in notes {
                if let i = entries.firstIndex(where: { $0.service == service && $0.endpoint == endpoint && $0.note == note }) {
                    entries[i].count += 1
                    entries[i].lastSeen = now
                } else {
                    entries.append(Entry(service: service, endpoint: endpoint, note: note, count: 1, firstSeen: now, lastSeen: now))
                    if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
                    fresh.append("\(Timestamp.format(now)) \(service.rawValue) \(Self.escaped(endpoint)) \(Self.escaped(note.description))")
                }
            }
            changes += 1
            // Under the lock, so lines from two decodes never interleave.
            if !fresh.isEmpty, let logFile { Self.append(fresh, to: logFile) }
        }
    }

    /// A key or path from an API as safe text for a log: control, bidi and other invisible
    /// characters written as `\u{…}`, so a crafted key cannot drive the terminal that reads the log.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let unsafe = v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
            out += unsafe ? "\\u{" + String(v, radix: 16) + "}" : String(scalar)
        }
        return out
    }

    /// Every note kept, the most recently seen first.
    public var all: [Entry] { lock.withLock { _ in entries.sorted { $0.lastSeen > $1.lastSeen } } }

    /// Counts every `record` that had notes: a reader compares it to redraw only on a change.
    public var version: Int { lock.withLock { _ in changes } }

    public func removeAll() { lock.withLock { _ in entries = []; changes += 1 } }

    /// Appends with O_APPEND (each write lands at the end, even with another launchdeck
    /// writing the same file); a new file is made readable by its owner only.
    private static func append(_ lines: [String], to path: String) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        POSIXWrite.all(lines.map { $0 + "\n" }.joined(), to: fd)
    }
}
