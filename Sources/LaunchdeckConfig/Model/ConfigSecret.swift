/// A secret from the config, the environment or a command: printing it, interpolating
/// it or dumping it shows `<redacted>`; only `reveal()` gives the text.
public struct ConfigSecret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let value: String

    public init(_ value: String) { self.value = value }

    /// The raw value, for the one place that sends it.
    public func reveal() -> String { value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: []) }
}

/// Where a setting came from, so a message can point the user at the right place.
public enum SettingOrigin: Sendable, Equatable {
    case file(line: Int)
    case environment(String)
    case command(line: Int)
    case defaultValue
}
