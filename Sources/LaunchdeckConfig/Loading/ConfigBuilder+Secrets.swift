#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Secrets: from the file, its environment variable, or a `*_command` run through
/// `/bin/sh -c`. The environment overrides the file; a value and its command both in the
/// file is an error. No message ever holds a secret or a command's output.
extension ConfigBuilder {
    struct SecretKey {
        enum Form {
            /// An API key or token: trimmed, printable ASCII without spaces (it goes in a header).
            case token
            /// A user name: trimmed, no control characters.
            case text
            /// A password: only trailing line breaks are dropped, no control characters.
            case password
        }

        var key: String
        var command: String?
        var variable: String
        var form: Form
    }

    mutating func secret(_ spec: SecretKey, in reader: SectionReader) throws(ConfigError) -> ConfigSecret? {
        let written = try reader.string(spec.key)
        let command = try spec.command.map { (key: String) throws(ConfigError) in try reader.string(key) } ?? nil
        if written != nil, command != nil, let commandKey = spec.command {
            throw reader.error(commandKey, "`\(spec.key)` and `\(commandKey)` in \(reader.name) are both set; keep one")
        }
        if written != nil {
            secretsInFile.append("`\(spec.key)` in \(reader.name)")
        }
        if let value = environment[spec.variable].map({ Self.cleaned($0, spec.form) }), !value.isEmpty {
            if let overridden = written != nil ? spec.key : command != nil ? spec.command : nil {
                warn("\(spec.variable) from the environment overrides `\(overridden)` in \(reader.name)",
                     line: reader.line(overridden))
            }
            return try checked(value, spec, origin: .environment(variable: spec.variable))
        }
        if let written {
            let value = Self.cleaned(written, spec.form)
            guard !value.isEmpty else {
                warn("`\(spec.key)` in \(reader.name) is empty, so it counts as not set", line: reader.line(spec.key))
                return nil
            }
            let line = reader.line(spec.key) ?? 0
            return try checked(value, spec, origin: .file(path: source.path ?? "config", setting: "`\(spec.key)` in \(reader.name)", line: line))
        }
        guard let command, let commandKey = spec.command else { return nil }
        let line = reader.line(commandKey) ?? 0
        let name = "`\(commandKey)` in \(reader.name) (line \(line))"
        switch ShellCommand.run(command, environment: environment, timeout: commandTimeout) {
        case .output(let output):
            let value = Self.cleaned(output, spec.form)
            guard !value.isEmpty else { throw source.error("\(name) printed nothing") }
            return try checked(value, spec, origin: .command(path: source.path ?? "config", setting: "`\(commandKey)` in \(reader.name)", line: line))
        case .exited(let status):
            throw source.error("\(name) failed with exit status \(status); run it in a shell to see why")
        case .killedBySignal(let signal):
            throw source.error("\(name) was killed by signal \(signal)")
        case .timedOut:
            throw source.error("\(name) did not finish within \(RefreshDuration.format(commandTimeout))")
        case .tooMuchOutput:
            throw source.error("\(name) printed more than \(ShellCommand.outputLimit / 1024) KB, which is not a secret")
        case .couldNotStart(let reason):
            throw source.error("\(name) could not start /bin/sh: \(reason)")
        }
    }

    /// The value with the whitespace its form allows dropped.
    static func cleaned(_ raw: String, _ form: SecretKey.Form) -> String {
        switch form {
        case .token, .text:
            return raw.trimming()
        case .password:
            var value = Substring(raw)
            while let last = value.last, last == "\n" || last == "\r" || last == "\r\n" { value = value.dropLast() }
            return String(value)
        }
    }

    /// Refuses what cannot be a value of its form, naming where it came from, never the value.
    private func checked(_ value: String, _ spec: SecretKey, origin: SettingOrigin) throws(ConfigError) -> ConfigSecret {
        let valid: Bool
        switch spec.form {
        case .token:
            valid = value.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
        case .text, .password:
            valid = value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
        }
        guard valid else {
            let what = spec.form == .token ? "spaces or characters a key cannot have" : "control characters"
            throw ConfigError(message: "\(origin) holds \(what); copy it again")
        }
        return ConfigSecret(value, origin: origin)
    }
}
