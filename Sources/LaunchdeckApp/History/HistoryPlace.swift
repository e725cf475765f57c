import LaunchdeckConfig
import LaunchdeckStore

/// Which history a run reads and writes: the demo's own, or the one of the credentials in use
/// (found by their fingerprint, never by a key), under the state directory.
enum HistoryPlace {
    /// `demo`, or `acct-…` from every credential that is set.
    static func identity(_ configuration: Configuration, demo: Bool) -> String {
        if demo { return "demo" }
        var parts: [String] = []
        if let key = configuration.tinylytics.apiKey { parts += ["tinylytics", key.reveal()] }
        if let token = configuration.taplytics.apiToken { parts += ["taplytics", token.reveal()] }
        if let token = configuration.apteligent.accessToken { parts += ["apteligent", token.reveal()] }
        if let grant = configuration.apteligent.passwordGrant {
            parts += ["apteligent", grant.clientID.reveal(), grant.username.reveal()]
        }
        return Fingerprint.account(parts)
    }

    /// The database file, or nil when neither `[history] dir`, XDG_STATE_HOME nor HOME says
    /// where state lives.
    static func path(_ configuration: Configuration, demo: Bool, environment: [String: String]) -> String? {
        (configuration.history.dir ?? StoreLocation.directory(environment: environment)).map {
            StoreLocation.database(in: $0, identity: identity(configuration, demo: demo))
        }
    }
}
