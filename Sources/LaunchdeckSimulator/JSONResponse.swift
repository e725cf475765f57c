#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// Builds JSON answers with the same encoder the client's decoder is tested against.
enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok,
                                   headers extra: HTTPFields = [:]) -> Response {
        let data = (try? JSONCoding.encoder().encode(value)) ?? Data(#"{"error":"encoding failed"}"#.utf8)
        return body(data, status: status, headers: extra)
    }

    /// Like `make`, then writes JSON `null` at each of `nulls` where the value is absent:
    /// the docs print an unknown value as `null` (`last_error_message`, `referrer`), where
    /// the shared models leave the key out. A path is dot-separated; `[]` enters each element.
    static func make<T: Encodable>(_ value: T, nulls: [String], status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONCoding.encoder()
        guard let data = try? encoder.encode(value),
              let tree = try? JSONDecoder().decode(JSONValue.self, from: data),
              let filled = try? encoder.encode(nulls.reduce(tree) { fill($0, path: $1.split(separator: ".").map(String.init)) })
        else { return make(value, status: status) }
        return body(filled, status: status, headers: [:])
    }

    static func fill(_ value: JSONValue, path: [String]) -> JSONValue {
        guard let head = path.first else { return value }
        let rest = Array(path.dropFirst())
        if head.hasSuffix("[]") {
            let key = String(head.dropLast(2))
            guard case .object(var object) = value, case .array(let items)? = object[key] else { return value }
            object[key] = .array(items.map { fill($0, path: rest) })
            return .object(object)
        }
        guard case .object(var object) = value else { return value }
        if rest.isEmpty {
            if object[head] == nil { object[head] = .null }
        } else if let inner = object[head] {
            object[head] = fill(inner, path: rest)
        }
        return .object(object)
    }

    static func body(_ data: Data, status: HTTPResponse.Status, headers extra: HTTPFields) -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `{"error": message}`, the error shape the Tinylytics docs show.
    static func error(_ message: String, status: HTTPResponse.Status) -> Response {
        make(TinylyticsErrorBody(error: message), status: status)
    }
}
