import Foundation

/// Where the package and its built binary are, for tests that run the real program.
public enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    public static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The launchdeck binary: $LAUNCHDECK_BIN, or the debug build under .build.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["LAUNCHDECK_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return root.appendingPathComponent(".build/debug/launchdeck")
    }

    /// A file under Tests/ or themes/, read as text.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }
}
