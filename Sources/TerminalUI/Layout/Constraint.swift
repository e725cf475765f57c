/// How much of a row or column split one part asks for.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells (fewer only when the area runs out).
    case fixed(Int)
    /// This share of the whole area, 0...100. Percentages of the same split are rounded so
    /// that 50% + 50% of an odd width covers it exactly.
    case percentage(Int)
    /// At least this many cells, and a share of the space left over (weight 1).
    case min(Int)
    /// Only a share of the space left over, in proportion to its weight.
    case fill(Int)

    /// `fill(1)`: one equal share of what is left.
    public static let fill: Constraint = .fill(1)

    var weight: Int {
        switch self {
        case .min: return 1
        case .fill(let w): return Swift.max(0, w)
        case .fixed, .percentage: return 0
        }
    }
}

/// Which way a split goes.
public enum Axis: Sendable, Hashable {
    /// Parts stacked top to bottom (rows).
    case vertical
    /// Parts side by side, left to right (columns).
    case horizontal
}
