#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Checks and joins base URLs: HTTPS everywhere, plain HTTP only to a loopback host.
public enum BaseURL {
    /// Parses `text` as a base URL for `service`, refusing plain HTTP off loopback.
    public static func parse(_ text: String, for service: Service) throws(ClientError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host,
              !host.isEmpty
        else {
            throw ClientError(service, .insecureURL, detail: "not a URL: \(text.prefix(80))")
        }
        if url.user != nil || url.password != nil || url.query != nil {
            throw ClientError(service, .insecureURL, detail: "a base URL holds no credentials or query")
        }
        switch scheme {
        case "https": return url
        case "http" where isLoopback(host): return url
        case "http": throw ClientError(service, .insecureURL, detail: host)
        default: throw ClientError(service, .insecureURL, detail: "scheme \(scheme)")
        }
    }

    /// True for localhost, 127.0.0.0/8 and ::1.
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimming { $0 == "[" || $0 == "]" }
        if h == "localhost" || h == "::1" { return true }
        let parts = h.split(separator: ".")
        return parts.count == 4 && parts.first == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The URL of one endpoint: `base` + `path` + query, after checking again that the
    /// base is HTTPS (or loopback), whoever built the client, so a key never travels in
    /// clear text off this machine.
    public static func endpoint(_ base: URL, path: String, query: [(name: String, value: String)] = [],
                                for service: Service) throws(ClientError) -> URL {
        _ = try parse(base.absoluteString, for: service)
        guard let url = join(base, path: path, query: query) else {
            throw ClientError(service, .insecureURL, detail: "cannot build a URL for \(path)")
        }
        return url
    }

    /// `base` + `path` + query, keeping the base's own path (`/api/v1`).
    public static func join(_ base: URL, path: String, query: [(name: String, value: String)] = []) -> URL? {
        guard var components = URLComponents(url: base, resolvingAgainstBaseURL: false) else { return nil }
        var basePath = components.path
        while basePath.hasSuffix("/") { basePath.removeLast() }
        components.path = basePath + path
        components.queryItems = query.isEmpty ? nil : query.map { URLQueryItem(name: $0.name, value: $0.value) }
        return components.url
    }

    /// An id as one path segment (letters, digits, `-`, `_`, `.`): nothing that could walk
    /// to another path or carry a query.
    public static func segment(_ id: String, for service: Service) throws(ClientError) -> String {
        guard !id.isEmpty, id != ".", id != "..",
              id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
        else {
            throw ClientError(service, .badRequest, detail: "not a \(service.displayName) id: \(id.prefix(40).debugDescription)")
        }
        return id
    }
}
