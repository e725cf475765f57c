import TerminalInput

/// The key map as a Markdown table: the README's key section is this text, and a test keeps
/// the two equal, so the documentation cannot drift from what the keys do.
extension KeyMap {
    public var markdown: String {
        var lines = ["| keys | what they do |", "| --- | --- |"]
        for binding in bindings where !binding.keys.isEmpty {
            let keys = binding.keys.map(\.name).map { "`\($0 == "`" ? "` ` `" : $0)`" }.joined(separator: " ")
            lines.append("| \(keys.replacing("|", with: "\\|")) | \(binding.action.summary) |")
        }
        return lines.joined(separator: "\n")
    }
}
