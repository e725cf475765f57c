/// Walks the Unicode scalars of a TOML source, knows the line and column of each, and
/// says what it is looking at in words ("end of line", "`x`") for error messages.
struct TOMLCursor {
    let scalars: [Unicode.Scalar]
    private(set) var index = 0
    private let lineStarts: [Int]

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        var starts = [0]
        for (i, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(i + 1)
        }
        lineStarts = starts
    }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    var atEnd: Bool { index >= scalars.count }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func advance(_ count: Int = 1) {
        index = min(index + count, scalars.count)
    }

    /// True when the next scalars spell `text`.
    func looksAt(_ text: String) -> Bool {
        for (offset, scalar) in text.unicodeScalars.enumerated() where peek(offset) != scalar {
            return false
        }
        return true
    }

    var position: TOMLPosition { position(of: index) }

    func position(of offset: Int) -> TOMLPosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return TOMLPosition(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The scalar here, in words.
    var found: String {
        guard let scalar = current else { return "end of file" }
        if scalar == "\n" || (scalar == "\r" && peek(1) == "\n") { return "end of line" }
        return Self.describe(scalar)
    }

    static func describe(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
            return "control character " + Self.hex(scalar)
        }
        if scalar == "`" { return "a backtick" }
        if scalar == " " { return "a space" }
        return "`\(scalar)`"
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// "expected X, found <what is here>" at the current position.
    func expected(_ what: String) -> TOMLError {
        TOMLError(position: position, message: "expected \(what), found \(found)")
    }

    func error(_ message: String, at offset: Int? = nil) -> TOMLError {
        TOMLError(position: position(of: offset ?? index), message: message)
    }

    /// Skips spaces and tabs.
    mutating func skipBlanks() {
        while let scalar = current, scalar == " " || scalar == "\t" { advance() }
    }

    /// True at a newline (LF or CRLF) or the end of the file.
    var atLineEnd: Bool {
        guard let scalar = current else { return true }
        return scalar == "\n" || (scalar == "\r" && peek(1) == "\n")
    }

    /// Skips a newline if there is one.
    mutating func skipNewline() -> Bool {
        if current == "\n" { advance(); return true }
        if current == "\r", peek(1) == "\n" { advance(2); return true }
        return false
    }

    /// Skips a `#` comment up to (not over) the end of its line.
    mutating func skipComment() throws(TOMLError) {
        guard current == "#" else { return }
        while !atLineEnd, let scalar = current {
            if scalar != "\t", scalar.value < 0x20 || scalar.value == 0x7F {
                throw error("\(Self.describe(scalar)) is not allowed in a comment")
            }
            advance()
        }
    }

    /// Skips blanks, comments and newlines (inside arrays and inline tables).
    mutating func skipBlanksCommentsAndNewlines() throws(TOMLError) {
        while true {
            skipBlanks()
            try skipComment()
            if !skipNewline() { return }
        }
    }
}
