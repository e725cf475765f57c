import Foundation
import LaunchdeckConfig

/// `launchdeck keys`: the effective key map, as help shows it, in Markdown.
public enum KeysRunner {
    /// The commented example config (the README's config section is this text).
    public static var exampleConfig: String { ConfigLoader.exampleConfig }

    public static func run(configPath: String?, environment: [String: String]) -> Int32 {
        switch AppConfig.load(path: configPath, environment: environment) {
        case .success(let config):
            for warning in config.warnings { Console.error("launchdeck keys: warning: \(warning)") }
            print(config.keyMap.markdown)
            return 0
        case .failure(let error):
            Console.error("launchdeck keys: \(error.description)")
            return 2
        }
    }
}
