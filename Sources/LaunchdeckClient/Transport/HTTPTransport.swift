#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A request as the service clients describe it.
public struct TransportRequest: Sendable {
    public var method: String
    public var url: URL
    public var headers: [(name: String, value: String)]
    public var body: Data?

    public init(method: String = "GET", url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// A complete response: status, headers and the whole body.
public struct TransportResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first header with this name, compared case-insensitively.
    /// The first header called `name`, in any case (names are ASCII; compared as ASCII, not
    /// by Foundation's Unicode case folding).
    public func header(_ name: String) -> String? {
        func lower(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }
        return headers.first { $0.name.utf8.elementsEqual(name.utf8) { lower($0) == lower($1) } }?.value
    }
}

/// Sends requests. The real one is `AsyncHTTPTransport`; tests can script one.
public protocol HTTPTransport: Sendable {
    /// Sends `request`; throws `ClientError` with kind `.timeout`, `.transport`,
    /// `.bodyTooLarge` or `.cancelled` (the service is filled in by the caller).
    func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse
}
