#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// printf-style text from numbers, by the C library's `vsnprintf`: `String(cFormat: "%.2f%%", 2.345)`.
    /// FoundationEssentials has no `String(format:)`, whose numbers came out of the same C
    /// conversions, so `%.2f` rounds as before. Strings go in by interpolation, not `%@`.
    public init(cFormat format: String, _ arguments: any CVarArg...) {
        var size = 64
        while true {
            var buffer = [CChar](repeating: 0, count: size)
            let needed = withVaList(arguments) { vsnprintf(&buffer, size, format, $0) }
            guard needed >= size else {
                self = needed < 0 ? "" : String(decoding: buffer.prefix(Int(needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                return
            }
            size = Int(needed) + 1
        }
    }
}
