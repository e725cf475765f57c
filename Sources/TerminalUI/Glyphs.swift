/// The characters widgets draw with: Unicode box drawing in a UTF-8 locale, ASCII otherwise.
///
/// Box characters are real Unicode, not ACS line drawing, so tmux and PuTTY draw them right.
public struct Glyphs: Sendable, Hashable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var ellipsis: Character
    public var times: Character
    public var separator: Character
    /// Shown where data held a control character or a character the terminal cannot show.
    public var placeholder: Character
    /// True when only ASCII may reach the terminal.
    public var asciiOnly: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
        bottomRight: "┘", ellipsis: "…", times: "×", separator: "·", placeholder: "\u{FFFD}",
        asciiOnly: false)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
        bottomRight: "+", ellipsis: "~", times: "x", separator: "-", placeholder: "?",
        asciiOnly: true)
}
