/// What draws a finished `Buffer` somewhere: the ncurses screen, a test, a file.
public protocol Backend {
    /// The size the next frame should have.
    var size: Size { get }
    /// Shows `buffer`, touching only what changed since the last frame.
    mutating func draw(_ buffer: Buffer)
}

/// A backend that keeps the last frame in memory, for tests and headless screenshots.
public struct TestBackend: Backend {
    public var size: Size
    public private(set) var frame: Buffer
    /// How many cells each draw changed, in order.
    public private(set) var changedCounts: [Int] = []

    public init(size: Size, glyphs: Glyphs = .unicode) {
        self.size = size
        self.frame = Buffer(size: size, glyphs: glyphs)
    }

    public mutating func draw(_ buffer: Buffer) {
        changedCounts.append(buffer.changedIndices(since: frame).count)
        frame = buffer
    }

    /// The frame as text lines with trailing spaces removed, for literal assertions.
    public var lines: [String] {
        frame.lines.map { line in
            var l = line
            while l.last == " " { l.removeLast() }
            return l
        }
    }
}

/// What an interactive program's loop needs from a terminal beyond drawing: input, the glyphs
/// it can show, the theme, the bell, desktop notifications, and giving the terminal back.
/// The ncurses terminal is one; a scripted terminal runs whole interactions in tests.
///
/// Ending the process on a signal is not here: the loop reports the signal and its caller,
/// which holds the real terminal, restores it and re-raises (a call that never returns
/// cannot be scripted).
public protocol InteractiveBackend: Backend, AnyObject {
    /// Unicode glyphs where the terminal shows them, ASCII otherwise.
    var glyphs: Glyphs { get }
    /// Waits up to `timeoutMilliseconds` for a key, a resize, a signal, a hang-up or a wake.
    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent
    /// Draws with `theme` from the next frame on (every cell again).
    func setTheme(_ theme: Theme)
    /// The terminal bell.
    func bell()
    /// A desktop notification, in the escape `style` names (nothing for `.off`).
    func notify(_ text: String, title: String, style: DesktopNotification)
    /// Ctrl-Z: gives the terminal back to the shell until continued, then draws everything again.
    func suspend()
    /// Restores the terminal for good.
    func close()
}

/// How an alert reaches someone not looking at the screen.
public enum DesktopNotification: String, Sendable, CaseIterable {
    case off
    /// `ESC ] 9 ; text BEL` (iTerm2, Windows Terminal, kitty, foot).
    case osc9
    /// `ESC ] 777 ; notify ; title ; text BEL` (urxvt, VTE terminals, foot).
    case osc777
}
