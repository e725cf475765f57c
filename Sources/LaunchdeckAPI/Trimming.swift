/// Trimming without Foundation's `CharacterSet` (FoundationEssentials has neither it nor
/// `trimmingCharacters(in:)`): the same two sets the code used, by Unicode category.
extension StringProtocol {
    /// Without leading and trailing characters that `drop` matches: by default spaces and
    /// newlines (`CharacterSet.whitespacesAndNewlines`).
    public func trimming(_ drop: (Character) -> Bool = Character.isSpaceOrNewline) -> String {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension Character {
    /// `CharacterSet.whitespaces`: a tab or a space separator (Unicode category Zs).
    public static func isSpace(_ c: Character) -> Bool {
        c == "\t" || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator }
    }

    /// `CharacterSet.whitespacesAndNewlines`: a space, a line or paragraph separator, or
    /// U+000A to U+000D and U+0085.
    public static func isSpaceOrNewline(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy {
            switch $0.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: true
            default: (0x09...0x0D).contains($0.value) || $0.value == 0x85
            }
        }
    }
}
