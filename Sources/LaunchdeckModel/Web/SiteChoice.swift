import LaunchdeckAPI
import LaunchdeckClient

/// Which Tinylytics site the dashboard shows: the configured id, or the first of `GET /sites`,
/// changed by `:site`. Every Tinylytics source of the dashboard reads it, so they agree.
public actor SiteChoice {
    private let client: TinylyticsClient
    private var wanted: String?
    private var site: TinylyticsSite?
    public private(set) var known: [TinylyticsSite] = []

    private let remember: @Sendable (String) -> Void

    /// - Parameters:
    ///   - wanted: a site id or label to start with (the config's, or the one remembered).
    ///   - remember: called with the id of a site picked by `choose` once it is found.
    public init(client: TinylyticsClient, siteID: Int? = nil, wanted: String? = nil,
                remember: @escaping @Sendable (String) -> Void = { _ in }) {
        self.client = client
        self.wanted = siteID.map(String.init) ?? wanted
        self.remember = remember
    }

    private var picked = false

    /// Picks a site by id or label (case-insensitive); applied on the next fetch.
    public func choose(_ idOrLabel: String) {
        wanted = idOrLabel
        site = nil
        picked = true
    }

    /// Forgets the chosen site (it went away): the next fetch looks it up again.
    public func forget() { site = nil }

    public func resolve() async throws(ClientError) -> TinylyticsSite {
        if let site { return site }
        known = try await client.sites()
        let chosen: TinylyticsSite?
        if let wanted {
            chosen = known.first { String($0.id) == wanted || $0.label.lowercased() == wanted.lowercased() }
        } else {
            chosen = known.first
        }
        guard let chosen else {
            let names = known.prefix(5).map { "\($0.label) (\($0.id))" }.joined(separator: ", ")
            let detail = wanted.map { "no site \"\($0)\" for this key" + (names.isEmpty ? "" : "; try :site with one of: \(names)") }
                ?? "this key can read no sites"
            throw ClientError(.tinylytics, .notFound, detail: detail)
        }
        site = chosen
        if picked {
            picked = false
            remember(String(chosen.id))
        }
        return chosen
    }
}
