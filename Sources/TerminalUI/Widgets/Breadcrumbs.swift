/// Where the user is: `Overview › Crashes › NullPointerException`. When the trail is too
/// long the oldest crumbs give way first (`… › Crashes › NullPointer…`); the current one is
/// always shown, cut at its end only when it alone is too wide.
public struct Breadcrumbs: Sendable, Hashable {
    public var crumbs: [String]

    public init(_ crumbs: [String]) { self.crumbs = crumbs }

    /// The text drawn in `width` columns, each crumb with its style.
    public func parts(width: Int, glyphs: Glyphs) -> [(String, Style)] {
        let crumbs = self.crumbs.map { Sanitizer.clean($0) }
        guard width > 0, let current = crumbs.last else { return [] }
        let separator = glyphs.asciiOnly ? " > " : " › "
        let ellipsis = String(glyphs.ellipsis)
        let currentStyle = Style(.title, bold: true)
        // Keep crumbs from the end while they fit, leaving room for "… › " if any are dropped.
        var kept = [current]
        var used = TextWidth.of(current)
        for crumb in crumbs.dropLast().reversed() {
            let needed = used + TextWidth.of(crumb) + TextWidth.of(separator)
            let droppedBefore = kept.count + 1 < crumbs.count
            let reserve = droppedBefore ? TextWidth.of(ellipsis + separator) : 0
            guard needed + reserve <= width else { break }
            kept.insert(crumb, at: 0)
            used = needed
        }
        if kept.count == 1, used > width {
            return [(Truncate.toWidth(current, width, ellipsis: glyphs.ellipsis), currentStyle)]
        }
        var parts: [(String, Style)] = []
        if kept.count < crumbs.count, used + TextWidth.of(ellipsis + separator) <= width {
            parts.append((ellipsis + separator, .muted))
        }
        for (i, crumb) in kept.enumerated() {
            let isCurrent = i == kept.count - 1
            parts.append((crumb, isCurrent ? currentStyle : .muted))
            if !isCurrent { parts.append((separator, .muted)) }
        }
        return parts
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        var x = area.x
        for (text, style) in parts(width: area.width, glyphs: buffer.glyphs) {
            x += buffer.write(text, x: x, y: area.y, style: style, maxWidth: area.maxX - x)
        }
    }
}
