import CNCurses
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

/// The ncurses backend. Every ncurses call of the program goes through one instance, on
/// the thread that opened it (the UI loop's); the type is deliberately not Sendable.
///
/// Frames are copied cell by cell for the cells that changed since the last frame, then
/// sent with one `wnoutrefresh` + `doupdate`: ncurses emits only the difference, which is
/// what keeps the dashboard cheap over a slow ssh link. There is no `clear()` per frame.
public final class CursesTerminal: InteractiveBackend {
    public private(set) var size: Size
    /// Unicode glyphs in a UTF-8 locale, ASCII otherwise (or when forced).
    public let glyphs: Glyphs
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var theme: Theme
    private let useColor: Bool
    /// What the terminal can show; theme colours beyond it are degraded to the nearest.
    public let colorDepth: ColorDepth
    private var previous: Buffer?
    private var pairs: ColorPairs
    private var mouse: Bool
    private var closed = false
    /// Characters are assembled from the bytes ncurses reads (see `UTF8Input`).
    private var utf8 = UTF8Input()

    /// Opens the terminal: checks stdin/stdout, sets the locale, installs the signal flag
    /// handlers and starts ncurses in the alternate screen. The mouse is reported only when
    /// `mouse` is true (clicks and the wheel arrive as `Key.mouse`); every way out turns it
    /// off again, a crash included.
    public static func open(theme: Theme, forceASCII: Bool = false, mouse: Bool = false,
                            environment: [String: String]) throws(TerminalError) -> CursesTerminal {
        try checkInteractive(environment: environment)
        let term = environment["TERM"] ?? ""
        let codeset = String(cString: cnc_setlocale_and_codeset())
        let utf8 = codeset.uppercased().replacingOccurrences("-", "") == "UTF8"
        // Installed before newterm, so ncurses keeps ours instead of its own.
        cnc_install_signal_handlers()
        if environment["ESCDELAY"] == nil { set_escdelay(75) }
        guard let screen = cnc_newterm(), let window = cnc_stdscr() else { throw .unknownTerminal(term: term) }
        cnc_chain_winch()
        cnc_prepare_crash_restore(environment["SWIFT_BACKTRACE"] == nil ? 0 : 1)
        let terminal = CursesTerminal(screen: screen, window: window, glyphs: (utf8 && !forceASCII) ? .unicode : .ascii,
                                      theme: theme,
                                      noColor: theme.isMonochrome || !(environment["NO_COLOR"] ?? "").isEmpty,
                                      mouse: mouse, environment: environment)
        return terminal
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, glyphs: Glyphs, theme: Theme,
                 noColor: Bool, mouse: Bool, environment: [String: String]) {
        self.screen = screen
        self.window = window
        self.glyphs = glyphs
        self.theme = theme
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, true)
        curs_set(0)
        var color = false
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            color = true
        }
        self.useColor = color
        // ncurses can only send 24-bit colour through a direct-colour terminfo entry
        // (COLORS = 2^24, e.g. TERM=xterm-direct); elsewhere COLORTERM=truecolor still
        // means at most the 256-colour palette.
        let colors = Int(cnc_colors())
        let depth = color ? ColorDepth.detect(colors: colors, environment: environment) : .none
        self.colorDepth = colors >= 1 << 24 ? depth : min(depth, .palette256)
        self.pairs = ColorPairs(depth: colorDepth)
        self.mouse = mouse && cnc_enable_mouse() == 1
        self.size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func setTheme(_ theme: Theme) {
        self.theme = theme
        previous = nil
    }

    /// Copies the cells that changed to the screen and sends them.
    public func draw(_ buffer: Buffer) {
        guard !closed else { return }
        let width = buffer.size.width
        var scalars: [UInt32] = []
        for index in buffer.changedIndices(since: previous) {
            let cell = buffer.cells[index]
            if cell.isContinuation { continue }
            let (attributes, pair) = look(cell.style)
            let y = Int32(index / width), x = Int32(index % width)
            scalars.removeAll(keepingCapacity: true)
            for scalar in cell.symbol.unicodeScalars.prefix(5) { scalars.append(scalar.value) }
            // Where the C library disagrees with our width, a placeholder keeps the row aligned.
            let first = scalars.first ?? 0x20
            let agrees = first < 0x300 || cnc_wcwidth(first) == Int32(cell.width)
            // The bottom-right cell is written but reported as ERR (the cursor cannot move past
            // it): that ERR is not a refusal of the character.
            let lastCell = y == Int32(buffer.size.height - 1) && x + Int32(cell.width) >= Int32(width)
            let refused = !agrees || (cnc_put(window, y, x, scalars, Int32(scalars.count), attributes, pair) == ERR && !lastCell)
            if refused {
                let placeholder = glyphs.placeholder.unicodeScalars.first?.value ?? 0x3F
                _ = cnc_put(window, y, x, [placeholder], 1, attributes, pair)
                if cell.width == 2 { _ = cnc_put(window, y, x + 1, [0x20], 1, attributes, pair) }
            }
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    /// Waits up to `timeoutMilliseconds` for a key, a resize, a signal, a hang-up or a
    /// `wake()`. Sleeps in poll(2) meanwhile: an idle dashboard costs no CPU.
    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent {
        if let signal = pendingSignal() { return .signal(signal) }
        // Keys ncurses already holds (the rest of a paste, a pushed-back byte) come first.
        if let event = readKey() { return event }
        let ready = cnc_wait(timeoutMilliseconds)
        if let signal = pendingSignal() { return .signal(signal) }
        if ready & (CNC_INPUT | CNC_WOKEN) != 0, let event = readKey() { return event }
        if ready & CNC_HANGUP != 0 { return .hangup }
        return ready & CNC_WOKEN != 0 ? .wake : .timeout
    }

    /// Wakes the UI loop's `nextEvent` from any thread (a new snapshot arrived).
    public static func wake() { cnc_wake() }

    /// One key or resize, without waiting: reads what input is there until it makes one.
    private func readKey() -> TerminalEvent? {
        wtimeout(window, 0)
        while true {
            let code = wgetch(window)
            if code == ERR { return nil }
            if code == KEY_RESIZE {
                utf8.reset()
                size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
                previous = nil
                return .resize(size)
            }
            if code > 0xFF {
                utf8.reset()
                let key = code == KEY_MOUSE ? KeyDecoder.mouse() : KeyDecoder.functionKey(code)
                if let key { return .key(key) }
                continue
            }
            if let scalar = utf8.feed(UInt8(code)), let key = KeyDecoder.character(scalar.value) { return .key(key) }
        }
    }

    /// Restores the terminal: cursor visible, echo on, the shell's screen back.
    public func close() {
        guard !closed else { return }
        closed = true
        // Without an alternate screen (vt100), leave a clean screen rather than a stale
        // dashboard under the shell's prompt.
        if cnc_has_alternate_screen() == 0 {
            werase(window)
            wrefresh(window)
        }
        if mouse { cnc_disable_mouse() }
        curs_set(1)
        endwin()
        delscreen(screen)
        // From here Ctrl-C and SIGTERM act as usual again, even while we shut down.
        cnc_restore_signal_handlers()
    }

    /// Ctrl-Z: gives the terminal back to the shell, stops, and redraws everything when
    /// continued (`fg`).
    public func suspend() {
        if mouse { cnc_disable_mouse() }
        cnc_suspend()
        if mouse { _ = cnc_enable_mouse() }
        previous = nil
        clearok(window, true)
        size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Restores the terminal and ends the process with `signal`, as if we had not caught it.
    public func exit(dueTo signal: Int32) -> Never {
        close()
        cnc_reraise(signal)
        // kill() delivers the default action before returning; this is only reached if the
        // signal was ignored by the parent (nohup): end with the conventional status.
        Glibc.exit(128 + signal)
    }

    private func pendingSignal() -> Int32? {
        let signal = cnc_pending_signal()
        return signal == 0 ? nil : signal
    }

    private func look(_ style: Style) -> (UInt32, Int32) {
        let look = theme.look(for: style)
        var attributes = cnc_a_normal()
        if look.bold { attributes |= cnc_a_bold() }
        if look.dim { attributes |= cnc_a_dim() }
        if look.reverse { attributes |= cnc_a_reverse() }
        if look.underline { attributes |= cnc_a_underline() }
        guard useColor else { return (attributes, 0) }
        return (attributes, pairs.pair(foreground: look.foreground, background: look.background))
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        String(flatMap { $0 == target ? Array(replacement) : [$0] })
    }
}

extension CursesTerminal {
    /// Throws when the dashboard cannot run here (stdin or stdout not a terminal, no TERM,
    /// TERM=dumb), without touching the terminal.
    public static func checkInteractive(environment: [String: String]) throws(TerminalError) {
        guard cnc_isatty(0) == 1 else { throw .notATerminal(stream: "standard input") }
        guard cnc_isatty(1) == 1 else { throw .notATerminal(stream: "standard output") }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw .unknownTerminal(term: term) }
        guard term != "dumb" else { throw .dumbTerminal }
    }
}
