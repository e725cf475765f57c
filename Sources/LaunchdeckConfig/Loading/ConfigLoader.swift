/// The config as loaded: the settings, and what the user should be told about them.
public struct LoadedConfig: Sendable {
    public var config: Configuration
    /// Unknown keys, raised refresh intervals, secrets others can read: show each one.
    public var warnings: [ConfigWarning]
    /// The file that was read, or nil when there was none.
    public var path: String?
}

/// Loads the config file and the environment into a `Configuration`.
///
/// Precedence, for each setting: the environment variable (when set and not empty)
/// overrides the file, with a warning when both are set; in the file a value and its
/// `*_command` together are an error. A `*_command` runs only when its value is needed.
public enum ConfigLoader {
    /// How long a `*_command` (such as `pass show tinylytics`) may take.
    public static let defaultCommandTimeout: Duration = .seconds(15)

    /// `$XDG_CONFIG_HOME/launchdeck/config.toml`, else `~/.config/launchdeck/config.toml`;
    /// nil when neither variable gives an absolute directory.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return join(xdg, "launchdeck/config.toml")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return join(home, ".config/launchdeck/config.toml")
        }
        return nil
    }

    /// Reads `path` (from `--config`; it must exist), or else the default file (which may
    /// be absent: then the settings come from the environment and defaults alone).
    public static func load(path: String?, environment: [String: String],
                            commandTimeout: Duration = defaultCommandTimeout) throws(ConfigError) -> LoadedConfig {
        guard let file = path ?? defaultPath(environment: environment) else {
            return try load(text: nil, path: nil, permissions: nil, environment: environment, commandTimeout: commandTimeout)
        }
        let text: String
        do {
            text = try FileStatus.read(file)
        } catch .missing where path == nil {
            return try load(text: nil, path: nil, permissions: nil, environment: environment, commandTimeout: commandTimeout)
        } catch {
            throw ConfigError(message: "\(file): " + describe(error), line: nil, column: nil)
        }
        return try load(text: text, path: file, permissions: FileStatus.permissions(file),
                        environment: environment, commandTimeout: commandTimeout)
    }

    /// Parses and checks `text` (nil: no file) as if read from `path` with `permissions`.
    static func load(text: String?, path: String?, permissions: UInt32?, environment: [String: String],
                     commandTimeout: Duration) throws(ConfigError) -> LoadedConfig {
        let source = ConfigSource(path: path, text: text ?? "")
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(text ?? "", sensitiveKeys: ConfigSource.sensitiveKeys)
        } catch {
            throw source.error(error.message, at: error.position)
        }
        var builder = ConfigBuilder(source: source, environment: environment, commandTimeout: commandTimeout,
                                    permissions: permissions)
        let config = try builder.build(root)
        return LoadedConfig(config: config, warnings: builder.warnings, path: path)
    }

    private static func describe(_ problem: FileStatus.Problem) -> String {
        switch problem {
        case .missing: return "no such config file"
        case .notAFile: return "not a file"
        case .unreadable(let reason): return "cannot read the config file: \(reason)"
        case .notUTF8(let line): return "line \(line): the config file is not UTF-8 text"
        }
    }

    private static func join(_ directory: String, _ rest: String) -> String {
        directory.hasSuffix("/") ? directory + rest : directory + "/" + rest
    }
}
