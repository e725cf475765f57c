#if canImport(FoundationEssentials)
import FoundationEssentials
#else
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#endif

/// A named time zone's offsets from UTC, read from the system's tz database (the TZif files
/// in /usr/share/zoneinfo, or $TZDIR): `Europe/Berlin` is UTC+1 in winter and UTC+2 in summer.
/// Foundation's `TimeZone(identifier:)` needs ICU for every name but "GMT"; FoundationEssentials
/// alone, which the dashboard is built on (BENCHMARKS.md, "Session 7"), answers nil.
public struct ZoneRules: Sendable, Equatable {
    /// The name as given (`Europe/Berlin`).
    public let identifier: String
    /// Seconds since 1970 at which the offset changes, ascending, and the offset from then on.
    let transitions: [Int64]
    let offsets: [Int]
    /// The offset before the first transition.
    let initialOffset: Int
    /// After the last transition: the rule of the file's footer (`CET-1CEST,M3.5.0,M10.5.0/3`),
    /// or nil when the last offset holds.
    let rule: PosixZoneRule?

    init(identifier: String, transitions: [Int64], offsets: [Int], initialOffset: Int, rule: PosixZoneRule?) {
        (self.identifier, self.transitions, self.offsets) = (identifier, transitions, offsets)
        (self.initialOffset, self.rule) = (initialOffset, rule)
    }

    /// The zone of that name in the tz database, or nil when there is none (or the name could
    /// leave the database's directory).
    public init?(identifier: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard Self.isZoneName(identifier) else { return nil }
        let directory = environment["TZDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/zoneinfo"
        guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: directory + "/" + identifier)) else { return nil }
        self.init(identifier: identifier, tzif: [UInt8](bytes))
    }

    /// The zone a TZif file (RFC 8536) describes, or nil when the bytes are not one.
    public init?(identifier: String, tzif: [UInt8]) {
        guard let parsed = TZif.parse(tzif) else { return nil }
        self.init(identifier: identifier, transitions: parsed.transitions, offsets: parsed.offsets,
                  initialOffset: parsed.initialOffset, rule: parsed.footer.flatMap(PosixZoneRule.init))
    }

    /// Seconds east of UTC at that moment (3600 for Berlin in winter).
    public func secondsFromGMT(for date: Date) -> Int {
        let t = date.timeIntervalSince1970
        let seconds = t.isNaN ? 0 : Int64(min(max(t, -1e15), 1e15).rounded(.down))
        guard let first = transitions.first, seconds >= first else {
            return transitions.isEmpty ? rule?.offset(at: seconds) ?? initialOffset : initialOffset
        }
        if let rule, seconds >= transitions[transitions.count - 1] { return rule.offset(at: seconds) }
        var (low, high) = (0, transitions.count - 1)  // the last transition at or before `seconds`
        while low < high {
            let mid = (low + high + 1) / 2
            if transitions[mid] <= seconds { low = mid } else { high = mid - 1 }
        }
        return offsets[low]
    }

    /// A relative path of the database's names: `Area/City`, `UTC`, `Etc/GMT+1`; no `..`.
    static func isZoneName(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return !name.isEmpty && name.utf8.count <= 64 && parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".."
                && part.utf8.allSatisfy { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
                    || $0 == UInt8(ascii: ".") || (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) }
        }
    }
}
