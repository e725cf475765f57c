import AsyncHTTPClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import NIOCore
import NIOHTTP1
import NIOPosix

/// The real transport: one shared AsyncHTTPClient for every service.
///
/// Redirects are not followed: an API that redirects is misconfigured (a base URL that
/// points at a marketing page), and following one could carry the key to another host.
public final class AsyncHTTPTransport: HTTPTransport {
    public struct Timeouts: Sendable {
        public var connect: Duration
        public var read: Duration
        /// The whole request, from sending to the last byte of the body.
        public var total: Duration
        public init(connect: Duration = .seconds(5), read: Duration = .seconds(15), total: Duration = .seconds(30)) {
            self.connect = connect
            self.read = read
            self.total = total
        }
    }

    /// A dashboard makes a few requests a minute, so one event-loop thread serves them all
    /// (and the demo's in-process simulator). NIO's default is a thread per core, each with its
    /// own stack and malloc arena: 64 idle threads on a 64-core server. Call once, before any
    /// client or server starts (NIO stops the process if the count changes after first use);
    /// `NIO_SINGLETON_GROUP_LOOP_COUNT` in the environment still wins.
    public static func useOneEventLoopThread(environment: [String: String]) {
        guard environment["NIO_SINGLETON_GROUP_LOOP_COUNT"] == nil else { return }
        NIOSingletons.groupLoopCountSuggestion = 1
    }

    /// Bodies larger than this are refused rather than held in memory.
    public static let maxBodyBytes = 10 * 1024 * 1024

    private let client: HTTPClient
    /// The client that goes through `HTTPS_PROXY`, when one is set.
    private let proxied: (client: HTTPClient, settings: ProxySettings)?
    private let timeouts: Timeouts

    /// - Parameter proxy: from `ProxySettings.from(environment:)`; nil for direct connections.
    public init(timeouts: Timeouts = Timeouts(), proxy: ProxySettings? = nil) {
        func configuration(_ proxy: ProxySettings?) -> HTTPClient.Configuration {
            var configuration = HTTPClient.Configuration(
                redirectConfiguration: .disallow,
                timeout: .init(connect: .init(timeouts.connect), read: .init(timeouts.read)))
            configuration.httpVersion = .automatic
            // A refused connection fails the request at once (AsyncHTTPClient would try again
            // until the connect timeout, 5 s of silence); RetryPolicy decides what happens next.
            configuration.connectionPool.retryConnectionEstablishment = false
            if let proxy {
                let authorization = proxy.username.map {
                    HTTPClient.Authorization.basic(username: $0, password: proxy.password?.reveal() ?? "")
                }
                configuration.proxy = .server(host: proxy.host, port: proxy.port, authorization: authorization)
            }
            return configuration
        }
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration(nil))
        self.proxied = proxy.map { (HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration($0)), $0) }
        self.timeouts = timeouts
    }

    /// Closes every connection; call once when the program ends.
    public func shutdown() async {
        try? await client.shutdown()
        try? await proxied?.client.shutdown()
    }

    public func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            var chosen = client
            if let proxied, let host = request.url.host, proxied.settings.applies(to: host) { chosen = proxied.client }
            let response = try await chosen.execute(outgoing, timeout: .init(timeouts.total))
            let body = try await response.body.collect(upTo: Self.maxBodyBytes)
            return TransportResponse(
                status: Int(response.status.code),
                headers: response.headers.map { (name: $0.name, value: $0.value) },
                body: Data(body.readableBytesView))
        } catch {
            throw Self.classify(error, service: service)
        }
    }

    static func classify(_ error: any Error, service: Service) -> ClientError {
        if error is CancellationError { return ClientError(service, .cancelled) }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout:
                return ClientError(service, .timeout)
            case .cancelled:
                return ClientError(service, .cancelled)
            case .remoteConnectionClosed:
                return ClientError(service, .transport, detail: Self.brokenOff)
            default:
                // shortDescription names the problem without echoing header values: a
                // header AsyncHTTPClient refuses would otherwise put the key in the text.
                return ClientError(service, .transport, detail: "network error: " + error.shortDescription)
            }
        }
        if error is NIOTooManyBytesError { return ClientError(service, .bodyTooLarge(limit: maxBodyBytes)) }
        // The server closed or garbled the answer part-way (a reset mid-response).
        if error is HTTPParserError { return ClientError(service, .transport, detail: Self.brokenOff) }
        // Refused, unreachable, no such host: nothing was sent.
        if let error = error as? IOError {
            return ClientError(service, .transport, detail: "could not connect (\(Self.reason(error.errnoCode))); check the base URL and the network")
        }
        if let error = error as? NIOConnectionError {
            let why = error.connectionErrors.isEmpty && (error.dnsAError != nil || error.dnsAAAAError != nil)
                ? "the host name did not resolve" : "no address answered"
            return ClientError(service, .transport, detail: "could not connect (\(why)); check the base URL and the network")
        }
        return ClientError(service, .transport, detail: "network error: " + String(describing: type(of: error)))
    }

    private static let brokenOff = "the connection closed before the answer ended"

    /// The C library's words for an errno (ECONNREFUSED → "Connection refused"), lower-cased.
    private static func reason(_ code: CInt) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let (nanos, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        self = overflow ? .nanoseconds(Int64.max) : .nanoseconds(nanos + attoseconds / 1_000_000_000)
    }
}
