import Foundation
import Hummingbird
import LaunchdeckAPI

/// Builds JSON answers with the same encoder the client's decoder is tested against.
enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok,
                                   headers extra: HTTPFields = [:]) -> Response {
        let data = (try? JSONCoding.encoder().encode(value)) ?? Data(#"{"error":"encoding failed"}"#.utf8)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `{"error": message}`, the error shape the Tinylytics docs show.
    static func error(_ message: String, status: HTTPResponse.Status) -> Response {
        make(TinylyticsErrorBody(error: message), status: status)
    }
}
