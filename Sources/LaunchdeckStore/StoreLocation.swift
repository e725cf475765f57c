/// Where the history lives: `$XDG_STATE_HOME/launchdeck/IDENTITY/history.sqlite`, else
/// `~/.local/state/launchdeck/IDENTITY/history.sqlite`. One database per identity (the demo,
/// or an account's fingerprint — never a key itself).
public enum StoreLocation {
    /// The state directory, or nil when neither XDG_STATE_HOME nor HOME is set.
    public static func directory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/launchdeck" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/launchdeck"
    }

    /// The database file for `identity` under `directory`.
    public static func database(in directory: String, identity: String) -> String {
        directory + "/" + fileName(identity) + "/history.sqlite"
    }

    /// `identity` as one path component: letters, digits, `-`, `_` and `.` kept, the rest `_`;
    /// never empty, never `.` or `..`.
    static func fileName(_ identity: String) -> String {
        let kept = String(identity.prefix(80).map { c -> Character in
            c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ".") ? c : "_"
        })
        return kept.isEmpty || kept.allSatisfy({ $0 == "." }) ? "default" : kept
    }
}
