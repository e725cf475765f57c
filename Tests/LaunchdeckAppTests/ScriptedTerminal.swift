import Dispatch
import Foundation
import TerminalUI

/// A terminal that plays a script: events (keys, resizes, signals) in order, and waits
/// until the screen shows something before going on. It keeps every frame drawn and
/// counts bells, notifications, themes, suspends and closes. When the script is done it
/// hangs up, which ends the loop.
///
/// A wait sleeps until the hub wakes the loop (new data) or the loop's own timeout ends
/// (an age or a flash changes), then lets the loop draw again: waits are on events. One
/// that never comes ends the run after `patience`, noted in `failures` with the screen.
final class ScriptedTerminal: InteractiveBackend {
    enum Step {
        case event(TerminalEvent)
        /// Waits until `condition` holds for the screen's lines (trailing spaces removed).
        case until(String, ([String]) -> Bool)
        /// Waits until `condition` holds, whatever the screen shows.
        case when(String, () -> Bool)
    }

    /// Wakes `nextEvent` from any thread, as `CursesTerminal.wake()` does.
    final class Waker: Sendable {
        private let semaphore = DispatchSemaphore(value: 0)
        func wake() { semaphore.signal() }
        func wait(milliseconds: Int) -> Bool { semaphore.wait(timeout: .now() + .milliseconds(milliseconds)) == .success }
    }

    let waker = Waker()
    let glyphs: Glyphs
    private var screen: TestBackend
    private var steps: [Step]
    private var waitingSince: Date?
    private let patience: TimeInterval

    /// Every frame drawn, as lines.
    private(set) var frames: [[String]] = []
    /// The screen each wait saw when it was met, by the wait's name.
    private(set) var seen: [String: [String]] = [:]
    private(set) var failures: [String] = []
    private(set) var bells = 0
    private(set) var notifications: [(text: String, title: String, style: DesktopNotification)] = []
    private(set) var themes: [String] = []
    /// How many frames had been drawn at each suspend.
    private(set) var suspends: [Int] = []
    private(set) var closed = false

    init(size: Size, glyphs: Glyphs = .unicode, patience: TimeInterval = 60, _ steps: [Step]) {
        screen = TestBackend(size: size, glyphs: glyphs)
        self.glyphs = glyphs
        self.steps = steps
        self.patience = patience
    }

    /// Plays `steps` after what is left of the script.
    func play(_ steps: [Step]) { self.steps += steps }

    var size: Size { screen.size }
    /// The screen now, as lines.
    var lines: [String] { screen.lines }

    func draw(_ buffer: Buffer) {
        screen.draw(buffer)
        frames.append(screen.lines)
    }

    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent {
        while let step = steps.first {
            let met: Bool
            let what: String
            switch step {
            case .event(let event):
                steps.removeFirst()
                if case .resize(let size) = event { screen.size = size }
                return event
            case .until(let name, let condition):
                (what, met) = (name, condition(lines))
            case .when(let name, let condition):
                (what, met) = (name, condition())
            }
            if met {
                steps.removeFirst()
                seen[what] = lines
                waitingSince = nil
                continue
            }
            let since = waitingSince ?? Date()
            waitingSince = since
            let left = patience - Date().timeIntervalSince(since)
            guard left > 0 else {
                failures.append("never: \(what)\n" + lines.joined(separator: "\n"))
                steps.removeAll()
                break
            }
            let milliseconds = min(Int(timeoutMilliseconds), Int(left * 1000) + 1)
            return waker.wait(milliseconds: max(1, milliseconds)) ? .wake : .timeout
        }
        return .hangup
    }

    func setTheme(_ theme: Theme) { themes.append(theme.name) }
    func bell() { bells += 1 }
    func notify(_ text: String, title: String, style: DesktopNotification) { notifications.append((text, title, style)) }
    func suspend() { suspends.append(frames.count) }
    func close() { closed = true }
}
