import Foundation

extension Console {
    /// Writes a command's result to `path` (replaced only by the whole text) or, without a
    /// path, to standard output; returns the exit status, having said what went wrong.
    static func deliver(_ text: String, to path: String?, command: String) -> Int32 {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return 0
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Console.error("\(command): cannot write \(path): \(error.localizedDescription)")
            return 1
        }
        return 0
    }
}
