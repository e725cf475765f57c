/// What `:user QUERY` looks a Taplytics user up by (`GET /v2/users/{id}`, seed 002): the
/// Taplytics id in the path, or your own `user_id` or the `email` as a query parameter with
/// the id left out ("If an email or custom ID is provided in the URL parameters, the ID field
/// can be omitted"). One query is one request: the kind is decided here, never by trying.
///
/// The value is personal data: `description` and every message here name only the kind.
public struct TaplyticsUserLookup: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case id
        case userID = "user_id"
        case email
    }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// Longest query taken (an email address is at most 254 characters).
    public static let maxLength = 254

    /// How to type a query, for help and messages.
    public static let usage = ":user ID, :user USER_ID or :user EMAIL (or id:, user_id:, email: before it)"

    /// `id:…`, `user_id:…` and `email:…` say the kind; otherwise an address with `@` is an
    /// email, 24 hex digits a Taplytics id (ids in the docs are 24-hex object ids), and
    /// anything else your own `user_id`. Nil with a message (that never repeats the query).
    public static func parse(_ text: String) -> Result<TaplyticsUserLookup, LookupError> {
        let trimmed = text.trimming(Character.isSpace)
        var kind: Kind?
        var value = Substring(trimmed)
        for candidate in Kind.allCases where trimmed.lowercased().hasPrefix(candidate.rawValue + ":") {
            kind = candidate
            value = trimmed.dropFirst(candidate.rawValue.count + 1)
        }
        guard !value.isEmpty else { return .failure(LookupError(message: ":user needs a query: " + usage)) }
        guard value.count <= maxLength else {
            return .failure(LookupError(message: ":user: the query is longer than \(maxLength) characters; " + usage))
        }
        guard value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
            return .failure(LookupError(message: ":user: the query has control characters; " + usage))
        }
        let resolved = kind ?? (value.contains("@") ? .email : (isObjectID(value) ? .id : .userID))
        if resolved == .id, !value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            return .failure(LookupError(message: ":user id: takes a Taplytics id (letters and digits); "
                                        + "for your own id use :user user_id:…"))
        }
        if resolved == .email, !value.contains("@") {
            return .failure(LookupError(message: ":user email: takes an address with @ in it"))
        }
        return .success(TaplyticsUserLookup(kind: resolved, value: String(value)))
    }

    static func isObjectID(_ text: Substring) -> Bool {
        text.count == 24 && text.allSatisfy { $0.isHexDigit && $0.isASCII }
    }

    /// The request's path: the id in it, or the template's expansion with the id left out.
    public var path: String {
        kind == .id ? TaplyticsEndpoints.user(value) : TaplyticsEndpoints.userLookup
    }

    /// The query parameter to send (unencoded), nil for a lookup by id.
    public var parameter: (name: String, value: String)? {
        switch kind {
        case .id: nil
        case .userID: (TaplyticsEndpoints.Parameter.userID, value)
        case .email: (TaplyticsEndpoints.Parameter.email, value)
        }
    }

    /// What the lookup is by, never the value: "by email".
    public var description: String {
        switch kind {
        case .id: "by Taplytics id"
        case .userID: "by your user_id"
        case .email: "by email"
        }
    }

    public struct LookupError: Error, Sendable, Equatable {
        public var message: String
    }
}

extension TaplyticsEndpoints {
    /// `GET /v2/users/{id}{?user_id,email}` with no id: the URI template's expansion
    /// (the docs show no request of this form; the simulator takes it with or without the slash).
    public static let userLookup = "/v2/users/"
}
