/// Splits a rectangle into rows or columns by constraints. Pure: the same area and
/// constraints always give the same parts, and no part is ever negative.
///
/// The rules, in order:
/// 1. `spacing` cells go between neighbouring parts (fewer if the area is too small).
/// 2. Each part gets its base size: `fixed(n)` n, `percentage(p)` p% of the area (rounded
///    cumulatively), `min(n)` n, `fill` 0.
/// 3. If the bases do not fit, parts are served first to last and the last ones shrink,
///    down to zero: the first panes keep their size on a small terminal.
/// 4. What is left goes to `min` and `fill` parts by weight; a remainder of one cell goes
///    to the later parts. With no `min` or `fill` part the rest stays empty, at the end.
public struct Layout: Sendable, Hashable {
    public var axis: Axis
    public var constraints: [Constraint]
    public var spacing: Int

    public init(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) {
        self.axis = axis
        self.constraints = constraints
        self.spacing = Swift.max(0, spacing)
    }

    /// The sizes (in cells along the axis) of each part of a `total`-cell line.
    public func sizes(total: Int) -> [Int] {
        let count = constraints.count
        guard count > 0 else { return [] }
        let total = Swift.max(0, total)
        let gaps = Swift.min(spacing * (count - 1), total)
        let room = total - gaps
        var sizes = baseSizes(room: room)
        // Rule 3: serve first to last.
        var left = room
        for i in sizes.indices {
            sizes[i] = Swift.min(sizes[i], left)
            left -= sizes[i]
        }
        // Rule 4: share what is left by weight, cumulatively rounded.
        let weights = constraints.map(\.weight)
        let weightSum = weights.reduce(0, +)
        if left > 0, weightSum > 0 {
            var before = 0, running = 0
            for i in sizes.indices where weights[i] > 0 {
                running += weights[i]
                let upTo = left * running / weightSum
                sizes[i] += upTo - before
                before = upTo
            }
        }
        return sizes
    }

    /// The parts of `area`, in order.
    public func split(_ area: Rect) -> [Rect] {
        let total = axis == .vertical ? area.height : area.width
        let sizes = self.sizes(total: total)
        let gap = sizes.count > 1 ? Swift.min(spacing, total / Swift.max(1, sizes.count - 1)) : 0
        var position = axis == .vertical ? area.y : area.x
        var parts: [Rect] = []
        parts.reserveCapacity(sizes.count)
        for size in sizes {
            switch axis {
            case .vertical: parts.append(Rect(x: area.x, y: position, width: area.width, height: size))
            case .horizontal: parts.append(Rect(x: position, y: area.y, width: size, height: area.height))
            }
            position += size + gap
        }
        return parts
    }

    private func baseSizes(room: Int) -> [Int] {
        var sizes: [Int] = []
        var percentSoFar = 0
        for constraint in constraints {
            switch constraint {
            case .fixed(let n), .min(let n):
                sizes.append(Swift.max(0, n))
            case .percentage(let p):
                let p = Swift.min(100, Swift.max(0, p))
                let before = room * Swift.min(100, percentSoFar) / 100
                percentSoFar += p
                sizes.append(room * Swift.min(100, percentSoFar) / 100 - before)
            case .fill:
                sizes.append(0)
            }
        }
        return sizes
    }
}

extension Rect {
    /// This rectangle split into rows (top to bottom).
    public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout(.vertical, constraints, spacing: spacing).split(self)
    }

    /// This rectangle split into columns (left to right).
    public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout(.horizontal, constraints, spacing: spacing).split(self)
    }

    /// A `width`x`height` rectangle centred in this one (clamped to it).
    public func centered(width: Int, height: Int) -> Rect {
        let w = Swift.min(Swift.max(0, width), self.width), h = Swift.min(Swift.max(0, height), self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }
}
