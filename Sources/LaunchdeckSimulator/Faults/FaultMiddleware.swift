#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import NIOCore
import Synchronization

/// Puts the faults in force in front of every API route (not the admin endpoint).
struct FaultMiddleware<Context: RequestContext>: RouterMiddleware {
    let faults: FaultSwitch

    static func service(of path: String) -> FaultRule.Service? {
        if path.hasPrefix("/tinylytics/") { return .tinylytics }
        if path.hasPrefix("/taplytics/") { return .taplytics }
        if path.hasPrefix("/apteligent/") { return .apteligent }
        return nil
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let service = Self.service(of: request.uri.path) else { return try await next(request, context) }
        let (drawn, generation) = faults.draw(for: service)
        var truncate = false
        for fault in drawn {
            switch fault {
            case .latency(let ms): try await Task.sleep(for: .milliseconds(ms))
            case .serverError(let status):
                return JSONResponse.error("Simulated server error", status: .init(code: status))
            case .tooManyRequests:
                var response = JSONResponse.error("Simulated rate limit", status: .tooManyRequests)
                if let name = FieldName("Retry-After") { response.headers[name] = "1" }
                return response
            case .connectionReset:
                // Promise a body, then fail while writing it: the server drops the connection.
                return Response(status: .ok, headers: [.contentType: "application/json", .contentLength: "512"],
                                body: ResponseBody { _ in throw FaultError.reset })
            case .truncatedJSON: truncate = true
            case .malformedJSON:
                return Self.body(#"{"data": [1, 2,, "unterminated}"#, type: "application/json; charset=utf-8")
            case .htmlPage:
                return Self.body("<!DOCTYPE html><html><head><title>Welcome</title></head><body><h1>Analytics for everyone</h1></body></html>",
                                 type: "text/html; charset=utf-8")
            case .stall:
                let clock = ContinuousClock(), deadline = clock.now + .seconds(60)
                while faults.stallContinues(generation), clock.now < deadline {
                    try await Task.sleep(for: .milliseconds(20))
                }
                return JSONResponse.error("Simulated stall ended", status: .serviceUnavailable)
            }
        }
        let response = try await next(request, context)
        guard truncate else { return response }
        let collected = try await Self.collect(response.body)
        var half = collected
        half.moveWriterIndex(to: collected.readerIndex + collected.readableBytes / 2)
        var headers = response.headers
        headers[.contentLength] = nil
        return Response(status: response.status, headers: headers, body: .init(byteBuffer: half))
    }

    static func body(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The whole body of a response.
    static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let box = BodyBox()
        try await body.write(Collector(box: box))
        return box.value.withLock { $0 }
    }

    enum FaultError: Error { case reset }
}

/// A body writer that keeps what is written.
private struct Collector: ResponseBodyWriter {
    let box: BodyBox

    mutating func write(_ buffer: ByteBuffer) async throws {
        box.value.withLock { stored in
            var incoming = buffer
            stored.writeBuffer(&incoming)
        }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

private final class BodyBox: Sendable {
    let value = Mutex(ByteBuffer())
}
