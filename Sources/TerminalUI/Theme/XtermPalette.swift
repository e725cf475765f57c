/// The xterm 256-colour palette as RGB, and nearest-colour search in it.
public enum XtermPalette {
    public typealias RGB = (r: UInt8, g: UInt8, b: UInt8)

    /// xterm's default values for the 16 named colours.
    static let named: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    /// The six levels of each channel in the 6x6x6 cube (16...231).
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of palette entry `index`.
    public static func rgb(_ index: UInt8) -> RGB {
        switch index {
        case 0..<16: return named[Int(index)]
        case 16..<232:
            let i = Int(index) - 16
            return (cubeLevels[i / 36], cubeLevels[i / 6 % 6], cubeLevels[i % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return (level, level, level)
        }
    }

    /// The entry of 16...255 nearest to `rgb` (the named 16 are left out: the user's
    /// scheme may have changed them).
    public static func nearest256(_ rgb: RGB) -> UInt8 {
        // The nearest cube colour and the nearest grey; then the closer of the two.
        func level(_ v: UInt8) -> Int {
            cubeLevels.indices.min { abs(Int(cubeLevels[$0]) - Int(v)) < abs(Int(cubeLevels[$1]) - Int(v)) } ?? 0
        }
        let cube = UInt8(16 + 36 * level(rgb.r) + 6 * level(rgb.g) + level(rgb.b))
        let average = (Int(rgb.r) + Int(rgb.g) + Int(rgb.b)) / 3
        let grey = UInt8(232 + Swift.min(23, Swift.max(0, (average - 3) / 10)))
        return distance(Self.rgb(grey), rgb) < distance(Self.rgb(cube), rgb) ? grey : cube
    }

    /// The index in `range` (of the 16 named colours) nearest to `rgb`.
    public static func nearest(_ rgb: RGB, among range: Range<UInt8>) -> UInt8 {
        range.min { distance(named[Int($0)], rgb) < distance(named[Int($1)], rgb) } ?? 0
    }

    /// Squared distance weighted for the eye (the "redmean" approximation).
    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let rMean = (Int(a.r) + Int(b.r)) / 2
        let dr = Int(a.r) - Int(b.r), dg = Int(a.g) - Int(b.g), db = Int(a.b) - Int(b.b)
        // Swift's >> binds tighter than *: the products are parenthesised.
        return (((512 + rMean) * dr * dr) >> 8) + 4 * dg * dg + (((767 - rMean) * db * db) >> 8)
    }
}
