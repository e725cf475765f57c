/// Breaks text into lines of at most a number of columns, at spaces where it can; a word
/// wider than a line is cut between characters (never inside a wide one).
public enum Wrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        // Newlines break paragraphs; every other control becomes the placeholder.
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(Sanitizer.clean(String(paragraph)), width: width)
        }
        return lines
    }

    private static func wrapParagraph(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = "", used = 0
        for word in text.split(separator: " ") {
            var word = String(word)
            var wordWidth = TextWidth.of(word)
            if used > 0, used + 1 + wordWidth <= width {
                line += " " + word
                used += 1 + wordWidth
                continue
            }
            if used > 0 { lines.append(line) }
            line = ""
            used = 0
            while wordWidth > width {  // a word longer than a line: cut it
                let (head, rest) = split(word, at: width)
                lines.append(head)
                word = rest
                wordWidth = TextWidth.of(word)
            }
            line = word
            used = wordWidth
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    private static func split(_ word: String, at width: Int) -> (String, String) {
        var head = "", used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = TextWidth.of(word[index])
            if used + w > width, used > 0 { break }
            head.append(word[index])
            used += w
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
