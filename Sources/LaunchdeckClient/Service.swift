/// The three APIs launchdeck reads.
public enum Service: String, Sendable, Hashable, CaseIterable {
    case tinylytics, taplytics, apteligent

    /// The vendor's name as a person writes it.
    public var displayName: String {
        switch self {
        case .tinylytics: return "Tinylytics"
        case .taplytics: return "Taplytics"
        case .apteligent: return "Apteligent"
        }
    }

    /// The environment variable that holds this service's main secret.
    public var secretVariable: String {
        switch self {
        case .tinylytics: return "TINYLYTICS_API_KEY"
        case .taplytics: return "TAPLYTICS_API_TOKEN"
        case .apteligent: return "APTELIGENT_ACCESS_TOKEN"
        }
    }
}
