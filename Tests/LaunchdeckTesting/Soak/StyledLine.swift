/// A screen row from `capture-pane -e`: its text and the foreground colour of each
/// character (the SGR code: 30–37 or 90–97, 39 for the default, 38 for 256-colour and RGB).
public struct StyledLine: Sendable, Equatable {
    public private(set) var text = ""
    public private(set) var foregrounds: [Int] = []

    public init(escaped: String) {
        var text = "", foregrounds: [Int] = []
        var foreground = 39
        var iterator = Array(escaped.unicodeScalars).makeIterator()
        var pending: [Unicode.Scalar] = []
        func flush() {
            guard !pending.isEmpty else { return }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: pending)
            let chunk = String(scalars)
            text += chunk
            foregrounds += Array(repeating: foreground, count: chunk.count)
            pending.removeAll()
        }
        while let scalar = iterator.next() {
            guard scalar == "\u{1B}" else {
                pending.append(scalar)
                continue
            }
            flush()
            guard iterator.next() == "[" else { continue }
            var parameters = ""
            var final: Unicode.Scalar?
            while let next = iterator.next() {
                if (0x40...0x7E).contains(next.value) {
                    final = next
                    break
                }
                parameters.unicodeScalars.append(next)
            }
            if final == "m" { foreground = Self.apply(parameters, to: foreground) }
        }
        flush()
        self.text = text
        self.foregrounds = foregrounds
    }

    /// The foreground after an SGR sequence with these parameters.
    static func apply(_ parameters: String, to current: Int) -> Int {
        var foreground = current
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }.makeIterator()
        while let code = codes.next() {
            switch code {
            case 0, 39: foreground = 39
            case 30...37, 90...97: foreground = code
            case 38:
                foreground = 38
                if codes.next() == 5 { _ = codes.next() } else { _ = (codes.next(), codes.next(), codes.next()) }
            case 48:
                if codes.next() == 5 { _ = codes.next() } else { _ = (codes.next(), codes.next(), codes.next()) }
            default: break
            }
        }
        return foreground
    }

    /// The foreground of the first character of `needle`, searched after `anchor` (so the
    /// age of pane 2 is not read from pane 1); nil when either is not there.
    public func foreground(of needle: String, after anchor: String) -> Int? {
        guard let start = text.range(of: anchor),
              let found = text.range(of: needle, range: start.upperBound..<text.endIndex) else { return nil }
        let index = text.distance(from: text.startIndex, to: found.lowerBound)
        return index < foregrounds.count ? foregrounds[index] : nil
    }

    /// Every row of a `capture-pane -e` capture.
    public static func lines(_ captured: String) -> [StyledLine] {
        var rows = captured.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows.map(StyledLine.init(escaped:))
    }
}
