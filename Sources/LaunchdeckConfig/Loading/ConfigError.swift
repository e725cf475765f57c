/// A config that cannot be used, said so the user can fix it: the file, the line and
/// column, what was expected and what was found, and the line itself with a caret. The app
/// reports its other setup problems (a theme, the demo simulator) with it too.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    /// The whole text to show, excerpt included.
    public var message: String
    public var line: Int?
    public var column: Int?

    public var description: String { message }

    /// Hidden characters in `message` are made visible; only its own line breaks and the
    /// excerpt's tabs stay.
    public init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = Visible.text(message, keeping: ["\n", "\t"])
        self.line = line
        self.column = column
    }
}

/// Something in the config that works but is probably not what was meant: an unknown
/// key, a refresh below its floor, a secret in a file others can read.
public struct ConfigWarning: Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var line: Int?

    public var description: String { message }
}
