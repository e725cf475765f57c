#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Turns a response into a typed value or a typed error.
///
/// A JSON endpoint that answers with anything but JSON (the HTML page a bad Tinylytics key
/// was seen to get with status 200) is an error, never empty data.
enum ResponseDecoder {
    /// Decodes leniently (`LenientJSON`): what could not be read goes to `notes`, named by
    /// `endpoint` (a path, never a query).
    static func decode<T: Decodable>(_ type: T.Type, from response: TransportResponse, service: Service,
                                     endpoint: String = "", notes: DecodeNoteLog = .shared) throws(ClientError) -> T {
        let looksLikeJSON = looksLikeJSON(response.body)
        guard (200..<300).contains(response.status) else {
            throw error(for: response, service: service, looksLikeJSON: looksLikeJSON)
        }
        guard !response.body.isEmpty else {
            throw ClientError(service, .decoding(path: ""), detail: "the body was empty")
        }
        guard looksLikeJSON else { throw ClientError(service, .notJSON(status: response.status)) }
        do {
            let (value, found) = try LenientJSON.decode(T.self, from: response.body)
            notes.record(found, service: service, endpoint: endpoint)
            return value
        } catch let error as DecodingError {
            throw describe(error, service: service)
        } catch {
            throw ClientError(service, .decoding(path: ""), detail: "invalid JSON")
        }
    }

    /// The typed error for a non-2xx answer, carrying the API's own message when it sent one.
    static func error(for response: TransportResponse, service: Service, looksLikeJSON: Bool,
                      secrets: [Secret] = []) -> ClientError {
        let message = looksLikeJSON ? apiMessage(response.body, secrets: secrets) : nil
        let kind: ClientError.Kind
        switch response.status {
        case 400: kind = .badRequest
        case 401: kind = .unauthorized
        case 402: kind = .paymentRequired
        case 403: kind = .forbidden
        case 404: kind = .notFound
        case 422: kind = .unprocessable
        case 429: kind = .rateLimited
        case 500...599: kind = .server(status: response.status)
        default: kind = .unexpectedStatus(response.status)
        }
        return ClientError(service, kind, detail: message)
    }

    /// `error` or `message` of an error body, cut to one short line.
    static func apiMessage(_ body: Data, secrets: [Secret] = []) -> String? {
        guard let object = (try? JSONDecoder().decode(JSONValue.self, from: body))?.objectValue else { return nil }
        let errors = object["errors"]?.arrayValue.flatMap { list in
            list.allSatisfy { $0.stringValue != nil } ? list.compactMap(\.stringValue).joined(separator: "; ") : nil
        }
        let text = object["error"]?.stringValue ?? object["message"]?.stringValue
            ?? object["error_description"]?.stringValue ?? errors
        // Secrets go before the cut, so a key echoed across it cannot survive in part.
        let redacted = text.map { message in
            secrets.reduce(message) { text, secret in
                secret.isEmpty ? text : text.replacing(secret.reveal(), with: "<redacted>")
            }
        }
        return redacted.map { String($0.prefix(200)) }
    }

    static func describe(_ error: DecodingError, service: Service) -> ClientError {
        func path(_ keys: [any CodingKey]) -> String { LenientJSON.path(keys) }
        switch error {
        case .keyNotFound(let key, let context):
            return ClientError(service, .decoding(path: path(context.codingPath + [key])), detail: "missing")
        case .typeMismatch(let type, let context):
            return ClientError(service, .decoding(path: path(context.codingPath)), detail: "expected \(type)")
        case .valueNotFound(let type, let context):
            return ClientError(service, .decoding(path: path(context.codingPath)), detail: "expected \(type), got null")
        case .dataCorrupted(let context):
            let detail = context.codingPath.isEmpty ? "invalid JSON" : context.debugDescription
            return ClientError(service, .decoding(path: path(context.codingPath)), detail: String(detail.prefix(120)))
        @unknown default:
            return ClientError(service, .decoding(path: ""))
        }
    }

    /// The one rule for "is this JSON": after a byte-order mark and whitespace, `{` or `[`.
    static func looksLikeJSON(_ body: Data) -> Bool {
        let first = body.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
