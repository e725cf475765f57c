/// What draws a finished `Buffer` somewhere: the ncurses screen, a test, a file.
public protocol Backend {
    /// The size the next frame should have.
    var size: Size { get }
    /// Shows `buffer`, touching only what changed since the last frame.
    mutating func draw(_ buffer: Buffer)
}

/// A backend that keeps the last frame in memory, for tests and headless screenshots.
public struct TestBackend: Backend {
    public var size: Size
    public private(set) var frame: Buffer
    /// How many cells each draw changed, in order.
    public private(set) var changedCounts: [Int] = []

    public init(size: Size, glyphs: Glyphs = .unicode) {
        self.size = size
        self.frame = Buffer(size: size, glyphs: glyphs)
    }

    public mutating func draw(_ buffer: Buffer) {
        changedCounts.append(buffer.changedIndices(since: frame).count)
        frame = buffer
    }

    /// The frame as text lines with trailing spaces removed, for literal assertions.
    public var lines: [String] {
        frame.lines.map { line in
            var l = line
            while l.last == " " { l.removeLast() }
            return l
        }
    }
}
