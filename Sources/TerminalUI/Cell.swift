/// One terminal cell: a grapheme cluster, its display width and its style.
///
/// A wide character occupies its cell (width 2) and the next one, which holds a
/// continuation (width 0) that backends skip.
public struct Cell: Hashable, Sendable {
    public var symbol: Character
    public var width: UInt8
    public var style: Style

    public init(_ symbol: Character = " ", width: UInt8 = 1, style: Style = .text) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    static func continuation(_ style: Style) -> Cell { Cell(" ", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
