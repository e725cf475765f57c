/// A secret from the config, the environment or a command: printing it, interpolating
/// it or dumping it shows `<redacted>`; only `reveal()` gives the text.
public struct ConfigSecret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let value: String
    /// Where it came from, for a message such as "the API token was refused (TAPLYTICS_API_TOKEN)".
    public let origin: SettingOrigin?

    public init(_ value: String, origin: SettingOrigin? = nil) {
        self.value = value
        self.origin = origin
    }

    /// The raw value, for the one place that sends it.
    public func reveal() -> String { value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: []) }
}

/// Where a setting came from, said so the user knows what to change.
public enum SettingOrigin: Sendable, Hashable, CustomStringConvertible {
    /// Written in the config file: `setting` is "`api_key` in [tinylytics]".
    case file(path: String, setting: String, line: Int)
    case environment(variable: String)
    /// Printed by a `*_command` of the config file.
    case command(path: String, setting: String, line: Int)

    /// "TAPLYTICS_API_TOKEN", "`api_key` in [tinylytics] (config.toml, line 3)".
    public var description: String {
        switch self {
        case .file(let path, let setting, let line): return "\(setting) (\(path), line \(line))"
        case .environment(let variable): return variable
        case .command(let path, let setting, let line): return "the output of \(setting) (\(path), line \(line))"
        }
    }
}
