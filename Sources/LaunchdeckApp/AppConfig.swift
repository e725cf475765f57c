#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckConfig
import LaunchdeckModel

/// The config as the app uses it: loaded once before the screen opens (a `*_command` may
/// take a moment), with the key map and alert rules derived from it and every warning kept
/// to show.
struct AppConfig: Sendable {
    var configuration: Configuration
    var keyMap: KeyMap
    var alerts: [AlertSpec]
    /// Config warnings, key-map warnings: shown on the flash line at start and on stderr.
    var warnings: [String]
    /// `[launch] t0`, read (a time that does not parse is a warning, and no T0).
    var t0: Date?

    /// The config's theme, or nil when it names the default (so NO_COLOR can still choose).
    var themeName: String? { configuration.ui.theme == "default" ? nil : configuration.ui.theme }

    /// Loads the config for a command (`launchdeck`, `launchdeck check`…): an error is
    /// printed with the command's name and gives nil; warnings are printed and kept.
    static func load(for command: String, path: String?, environment: [String: String]) -> AppConfig? {
        switch load(path: path, environment: environment) {
        case .success(let config):
            for warning in config.warnings { Console.error("\(command): warning: \(warning)") }
            return config
        case .failure(let error):
            Console.error("\(command): \(error.description)")
            return nil
        }
    }

    static func load(path: String?, environment: [String: String]) -> Result<AppConfig, ConfigError> {
        let loaded: LoadedConfig
        do {
            loaded = try ConfigLoader.load(path: path, environment: environment)
        } catch {
            return .failure(error)
        }
        let (keyMap, keyWarnings) = KeyMap.standard.overridden(by: loaded.config.keys)
        let alerts = loaded.config.alerts.map { rule in
            let condition: AlertSpec.Condition = switch rule.condition {
            case .crashRateAbove(let percent): .crashRateAbove(percent)
            case .siteDown: .siteDown
            case .hitsDrop(let share): .hitsDrop(share: share)
            case .statusChange(.experiments): .experimentStatusChange
            case .statusChange(.push): .pushStatusChange
            case .contentIssue: .contentIssue
            }
            return AlertSpec(name: rule.name, condition: condition)
        }
        let where_ = loaded.path.map { "\($0): " } ?? ""
        var warnings = loaded.warnings.map(\.message) + keyWarnings.map { where_ + $0 }
        let t0 = loaded.config.launch.t0.flatMap(Timestamp.parse)
        if let text = loaded.config.launch.t0, t0 == nil {
            warnings.append(where_ + "[launch] t0 \(text.prefix(40).debugDescription) is not a time such as "
                            + "\"2026-12-06T18:00:00Z\"; no T0 is drawn")
        }
        return .success(AppConfig(configuration: loaded.config, keyMap: keyMap, alerts: alerts, warnings: warnings, t0: t0))
    }
}
