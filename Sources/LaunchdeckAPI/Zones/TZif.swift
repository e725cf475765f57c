/// Reads a TZif file (RFC 8536), the tz database's compiled form: transition times, the UTC
/// offset each one starts, and (version 2 and later) the footer's rule for the times after
/// the last one. Leap seconds, abbreviations and the standard/wall flags are not needed to
/// tell an offset, and are skipped.
enum TZif {
    struct Parsed {
        var transitions: [Int64]
        var offsets: [Int]
        var initialOffset: Int
        var footer: String?
    }

    static func parse(_ bytes: [UInt8]) -> Parsed? {
        var reader = Reader(bytes: bytes)
        guard let header = reader.header() else { return nil }
        guard header.version >= 2 else { return reader.block(header, timeSize: 4) }
        guard reader.skip(header.blockSize(timeSize: 4)), let second = reader.header(),
              var parsed = reader.block(second, timeSize: 8) else { return nil }
        parsed.footer = reader.footer()
        return parsed
    }

    struct Header {
        var version: Int
        var isUTCCount, isStdCount, leapCount, timeCount, typeCount, charCount: Int

        func blockSize(timeSize: Int) -> Int {
            timeCount * (timeSize + 1) + typeCount * 6 + charCount + leapCount * (timeSize + 4) + isStdCount + isUTCCount
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var at = 0

        mutating func header() -> Header? {
            guard at + 44 <= bytes.count, Array(bytes[at..<at + 4]) == Array("TZif".utf8) else { return nil }
            let version = bytes[at + 4] == 0 ? 1 : Int(bytes[at + 4]) - 48
            at += 20
            var counts: [Int] = []
            for _ in 0..<6 { counts.append(Int(integer(4))) }
            guard counts.allSatisfy({ (0...1_000_000).contains($0) }), counts[4] >= 1 else { return nil }
            return Header(version: version, isUTCCount: counts[0], isStdCount: counts[1], leapCount: counts[2],
                          timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
        }

        mutating func block(_ header: Header, timeSize: Int) -> Parsed? {
            guard at + header.blockSize(timeSize: timeSize) <= bytes.count else { return nil }
            let times = (0..<header.timeCount).map { _ in integer(timeSize) }
            let indexes = (0..<header.timeCount).map { _ in Int(integer(1, signed: false)) }
            var types: [Int] = []
            for _ in 0..<header.typeCount {
                types.append(Int(integer(4)))
                at += 2  // is-DST flag, abbreviation index
            }
            guard indexes.allSatisfy({ $0 < types.count }), zip(times, times.dropFirst()).allSatisfy({ $0 < $1 }) else {
                return nil
            }
            at += header.charCount + header.leapCount * (timeSize + 4) + header.isStdCount + header.isUTCCount
            return Parsed(transitions: times, offsets: indexes.map { types[$0] }, initialOffset: types[0], footer: nil)
        }

        mutating func skip(_ count: Int) -> Bool {
            at += count
            return at <= bytes.count
        }

        /// The text between the two newlines after the version 2 block, if any.
        mutating func footer() -> String? {
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\n"),
                  let end = bytes[(at + 1)...].firstIndex(of: UInt8(ascii: "\n")), end > at + 1 else { return nil }
            return String(decoding: bytes[(at + 1)..<end], as: UTF8.self)
        }

        /// A big-endian integer of `size` bytes, sign-extended unless `signed` is false.
        mutating func integer(_ size: Int, signed: Bool = true) -> Int64 {
            var value: UInt64 = 0
            for byte in bytes[at..<at + size] { value = value << 8 | UInt64(byte) }
            at += size
            let shift = UInt64(64 - size * 8)
            return signed ? Int64(bitPattern: value << shift) >> shift : Int64(bitPattern: value)
        }
    }
}
