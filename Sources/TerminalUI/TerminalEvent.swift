// `Key` and `MouseEvent` live in TerminalInput, the render core's input vocabulary (it imports
// nothing), so that the navigation model can match typed keys without importing the renderer.
// Re-exported: whoever draws with TerminalUI reads keys with it.
@_exported import TerminalInput

/// What the input side of a backend reports.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// A termination signal arrived (SIGINT, SIGTERM, SIGHUP, SIGQUIT).
    case signal(Int32)
    /// Standard input hung up: the ssh link or the pty is gone.
    case hangup
    /// Something asked the loop to look again (new data arrived).
    case wake
    /// Nothing happened before the timeout.
    case timeout
}
