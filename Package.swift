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
        .target(name: "TerminalUI"),
        .target(name: "LaunchdeckConfig", dependencies: ["LaunchdeckAPI"]),
        .target(name: "CursesBackend", dependencies: ["TerminalUI", "CNCurses"]),
        .target(name: "LaunchdeckModel", dependencies: ["LaunchdeckClient", "LaunchdeckAPI"]),
        .target(name: "LaunchdeckScreens", dependencies: ["LaunchdeckModel", "LaunchdeckAPI", "TerminalUI"]),
        .target(
            name: "LaunchdeckApp",
            dependencies: [
                "LaunchdeckAPI", "LaunchdeckClient", "LaunchdeckSimulator", "LaunchdeckModel",
                "LaunchdeckScreens", "TerminalUI", "CursesBackend", "CNCurses", "LaunchdeckConfig",
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
                           "LaunchdeckScreens", "TerminalUI"]
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
        .testTarget(name: "LaunchdeckModelTests", dependencies: ["LaunchdeckModel", "LaunchdeckTesting"]),
        .testTarget(
            name: "LaunchdeckScreensTests",
            dependencies: ["LaunchdeckScreens", "LaunchdeckModel", "TerminalUI", "LaunchdeckTesting"]
        ),
        .testTarget(name: "LaunchdeckAppTests", dependencies: ["LaunchdeckApp", "TerminalUI", "LaunchdeckTesting", "LaunchdeckSimulator", "LaunchdeckConfig"]),
        .testTarget(name: "EndToEndTests", dependencies: ["LaunchdeckTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
