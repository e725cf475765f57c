/// Turns a parsed config and the environment into a `Configuration`, collecting warnings
/// for whatever it does not use, so that nothing is ignored silently.
struct ConfigBuilder {
    let source: ConfigSource
    let environment: [String: String]
    let commandTimeout: Duration
    /// The file's permission bits, nil when there is no file.
    let permissions: UInt32?
    var warnings: [ConfigWarning] = []
    /// "`api_key` in [tinylytics]" for each secret written in the file itself.
    var secretsInFile: [String] = []

    init(source: ConfigSource, environment: [String: String], commandTimeout: Duration, permissions: UInt32?) {
        self.source = source
        self.environment = environment
        self.commandTimeout = commandTimeout
        self.permissions = permissions
    }

    /// The known keys of each table, which also feed "did you mean" for misplaced keys.
    static let knownKeys: [String: [String]] = [
        "tinylytics": ["base_url", "api_key", "api_key_command", "site_id", "refresh", "account_time_zone"],
        "taplytics": ["base_url", "api_token", "api_token_command", "refresh"],
        "apteligent": ["base_url", "client_id", "username", "password", "password_command", "access_token",
                       "access_token_command", "app_id", "refresh"],
        "ui": ["theme", "ascii", "bell", "notifications", "mouse"],
        "history": ["enabled", "dir", "retention", "max_size"],
        "launch": ["t0"],
    ]
    static let tableNames = ["tinylytics", "taplytics", "apteligent", "ui", "keys", "alerts", "history", "launch"]

    mutating func build(_ root: TOMLTable) throws(ConfigError) -> Configuration {
        warnAboutUnknownTopLevel(root)
        var config = Configuration()
        config.tinylytics = try tinylytics(section(root, "tinylytics"))
        config.taplytics = try taplytics(section(root, "taplytics"))
        config.apteligent = try apteligent(section(root, "apteligent"))
        config.ui = try ui(section(root, "ui"))
        config.keys = try keys(section(root, "keys"))
        config.alerts = try alerts(root["alerts"])
        config.history = try history(section(root, "history"))
        config.launch = try launch(section(root, "launch"))
        warnIfSecretsAreReadable()
        return config
    }

    mutating func warn(_ message: String, line: Int?) {
        warnings.append(source.warning(message, line: line))
    }

    /// The reader for `[name]`, empty when the file has none; warns about its unknown keys.
    mutating func section(_ root: TOMLTable, _ name: String) throws(ConfigError) -> SectionReader {
        guard let entry = root[name] else {
            return SectionReader(table: TOMLTable(origin: .implicit), name: "[\(name)]", source: source)
        }
        guard case .table(let table) = entry.value.kind else {
            throw source.error("expected a table [\(name)], found \(entry.value.typeDescription)", at: entry.keyPosition)
        }
        let reader = SectionReader(table: table, name: "[\(name)]", source: source)
        if let known = Self.knownKeys[name] {
            warnings += reader.unknownKeyWarnings(known: known)
        }
        return reader
    }

    private mutating func warnAboutUnknownTopLevel(_ root: TOMLTable) {
        for entry in root.entries where !Self.tableNames.contains(entry.key) {
            let line = entry.keyPosition.line
            if entry.value.isTable || entry.value.isTableArray {
                let (open, close) = entry.value.isTable ? ("[", "]") : ("[[", "]]")
                let hint = Suggestion.closest(to: entry.key, among: Self.tableNames).map { "; did you mean \(open)\($0)\(close)?" } ?? ""
                warn("unknown table \(open)\(entry.key)\(close) is ignored\(hint)", line: line)
            } else if let home = Self.knownKeys.first(where: { $0.value.contains(entry.key) })?.key {
                warn("`\(entry.key)` outside any table is ignored; did you mean to put it under [\(home)]?", line: line)
            } else {
                warn("unknown key `\(entry.key)` outside any table is ignored", line: line)
            }
        }
    }

    /// A file holding secrets should be private to its owner: say the exact command.
    private mutating func warnIfSecretsAreReadable() {
        guard let permissions, let path = source.path, permissions & 0o077 != 0, !secretsInFile.isEmpty else { return }
        let mode = String(permissions & 0o777, radix: 8)
        warn("holds secrets (\(secretsInFile.joined(separator: ", "))) and can be read by group or others "
             + "(mode \(mode)); run: chmod 600 \(Self.shellQuoted(path))", line: nil)
    }

    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy {
            TOMLParser.isBareKeyScalar($0) || "/.,+@%:=".unicodeScalars.contains($0)
        }
        return plain && !path.isEmpty ? path : "'" + path.replacing("'", with: "'\\''") + "'"
    }
}
