#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads an HTTP `Link` header into its targets by relation (`next`, `last`, `first`, `prev`).
///
/// Taplytics writes `<url>; rel='next'` with single quotes (RFC 8288 has double quotes or a
/// bare token); all three are read. The doc's own example ends in a stray `"`, which is
/// ignored. Entries without a usable `<target>` or `rel` are skipped; nothing here throws or
/// traps, whatever the header holds. Relation names are lowercased; when one appears twice
/// the first wins. Relative targets are returned as relative URLs.
public enum LinkHeader {
    public static func parse(_ header: String) -> [String: URL] {
        var links: [String: URL] = [:]
        var rest = Substring(header)
        while var open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            // An earlier "<" that never closed is garbage: start from the last one.
            if let last = rest[open..<close].lastIndex(of: "<") { open = last }
            let target = rest[rest.index(after: open)..<close]
            let paramsStart = rest.index(after: close)
            let paramsEnd = rest[paramsStart...].firstIndex(of: "<") ?? rest.endIndex
            let params = linkParams(rest[paramsStart..<paramsEnd])
            rest = rest[paramsEnd...]
            guard let url = url(target) else { continue }
            for relation in relations(params) where links[relation] == nil {
                links[relation] = url
            }
        }
        return links
    }

    /// The parameters of one link-value: up to the first comma outside double quotes.
    private static func linkParams(_ text: Substring) -> Substring {
        var quoted = false
        for index in text.indices {
            switch text[index] {
            case "\"": quoted.toggle()
            case "," where !quoted: return text[..<index]
            default: continue
            }
        }
        return text
    }

    /// The relation types of `; rel=...` in `params`, lowercased.
    private static func relations(_ params: Substring) -> [String] {
        for param in params.split(separator: ";") {
            let parts = param.split(separator: "=", maxSplits: 1)
            guard parts.count == 2,
                  parts[0].trimming().lowercased() == "rel"
            else { continue }
            let value = parts[1].trimming { Character.isSpaceOrNewline($0) || $0 == "\"" || $0 == "'" }
            return value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        }
        return []
    }

    /// The target as a URL, or nil when it is empty or holds what no URL may hold.
    private static func url(_ target: Substring) -> URL? {
        let text = target.trimming()
        guard !text.isEmpty,
              !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || "<>\"".unicodeScalars.contains($0) })
        else { return nil }
        return URL(string: text)
    }
}
