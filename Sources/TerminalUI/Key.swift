/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case character(Character)
    case ctrl(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete
    case function(Int)
    /// Only when the backend was asked to report the mouse.
    case mouse(MouseEvent)
}

/// A click or a scroll of the wheel, at a cell of the screen.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, release, scrollUp, scrollDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

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
