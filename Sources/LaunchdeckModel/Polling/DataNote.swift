#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckClient

/// A field of an API's answer that launchdeck could not read, as the notes screen lists it:
/// the rest of that answer was shown; this field was not.
public struct DataNote: Sendable, Equatable {
    public var service: String
    public var endpoint: String
    public var field: String
    public var problem: String
    public var count: Int
    public var lastSeen: Date

    public init(service: String, endpoint: String, field: String, problem: String, count: Int, lastSeen: Date) {
        self.service = service
        self.endpoint = endpoint
        self.field = field
        self.problem = problem
        self.count = count
        self.lastSeen = lastSeen
    }

    /// What `log` holds now, the most recently seen first.
    public static func current(_ log: DecodeNoteLog = .shared) -> [DataNote] {
        log.all.map {
            DataNote(service: $0.service.displayName, endpoint: $0.endpoint, field: $0.note.path,
                     problem: $0.note.problem, count: $0.count, lastSeen: $0.lastSeen)
        }
    }
}
