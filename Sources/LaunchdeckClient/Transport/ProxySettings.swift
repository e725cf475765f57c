#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// The proxy the environment asks for: `HTTPS_PROXY` (or `https_proxy`), and `NO_PROXY`
/// (or `no_proxy`) for hosts reached directly. Loopback is always direct.
public struct ProxySettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var username: String?
    public var password: Secret?
    /// Host names or domain suffixes (`.example.com`, `example.com`), or `*` for all.
    public var bypass: [String]

    public init(host: String, port: Int, username: String? = nil, password: Secret? = nil, bypass: [String] = []) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.bypass = bypass
    }

    /// The settings in `environment`, or nil when no HTTPS proxy is set (or it is unreadable).
    public static func from(environment: [String: String]) -> ProxySettings? {
        guard let raw = environment["HTTPS_PROXY"] ?? environment["https_proxy"], !raw.isEmpty else { return nil }
        let text = raw.contains("://") ? raw : "http://" + raw
        // AsyncHTTPClient speaks to HTTP proxies (CONNECT for HTTPS); a socks5:// or https://
        // proxy would be misread as one, so it is not used.
        guard let url = URL(string: text), url.scheme?.lowercased() == "http", let host = url.host, !host.isEmpty
        else { return nil }
        let bypass = (environment["NO_PROXY"] ?? environment["no_proxy"] ?? "")
            .split(separator: ",")
            .map { $0.trimming(Character.isSpace).lowercased() }
            .filter { !$0.isEmpty }
        return ProxySettings(host: host, port: url.port ?? (url.scheme == "https" ? 443 : 80),
                             username: url.user(percentEncoded: false) ?? url.user,
                             password: (url.password(percentEncoded: false) ?? url.password).map { Secret($0) },
                             bypass: bypass)
    }

    /// True when requests to `host` go through the proxy.
    public func applies(to host: String) -> Bool {
        let h = host.lowercased()
        if BaseURL.isLoopback(h) { return false }
        for entry in bypass {
            if entry == "*" { return false }
            let domain = entry.hasPrefix(".") ? String(entry.dropFirst()) : entry
            let bare = domain.split(separator: ":").first.map(String.init) ?? domain
            if h == bare || h.hasSuffix("." + bare) { return false }
        }
        return true
    }
}
