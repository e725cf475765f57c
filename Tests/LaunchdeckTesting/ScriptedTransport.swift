import Foundation
import LaunchdeckClient
import Synchronization

/// A transport that answers from a script and records every request, for client tests
/// that need exact bodies, statuses or failures without a server.
public final class ScriptedTransport: HTTPTransport {
    public typealias Responder = @Sendable (TransportRequest) throws(ClientError) -> TransportResponse

    private let state: Mutex<(requests: [TransportRequest], responder: Responder)>

    public init(_ responder: @escaping Responder) {
        state = Mutex(([], responder))
    }

    /// Answers every request with `status` and `body`.
    public convenience init(status: Int = 200, body: String, headers: [(name: String, value: String)] = []) {
        let data = Data(body.utf8)
        self.init { _ throws(ClientError) in TransportResponse(status: status, headers: headers, body: data) }
    }

    public var requests: [TransportRequest] { state.withLock { $0.requests } }

    public func send(_ request: TransportRequest, for service: Service) async throws(ClientError) -> TransportResponse {
        let responder = state.withLock { s in
            s.requests.append(request)
            return s.responder
        }
        return try responder(request)
    }
}
