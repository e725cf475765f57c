#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The site and app last picked with `:site` / `:app`, remembered across runs in
/// `$XDG_STATE_HOME/launchdeck/choices.json` (default `~/.local/state`). The config's
/// `site_id` / `app_id` win over it.
struct Choices: Codable, Sendable, Equatable {
    var site: String?
    var app: String?

    static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/launchdeck/choices.json" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.local/state/launchdeck/choices.json"
    }

    /// What was remembered; nothing when there is no file or it cannot be read.
    static func load(environment: [String: String]) -> Choices {
        guard let path = path(environment: environment),
              let data = FileManager.default.contents(atPath: path),
              let choices = try? JSONDecoder().decode(Choices.self, from: data) else { return Choices() }
        return choices
    }

    /// Saves one change; a failure to write only loses the memory, never the choice on screen.
    static func update(environment: [String: String], _ change: (inout Choices) -> Void) {
        guard let path = path(environment: environment) else { return }
        var choices = load(environment: environment)
        change(&choices)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        guard let data = try? JSONEncoder().encode(choices) else { return }
        try? data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
