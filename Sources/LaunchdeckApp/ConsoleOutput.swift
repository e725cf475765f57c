#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

extension Console {
    /// Writes a command's result to `path` (replaced only by the whole text) or, without a
    /// path, to standard output; returns the exit status, having said what went wrong.
    static func deliver(_ text: String, to path: String?, command: String) -> Int32 {
        guard let path else {
            POSIXWrite.all(text, to: 1)
            return 0
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Console.error("\(command): cannot write \(path): \(error)")
            return 1
        }
        return 0
    }
}
