#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system calls the loader makes: whether a file exists, its permission bits,
/// and its text.
enum FileStatus {
    enum Problem: Error, Equatable {
        case missing
        case notAFile
        case unreadable(String)
        /// Not UTF-8; the line of the first bad byte.
        case notUTF8(line: Int)
    }

    /// The permission bits of `path`, following symbolic links.
    static func permissions(_ path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_mode) & 0o7777
    }

    /// The text of `path` as UTF-8 (a leading byte-order mark is left for the parser).
    static func read(_ path: String) throws(Problem) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        guard (UInt32(info.st_mode) & UInt32(S_IFMT)) == UInt32(S_IFREG) else { throw .notAFile }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(access(path, R_OK) != 0 ? String(cString: strerror(errno)) : "could not read it")
        }
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw .notUTF8(line: firstInvalidLine(bytes))
    }

    /// The line holding the first byte that is not part of valid UTF-8.
    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" { line += 1 }
        }
        return line
    }
}
