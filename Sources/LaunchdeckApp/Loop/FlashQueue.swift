#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TerminalUI

/// The flash line: what it says now and until when, and the messages waiting their turn
/// (config warnings at start, alerts). Each message shows for `seconds`.
struct FlashQueue {
    static let seconds: TimeInterval = 4

    private var current: FlashMessage<Date>?
    private var waiting: [(text: String, isError: Bool)]
    private let clock: () -> Date

    init(waiting: [(text: String, isError: Bool)] = [], clock: @escaping () -> Date) {
        self.waiting = waiting
        self.clock = clock
    }

    /// What the flash line shows now, if anything.
    var shown: FlashMessage<Date>? { current }

    /// Shows `text` at once, in place of what the line said.
    mutating func say(_ text: String, isError: Bool = false) {
        current = FlashMessage(text, isError: isError, expires: clock().addingTimeInterval(Self.seconds))
    }

    /// Queues `text` behind what the line says now.
    mutating func enqueue(_ text: String, isError: Bool) {
        waiting.append((text, isError))
    }

    /// Ends a flash whose time is up and shows the next one waiting.
    mutating func advance(to now: Date) {
        if let flash = current, flash.isExpired(at: now) { current = nil }
        if current == nil, !waiting.isEmpty {
            let next = waiting.removeFirst()
            say(next.text, isError: next.isError)
        }
    }

    /// Seconds until the line must change (nil: it need not).
    func secondsToNextChange(now: Date) -> TimeInterval? {
        if let current { return max(0.01, current.expires.timeIntervalSince(now)) }
        return waiting.isEmpty ? nil : 0.01
    }
}
