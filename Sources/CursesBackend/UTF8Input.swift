/// Assembles characters from the bytes `wgetch` returns, one byte at a time.
///
/// Why not `wget_wch`: after an invalid byte, ncurses 6.4's `wget_wch` keeps appending the
/// bytes that follow to the same multibyte buffer (`mbrlen` never accepts it again) until
/// input pauses or 145 bytes are held, then drops them all: a `q` typed in the same burst
/// as a stray 0xFF was swallowed. Here an invalid byte is dropped on its own and the next
/// one starts afresh; a sequence cut short by another start byte is dropped and that byte
/// read anew; a sequence split across reads completes when its last byte comes.
struct UTF8Input {
    private var pending: [UInt8] = []
    private var length = 0

    /// The scalar `byte` completes, if any.
    mutating func feed(_ byte: UInt8) -> Unicode.Scalar? {
        if !pending.isEmpty {
            guard byte & 0xC0 == 0x80 else {
                reset()  // cut short: the sequence is dropped, this byte starts anew
                return feed(byte)
            }
            pending.append(byte)
            guard pending.count == length else { return nil }
            defer { reset() }
            return Self.decode(pending)
        }
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil  // a continuation byte out of place, or never valid in UTF-8
        }
        pending = [byte]
        return nil
    }

    /// Forgets a sequence begun (a function key came in its middle).
    mutating func reset() {
        pending.removeAll(keepingCapacity: true)
        length = 0
    }

    /// The one scalar `bytes` encode, or nil (overlong forms, surrogates, beyond U+10FFFF).
    private static func decode(_ bytes: [UInt8]) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil else { return nil }
        return scalar
    }
}
