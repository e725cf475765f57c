/// The help box: every key and what it does, from the same list the key map uses.
public struct HelpOverlay: Sendable {
    public var title: String
    public var entries: [StatusBar.Hint]

    public init(title: String = "Help", entries: [StatusBar.Hint]) {
        self.title = title
        self.entries = entries
    }

    public func render(_ screen: Rect, into buffer: inout Buffer) {
        let keyWidth = TextWidth.widest(entries.map(\.key))
        let actionWidth = TextWidth.widest(entries.map(\.action))
        let modal = Modal(title: title, status: [("esc close", .muted)],
                          width: Swift.max(keyWidth + actionWidth + 6, 24), height: entries.count + 2)
        let inner = modal.render(screen, into: &buffer)
        let list = KeyValueList(entries.map { KeyValueList.Entry($0.key, $0.action) }, keyStyle: Style(.accent, bold: true))
        list.render(inner, into: &buffer)
    }
}
