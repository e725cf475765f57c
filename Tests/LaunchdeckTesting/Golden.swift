import Foundation
import Testing

/// Whole-screen assertions against golden files: `Goldens/<test name>.txt` beside the test
/// file, one line per screen row (trailing spaces dropped). Run the tests with
/// `LAUNCHDECK_RECORD_GOLDENS=1` to write the files from what the code draws now; without
/// it a difference fails with a line-by-line diff.
public enum Golden {
    /// The environment variable that re-records goldens instead of comparing.
    public static let recordVariable = "LAUNCHDECK_RECORD_GOLDENS"

    /// True when the environment asks for goldens to be re-recorded.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Compares `lines` with the golden named after the calling test (or `name`); writes it
    /// instead when `record`.
    public static func assertLines(_ lines: [String], name: String = #function, filePath: String = #filePath,
                                   record: Bool = isRecording, sourceLocation: SourceLocation = #_sourceLocation) {
        let trimmed = lines.map(trim)
        let file = url(name: name, filePath: filePath)
        let actual = trimmed.joined(separator: "\n") + "\n"
        if record {
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden at \(file.path); run with \(recordVariable)=1 to record it\n\n\(actual)",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let message = "screen differs from \(file.lastPathComponent) (re-record with \(recordVariable)=1):\n"
                + diff(expected: expected, actual: actual)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The golden file for a test: `Goldens/<name without parentheses>.txt` beside `filePath`.
    public static func url(name: String, filePath: String) -> URL {
        let base = name.split(separator: "(").first.map(String.init) ?? name
        return URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Goldens").appendingPathComponent(base + ".txt")
    }

    /// The rows that differ, each as an expected and an actual line between bars (so
    /// trailing spaces and wide characters show), numbered from 1.
    public static func diff(expected: String, actual: String) -> String {
        func rows(_ text: String) -> [String] {
            let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
            return body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let e = rows(expected), a = rows(actual)
        var out: [String] = []
        for row in 0..<max(e.count, a.count) {
            let left = row < e.count ? e[row] : nil, right = row < a.count ? a[row] : nil
            guard left != right else { continue }
            let number = String(repeating: " ", count: max(0, 3 - String(row + 1).count)) + String(row + 1)
            out.append(number + " - " + (left.map { "|\($0)|" } ?? "(no line)"))
            out.append(number + " + " + (right.map { "|\($0)|" } ?? "(no line)"))
        }
        return out.joined(separator: "\n")
    }

    /// The line without its trailing spaces.
    public static func trim(_ line: String) -> String {
        var l = line
        while l.last == " " { l.removeLast() }
        return l
    }
}
