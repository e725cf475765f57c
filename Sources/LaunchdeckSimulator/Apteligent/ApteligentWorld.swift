import Foundation
import LaunchdeckAPI

/// The simulated Apteligent account: two apps and their crash groups.
struct ApteligentWorld: Sendable {
    struct SimulatedApp: Sendable {
        var id: String
        var app: ApteligentApp
        var crashes: [ApteligentCrash]
    }

    let apps: [SimulatedApp]
    /// Rows per crash-table page.
    static let crashPageSize = 10

    init(seed: UInt64) {
        var random = SeededRandom(seed: seed ^ 0xA97E)
        let reasons = [
            ("NSInvalidArgumentException", "-[__NSCFString objectForKey:]: unrecognized selector"),
            ("EXC_BAD_ACCESS", "KERN_INVALID_ADDRESS at 0x0000000000000010"),
            ("java.lang.NullPointerException", "Attempt to invoke virtual method on a null object reference"),
            ("SIGABRT", "Fatal error: Index out of range"),
            ("java.lang.OutOfMemoryError", "Failed to allocate a 4194316 byte allocation"),
            ("NSRangeException", "*** -[__NSArrayM objectAtIndex:]: index 5 beyond bounds [0 .. 4]"),
        ]
        func crashes(count: Int, versions: [String]) -> [ApteligentCrash] {
            (0..<count).map { i in
                let (name, reason) = reasons[i % reasons.count]
                let hash = random.hex(bytes: 20)
                let daily = (0..<7).map { _ in Int(random.next() % 400) / (i + 1) }
                return ApteligentCrash(
                    hash: hash, name: name, reason: reason, displayReason: reason, status: i % 4 == 3 ? "resolved" : "unresolved",
                    firstOccurred: "2026-11-0\(1 + i % 9)T08:00:00", lastOccurred: "2026-11-23T11:5\(i % 10):00",
                    numOccurrences: daily.reduce(0, +) * 3, suspectLine: "AppDelegate.swift:\(40 + i)",
                    stacktrace: [
                        .init(lineNumber: 0, trace: "0 libsystem_kernel.dylib __pthread_kill + 8", suspect: false),
                        .init(lineNumber: 1, trace: "1 Acme \(name) handler + \(100 + i)", suspect: true),
                        .init(lineNumber: 2, trace: "2 UIKitCore -[UIApplication sendEvent:] + 312", suspect: false),
                    ],
                    dailyOccurrencesByVersion: [versions.last ?? "1.0": daily],
                    uniqueSessionCountsByVersion: [versions.last ?? "1.0": daily.reduce(0, +)])
            }
        }
        let iosVersions = ["3.1.0", "3.2.0", "3.3.0"]
        let androidVersions = ["3.1.2", "3.3.0"]
        apps = [
            SimulatedApp(id: "519d53101386202089000007",
                         app: ApteligentApp(appName: "Acme iOS", appType: "ios", appVersions: iosVersions,
                                            crashPercent: 0.42, dau: 18_240, mau: 96_310, rating: 4.6, latency: 182,
                                            latestVersionString: "3.3.0", role: "admin"),
                         crashes: crashes(count: 23, versions: iosVersions)),
            SimulatedApp(id: "519d53101386202089000008",
                         app: ApteligentApp(appName: "Acme Android", appType: "android", appVersions: androidVersions,
                                            crashPercent: 0.77, dau: 11_020, mau: 61_500, rating: 4.3, latency: 214,
                                            latestVersionString: "3.3.0", role: "admin"),
                         crashes: crashes(count: 9, versions: androidVersions)),
        ]
    }

    func app(_ id: String?) -> SimulatedApp? { apps.first { $0.id == id } }

    func crashRow(_ crash: ApteligentCrash) -> ApteligentCrashRow {
        ApteligentCrashRow(hash: crash.hash, name: crash.name, reason: crash.reason, displayReason: crash.displayReason,
                           status: crash.status, totalOccurrences: crash.numOccurrences,
                           firstOccurredTime: crash.firstOccurred, lastOccurredTime: crash.lastOccurred,
                           numUniqueSessions: crash.uniqueSessionCountsByVersion?.values.reduce(0, +),
                           dailyOccurrences: crash.dailyOccurrencesByVersion?.values.first)
    }
}
