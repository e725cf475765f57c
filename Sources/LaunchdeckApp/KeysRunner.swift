#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckConfig

/// `launchdeck keys`: the effective key map, as help shows it, in Markdown.
public enum KeysRunner {
    /// The commented example config (the README's config section is this text).
    public static var exampleConfig: String { ConfigLoader.exampleConfig }

    public static func run(configPath: String?, environment: [String: String]) -> Int32 {
        guard let config = AppConfig.load(for: "launchdeck keys", path: configPath, environment: environment) else { return 2 }
        print(config.keyMap.markdown)
        return 0
    }
}
