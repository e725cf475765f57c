#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI
import NIOCore

/// JSON for a page of flat rows (strings and numbers), written by hand. Foundation's encoder
/// spent about 0.25 ms on a 100-row page, most of a request; pages of grouped hits and of
/// the leaderboard are what a dashboard polls. The rest of the body still comes from the
/// shared models, and the contract tests check the rows' shape against the seeds.
struct FlatRows {
    enum Value {
        case string(String)
        case int(Int)
        case double(Double)
    }

    private var out = "["
    private var empty = true

    /// Appends one row; its keys are written sorted, as `JSONCoding.encoder()` sorts them.
    mutating func append(_ fields: [(String, Value)]) {
        if !empty { out += "," }
        empty = false
        out += "{"
        let inOrder = zip(fields, fields.dropFirst()).allSatisfy { $0.0 < $1.0 }
        for (index, field) in (inOrder ? fields : fields.sorted { $0.0 < $1.0 }).enumerated() {
            if index > 0 { out += "," }
            Self.string(field.0, into: &out)
            out += ":"
            switch field.1 {
            case .string(let text): Self.string(text, into: &out)
            case .int(let number): out += String(number)
            case .double(let number):
                out += number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
            }
        }
        out += "}"
    }

    var json: String { out + "]" }

    static func string(_ text: String, into out: inout String) {
        // Most paths need no escaping: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += String(cFormat: "\\u%04x", c.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension JSONResponse {
    /// `body` (encoded with `key` an empty list) with `rows` put in as that list.
    static func make<T: Encodable>(_ body: T, rows: FlatRows, at key: String) -> Response {
        let encoded = (try? JSONCoding.encoder().encode(body)) ?? Data()
        let empty = Data("\"\(key)\":[]".utf8)
        guard let range = encoded.firstRange(of: empty) else { return make(body) }
        var data = encoded
        data.replaceSubrange(range, with: Data("\"\(key)\":\(rows.json)".utf8))
        return self.body(data, status: .ok, headers: [:])
    }
}
