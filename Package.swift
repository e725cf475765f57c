// swift-tools-version: 6.1
import PackageDescription

/// Module split follows shared/ARCHITECTURE.md: the render core imports nothing of ours,
/// only CursesBackend touches CNCurses, client and simulator meet only in LaunchdeckAPI.
let package = Package(
    name: "launchdeck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "launchdeck", targets: ["launchdeck"]),
        .executable(name: "launchdeck-bench", targets: ["LaunchdeckBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Without the default traits: FullFoundation links all of Foundation and ICU into the
        // dashboard (BENCHMARKS.md, "Session 7"); ConfigurationSupport is not used.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .target(
            name: "CNCurses",
            cSettings: [
                .define("_XOPEN_SOURCE_EXTENDED", to: "1"),
                .define("NCURSES_WIDECHAR", to: "1"),
                .define("_GNU_SOURCE"),
            ],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(name: "LaunchdeckAPI"),
        .target(
            name: "LaunchdeckClient",
            dependencies: [
                "LaunchdeckAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "LaunchdeckSimulator",
            dependencies: [
                "LaunchdeckAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The render core: TerminalUI, and TerminalInput (the keys a terminal sends), which it
        // re-exports; neither imports anything else of ours. The navigation model matches typed
        // keys through TerminalInput without importing the renderer.
        .target(name: "TerminalInput"),
        .target(name: "TerminalUI", dependencies: ["TerminalInput"]),
        // The launch's history (issue 14): the system's SQLite through its C API. Not GRDB: it
        // imports Foundation in 58 files (NSNumber, DateFormatter), which would link Foundation,
        // CoreFoundation and ICU back into a binary that has none (issue 17).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "LaunchdeckStore", dependencies: ["LaunchdeckAPI", "CSQLite"]),
        .target(name: "LaunchdeckConfig", dependencies: ["LaunchdeckAPI"]),
        .target(name: "CursesBackend", dependencies: ["TerminalUI", "CNCurses"]),
        .target(name: "LaunchdeckModel", dependencies: ["LaunchdeckClient", "LaunchdeckAPI", "TerminalInput", "LaunchdeckStore"]),
        .target(name: "LaunchdeckScreens", dependencies: ["LaunchdeckModel", "LaunchdeckAPI", "TerminalUI", "LaunchdeckStore"]),
        .target(
            name: "LaunchdeckApp",
            dependencies: [
                "LaunchdeckAPI", "LaunchdeckClient", "LaunchdeckSimulator", "LaunchdeckModel",
                "LaunchdeckScreens", "TerminalUI", "CursesBackend", "CNCurses", "LaunchdeckConfig", "LaunchdeckStore",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "launchdeck",
            dependencies: [
                "LaunchdeckApp", "LaunchdeckAPI", "LaunchdeckClient", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "LaunchdeckBench",
            dependencies: ["LaunchdeckAPI", "LaunchdeckClient", "LaunchdeckSimulator", "LaunchdeckModel",
                           "LaunchdeckScreens", "TerminalUI", "LaunchdeckStore"]
        ),
        .target(
            name: "LaunchdeckTesting",
            dependencies: ["LaunchdeckModel", "LaunchdeckSimulator", "LaunchdeckClient", "TerminalUI"],
            path: "Tests/LaunchdeckTesting"
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "LaunchdeckTesting"]),
        .testTarget(name: "LaunchdeckConfigTests", dependencies: ["LaunchdeckConfig", "LaunchdeckAPI"]),
        .testTarget(
            name: "LaunchdeckClientTests",
            dependencies: [
                "LaunchdeckClient", "LaunchdeckAPI", "LaunchdeckSimulator", "LaunchdeckTesting",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LaunchdeckModelTests", dependencies: ["LaunchdeckModel", "LaunchdeckTesting", "LaunchdeckStore"]),
        .testTarget(
            name: "LaunchdeckScreensTests",
            dependencies: ["LaunchdeckScreens", "LaunchdeckModel", "TerminalUI", "LaunchdeckTesting", "LaunchdeckStore"]
        ),
        .testTarget(name: "LaunchdeckAppTests", dependencies: ["LaunchdeckApp", "TerminalUI", "LaunchdeckTesting", "LaunchdeckSimulator", "LaunchdeckConfig", "LaunchdeckStore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["LaunchdeckTesting", "LaunchdeckModel", "LaunchdeckStore"]),
        .testTarget(name: "LaunchdeckStoreTests", dependencies: ["LaunchdeckStore", "LaunchdeckTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
