import Foundation
import Hummingbird
import LaunchdeckClient
import Logging
import NIOCore
import Testing

/// The real transport against a misbehaving server on 127.0.0.1 (port 0): bodies too
/// large, answers that never come, cancellation.
@Suite struct AsyncHTTPTransportTests {
    /// Runs `body` with a server whose routes misbehave on purpose.
    func withServer(_ body: (URL, AsyncStream<Void>) async throws -> Void) async throws {
        let stalled = AsyncStream<Void>.makeStream()
        let router = Router()
        router.get("/big") { _, _ in
            Response(status: .ok, body: .init(byteBuffer: ByteBuffer(repeating: UInt8(ascii: "x"), count: 11 * 1024 * 1024)))
        }
        router.get("/stall") { _, _ -> Response in
            stalled.continuation.yield()
            try await Task.sleep(for: .seconds(30))
            return Response(status: .ok)
        }
        var logger = Logger(label: "test-server")
        logger.logLevel = .critical
        let port = PortBox()
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { port.set($0.localAddress?.port ?? 0) }, logger: logger)
        let server = Task { try await app.runService() }
        defer { server.cancel() }
        let bound = try await port.wait()
        try await body(try #require(URL(string: "http://127.0.0.1:\(bound)")), stalled.stream)
    }

    @Test func aBodyOver10MBIsRefusedNotHeld() async throws {
        try await withServer { base, _ in
            let transport = AsyncHTTPTransport()
            let result: Result<TransportResponse, ClientError>
            do { result = .success(try await transport.send(TransportRequest(url: base.appendingPathComponent("big")), for: .tinylytics)) }
            catch let error as ClientError { result = .failure(error) }
            await transport.shutdown()
            #expect(throws: ClientError(.tinylytics, .bodyTooLarge(limit: AsyncHTTPTransport.maxBodyBytes))) { try result.get() }
        }
    }

    @Test func aStalledAnswerTimesOut() async throws {
        // Read 300 ms, total a minute: the answer that never comes ends on the read timeout.
        try await withServer { base, _ in
            let transport = AsyncHTTPTransport(timeouts: .init(connect: .seconds(2), read: .milliseconds(300), total: .seconds(60)))
            let result: Result<TransportResponse, ClientError>
            do { result = .success(try await transport.send(TransportRequest(url: base.appendingPathComponent("stall")), for: .taplytics)) }
            catch let error as ClientError { result = .failure(error) }
            await transport.shutdown()
            #expect(throws: ClientError(.taplytics, .timeout)) { try result.get() }
        }
    }

    @Test func cancellingTheTaskStopsTheRequest() async throws {
        try await withServer { base, stalled in
            let transport = AsyncHTTPTransport()
            let request = Task { () -> ClientError? in
                do {
                    _ = try await transport.send(TransportRequest(url: base.appendingPathComponent("stall")), for: .apteligent)
                    return nil
                } catch let error as ClientError {
                    return error
                } catch {
                    return nil
                }
            }
            // Cancelled once the server holds the request; should cancelling not stop it, the
            // server answers after 30 s and the request returns no error.
            for await _ in stalled { break }
            request.cancel()
            let error = await request.value
            await transport.shutdown()
            #expect(error?.kind == .cancelled, "the request ended when its task was cancelled")
        }
    }
}

/// The port a test server bound, once it is known.
final class PortBox: Sendable {
    private let stream: AsyncStream<Int>
    private let continuation: AsyncStream<Int>.Continuation
    init() { (stream, continuation) = AsyncStream.makeStream() }
    func set(_ port: Int) { continuation.yield(port) }
    func wait() async throws -> Int {
        for await port in stream { return port }
        throw CancellationError()
    }
}
