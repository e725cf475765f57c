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
