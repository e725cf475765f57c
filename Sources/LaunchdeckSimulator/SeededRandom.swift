/// SplitMix64: a small, fast generator that gives the same numbers for the same seed on
/// every platform, so a scenario is reproducible from its seed.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A hex string of `bytes` random bytes.
    public mutating func hex(bytes: Int) -> String {
        var out = ""
        for _ in 0..<bytes {
            let byte = UInt8(truncatingIfNeeded: next())
            out += String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
        }
        return out
    }
}
