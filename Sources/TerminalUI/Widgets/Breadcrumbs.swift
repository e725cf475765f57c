/// Where the user is: `launchdeck › Web › Hits by path`. The first crumb (the program's
/// name) in the title style, the trail after it muted and cut at the area's edge.
public struct Breadcrumbs: Sendable, Hashable {
    public var crumbs: [String]

    public init(_ crumbs: [String]) { self.crumbs = crumbs }

    /// Draws the trail on the first row of `area`; returns the columns written, so that
    /// what is drawn after it on the row can start past it.
    @discardableResult
    public func render(_ area: Rect, into buffer: inout Buffer) -> Int {
        guard !area.isEmpty, let root = crumbs.first else { return 0 }
        let arrow = buffer.glyphs.asciiOnly ? ">" : "\u{203A}"
        var x = area.x
        x += buffer.write(root, x: x, y: area.y, style: Style(.title, bold: true), maxWidth: area.width)
        if crumbs.count > 1 {
            let trail = crumbs.dropFirst().joined(separator: " \(arrow) ")
            x += buffer.write(" \(arrow) " + trail, x: x, y: area.y, style: .muted, maxWidth: area.maxX - x)
        }
        return x - area.x
    }
}
