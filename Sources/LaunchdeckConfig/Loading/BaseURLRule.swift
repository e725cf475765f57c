#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// `base_url`: HTTPS, or plain HTTP only to a loopback host, so a key never crosses a
/// network in clear text. No user, password, query or fragment.
enum BaseURLRule {
    struct Problem: Error {
        var expected: String
        var found: String
    }

    static func check(_ text: String) -> Result<URL, Problem> {
        let https = "an https:// URL"
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            // A URL with credentials in it is not echoed.
            let shown = text.contains("@") ? "text that is not a URL" : "\"\(Visible.text(text.prefix(80)))\""
            return .failure(Problem(expected: https, found: shown))
        }
        if url.user != nil || url.password != nil || url.query != nil || url.fragment != nil {
            return .failure(Problem(expected: "a base URL without user, password, query or fragment",
                                    found: "a URL with one of those"))
        }
        switch scheme {
        case "https":
            return .success(url)
        case "http" where isLoopback(host):
            return .success(url)
        case "http":
            return .failure(Problem(expected: "\(https) (plain http:// only for a loopback host: localhost, 127.0.0.0/8 or ::1)",
                                    found: "http://\(host)"))
        default:
            return .failure(Problem(expected: https, found: "a \(scheme):// URL"))
        }
    }

    /// localhost, 127.0.0.0/8 and ::1.
    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased().trimming { $0 == "[" || $0 == "]" }
        if name == "localhost" || name == "::1" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
