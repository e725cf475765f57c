import LaunchdeckAPI
import LaunchdeckClient

/// Which Apteligent app the dashboard shows: the configured id, or the first of `GET /v2/apps`
/// (by name), changed by `:app`.
public actor AppChoice {
    private let client: ApteligentClient
    private var wanted: String?
    private var chosen: (id: String, app: ApteligentApp)?
    public private(set) var known: ApteligentApps = [:]

    private let remember: @Sendable (String) -> Void
    private var picked = false

    /// - Parameter remember: called with the id of an app picked by `choose` once it is found.
    public init(client: ApteligentClient, appID: String? = nil, remember: @escaping @Sendable (String) -> Void = { _ in }) {
        self.client = client
        self.wanted = appID
        self.remember = remember
    }

    public func choose(_ idOrName: String) {
        wanted = idOrName
        chosen = nil
        picked = true
    }

    public func forget() { chosen = nil }

    public func resolve() async throws(ClientError) -> (id: String, app: ApteligentApp) {
        if let chosen { return chosen }
        known = try await client.apps()
        let ordered = known.sorted { ($0.value.appName ?? $0.key) < ($1.value.appName ?? $1.key) }
        let match: (key: String, value: ApteligentApp)?
        if let wanted {
            match = ordered.first { $0.key == wanted || $0.value.appName?.lowercased() == wanted.lowercased() }
        } else {
            match = ordered.first
        }
        guard let match else {
            let names = ordered.prefix(5).map { $0.value.appName ?? $0.key }.joined(separator: ", ")
            let detail = wanted.map { "no app \"\($0)\" for this account" + (names.isEmpty ? "" : "; try :app with one of: \(names)") }
                ?? "this account has no apps"
            throw ClientError(.apteligent, .notFound, detail: detail)
        }
        chosen = (match.key, match.value)
        if picked {
            picked = false
            remember(match.key)
        }
        return (match.key, match.value)
    }
}
