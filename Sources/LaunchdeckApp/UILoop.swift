import CursesBackend
import Foundation

#if canImport(Glibc)
import Glibc
#endif
import LaunchdeckModel
import LaunchdeckScreens
import TerminalUI

/// The one thread that touches ncurses: wait for a key (or a short timeout), take the
/// newest snapshot from the mailbox, render into a buffer, and let the backend send only
/// the cells that changed.
@MainActor
enum UILoop {
    enum Outcome: Equatable {
        case quit
        case hangup
        case failed(String)
    }

    /// The longest the loop sleeps: ages on screen count in seconds. New snapshots, keys,
    /// resizes and signals wake it at once.
    static let tick: Int32 = 1000

    static func run(mailbox: Mailbox<Loadable<HitsSnapshot>>, demo: Bool, refresh: TimeInterval, theme: Theme,
                    forceASCII: Bool, environment: [String: String]) -> Outcome {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(theme: theme, forceASCII: forceASCII, environment: environment)
        } catch {
            return .failed(error.description)
        }
        var hits = Loadable<HitsSnapshot>()
        var lastFrame: Buffer?
        while true {
            if let newest = mailbox.take() { hits = newest }
            var buffer = Buffer(size: terminal.size, glyphs: terminal.glyphs)
            DashboardScreen(hits: hits).render(into: &buffer, context: PaneContext(now: Date(), demo: demo, refreshInterval: refresh))
            if buffer != lastFrame {
                terminal.draw(buffer)
                lastFrame = buffer
            }
            switch terminal.nextEvent(timeoutMilliseconds: tick) {
            case .key(.character("q")), .key(.character("Q")):
                terminal.close()
                return .quit
            case .signal(SIGTSTP):
                terminal.suspend()
                lastFrame = nil
            case .signal(let signal):
                terminal.exit(dueTo: signal)
            case .hangup:
                terminal.close()
                return .hangup
            case .resize:
                lastFrame = nil
            case .key, .wake, .timeout:
                break
            }
        }
    }
}
