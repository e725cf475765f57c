/// Why the terminal could not be opened; each message says what to do next.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    case notATerminal(stream: String)
    case unknownTerminal(term: String)
    case dumbTerminal

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "launchdeck needs an interactive terminal, but \(stream) is not one. "
                + "Run it from a terminal; over ssh, ask for one with `ssh -t host launchdeck`."
        case .unknownTerminal(let term):
            let shown = term.isEmpty ? "(TERM is not set)" : "TERM=\(term)"
            return "The terminal type is unknown to ncurses: \(shown). "
                + "Set TERM to one this machine knows, e.g. `export TERM=xterm-256color`, "
                + "or install its description (apt-get install ncurses-term)."
        case .dumbTerminal:
            return "TERM=dumb cannot draw a dashboard. Set TERM to your real terminal, "
                + "e.g. `export TERM=xterm-256color`."
        }
    }
}
