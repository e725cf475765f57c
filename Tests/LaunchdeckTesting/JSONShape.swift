import Foundation

/// The shape of a JSON document: the keys at every level and the JSON type of each value,
/// ignoring the values. The simulator's contract tests compare its answers with the seeds'
/// example bodies through this one recursive comparison.
public enum JSONShape {
    /// The differences between `actual` and `expected`, as readable lines (empty when the
    /// shapes match). A `null` in the example matches any type (the docs print null for
    /// "absent"); arrays are compared element by element against the example's first one.
    public static func differences(actual: Data, expected: Data) throws -> [String] {
        let a = try JSONSerialization.jsonObject(with: actual, options: [.fragmentsAllowed])
        let e = try JSONSerialization.jsonObject(with: expected, options: [.fragmentsAllowed])
        var out: [String] = []
        compare(a, e, path: "$", into: &out)
        return out
    }

    static func kind(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let number as NSNumber:
            // Booleans come back as NSNumber too; their Objective-C type is "c".
            return String(cString: number.objCType) == "c" ? "bool" : "number"
        case is String: return "string"
        case is [Any]: return "array"
        case is [String: Any]: return "object"
        default: return "unknown"
        }
    }

    static func compare(_ actual: Any, _ expected: Any, path: String, into out: inout [String]) {
        let (ka, ke) = (kind(actual), kind(expected))
        if ke == "null" { return }
        guard ka == ke else {
            out.append("\(path): \(ka), expected \(ke)")
            return
        }
        if let e = expected as? [String: Any], let a = actual as? [String: Any] {
            for key in e.keys.sorted() {
                guard let value = a[key] else {
                    out.append("\(path).\(key): missing")
                    continue
                }
                compare(value, e[key] as Any, path: "\(path).\(key)", into: &out)
            }
            for key in a.keys.sorted() where e[key] == nil { out.append("\(path).\(key): not in the example") }
        } else if let e = expected as? [Any], let a = actual as? [Any], let template = e.first {
            for (index, element) in a.enumerated() { compare(element, template, path: "\(path)[\(index)]", into: &out) }
        }
    }
}
