#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything that can go wrong talking to an API, typed so a pane can say what to do.
///
/// Messages never contain a secret: they are built from the status, the service and the
/// API's own error text, never from the request's headers or URL query.
public struct ClientError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case badRequest            // 400
        case unauthorized          // 401
        /// 402. Only Taplytics documents it, and not as payment: "Request Failed - the
        /// parameters in your request were valid, but something failed". `description`
        /// words it per service; the name is kept from HTTP's own reason phrase.
        case paymentRequired       // 402
        /// 403. Tinylytics: a subscription endpoint without a subscription, a write with a
        /// read-only key, or a feature turned off. Taplytics and Apteligent document none.
        case forbidden             // 403
        case notFound              // 404
        case unprocessable         // 422
        case rateLimited           // 429
        case server(status: Int)   // 5xx
        case unexpectedStatus(Int)
        /// A JSON endpoint answered something else (the HTML page a bad key can get).
        case notJSON(status: Int)
        /// The body was JSON but not the documented shape; `path` names the field.
        case decoding(path: String)
        case bodyTooLarge(limit: Int)
        case timeout
        case transport
        case insecureURL
        case cancelled
    }

    public var service: Service
    public var kind: Kind
    /// The API's own message (from `{"error": ...}`), or a detail of ours.
    public var detail: String?

    public init(_ service: Service, _ kind: Kind, detail: String? = nil) {
        self.service = service
        self.kind = kind
        self.detail = detail
    }

    /// The same error with every occurrence of `secret` cut out of its detail: a last line
    /// of defence for text that came from a library or a server.
    public func redacting(_ secret: Secret) -> ClientError {
        let value = secret.reveal()
        guard !value.isEmpty, let detail, detail.contains(value) else { return self }
        return ClientError(service, kind, detail: detail.replacing(value, with: "<redacted>"))
    }

    /// The HTTP status behind the error, if there was one.
    public var status: Int? {
        switch kind {
        case .badRequest: return 400
        case .unauthorized: return 401
        case .paymentRequired: return 402
        case .forbidden: return 403
        case .notFound: return 404
        case .unprocessable: return 422
        case .rateLimited: return 429
        case .server(let status), .unexpectedStatus(let status), .notJSON(let status): return status
        default: return nil
        }
    }

    /// One line for a pane: what happened and what to do next.
    public var description: String {
        let name = service.displayName
        let prefix = status.map { "\($0) from \(name)" } ?? name
        let said = detail.map { " (\($0))" } ?? ""
        switch kind {
        case .badRequest: return "\(prefix): the request was refused\(said)"
        case .unauthorized:
            return "\(prefix): the API key was refused\(said); check \(service.secretVariable)"
        case .paymentRequired, .forbidden: return "\(prefix): \(documentedMeaning)\(said)"
        case .notFound: return "\(prefix): not found\(said); check the site or app id"
        case .unprocessable: return "\(prefix): the data was not accepted\(said)"
        case .rateLimited: return "\(prefix): rate limit reached\(said); waiting for the reset"
        case .server: return "\(prefix): the server failed\(said); will retry"
        case .unexpectedStatus: return "\(prefix): unexpected answer\(said)"
        case .notJSON:
            return "\(prefix): the server answered HTML, not JSON: check the key and base URL"
        case .decoding(let path):
            return "\(name) answered an unexpected shape at \(path.isEmpty ? "the top level" : path)\(said)"
        case .bodyTooLarge(let limit): return "\(name): the answer was larger than \(limit / 1_000_000) MB"
        case .timeout: return "\(name): no answer in time; check the network or base URL"
        case .transport: return "\(name): \(detail ?? "network error"); will retry"
        case .insecureURL: return "\(name): refusing plain HTTP to a non-loopback host\(said); use https://"
        case .cancelled: return "\(name): cancelled"
        }
    }

    /// What the service's docs say a 402 or a 403 means (seeds 000/001 for Taplytics, 004 for
    /// Tinylytics); a status a service does not document is said to be undocumented.
    var documentedMeaning: String {
        switch (kind, service) {
        case (.paymentRequired, .taplytics):
            return "the request failed although its parameters were valid (Taplytics' \"Request Failed\")"
        case (.forbidden, .tinylytics):
            return "refused: this needs a Tinylytics subscription (insights, uptime, content), "
                + "a full-access key (writes), or a feature that is off for this site"
        case (.paymentRequired, _), (.forbidden, _):
            return "refused with a status \(service.displayName) does not document"
        default:
            return ""
        }
    }
}
