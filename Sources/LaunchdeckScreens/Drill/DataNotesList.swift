#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import TerminalUI

extension ListModel {
    /// `:open notes`: each field of an answer that could not be read, where and why. The rest
    /// of each answer was shown; these fields were not.
    static func dataNotes(_ notes: [DataNote], now: Date) -> ListModel {
        ListModel(
            columns: [.init("SERVICE", width: .fixed(10)), .init("ENDPOINT", width: .fill(min: 12)),
                      .init("FIELD", width: .fill(min: 12)), .init("PROBLEM", width: .fill(min: 12)),
                      .init("TIMES", width: .fixed(6), alignRight: true), .init("LAST", width: .fixed(22))],
            rows: notes.map { note in
                [note.service, note.endpoint, note.field, note.problem, CountText.of(note.count),
                 ClockText.stamp(note.lastSeen, now: now)]
            },
            summary: notes.isEmpty
                ? "Every field of every answer so far was read."
                : "\(notes.count) field\(notes.count == 1 ? "" : "s") could not be read and \(notes.count == 1 ? "is" : "are") left out of the screens; the rest of each answer is shown")
    }
}
