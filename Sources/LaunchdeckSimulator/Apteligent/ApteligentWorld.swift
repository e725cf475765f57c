#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// The simulated Apteligent account: two apps and their crash groups. The iOS app ships
/// 3.4.0 at the launch; its crash group (`launchCrashHash`) spikes then recovers.
struct ApteligentWorld: Sendable {
    struct SimulatedApp: Sendable {
        var id: String
        var app: ApteligentApp
        /// Crash groups from before the launch.
        var crashes: [ApteligentCrash]
        /// App loads a minute before the launch.
        var loadsPerMinute: Double
        /// The version the launch ships (nil: this app ships nothing).
        var launchVersion: String?
    }

    let apps: [SimulatedApp]
    let timeline: LaunchTimeline
    /// The crash group the launch version brings.
    let launchCrashHash: String
    /// Rows per crash-table page.
    static let crashPageSize = 10
    /// Days of a crash group's daily occurrences (real bodies carry 30).
    static let crashDays = 30

    init(seed: UInt64, timeline: LaunchTimeline) {
        self.timeline = timeline
        var random = SeededRandom(seed: seed ^ 0xA97E)
        let reasons = [
            ("NSInvalidArgumentException", "-[__NSCFString objectForKey:]: unrecognized selector"),
            ("EXC_BAD_ACCESS", "KERN_INVALID_ADDRESS at 0x0000000000000010"),
            ("java.lang.NullPointerException", "Attempt to invoke virtual method on a null object reference"),
            ("SIGABRT", "Fatal error: Index out of range"),
            ("java.lang.OutOfMemoryError", "Failed to allocate a 4194316 byte allocation"),
            ("NSRangeException", "*** -[__NSArrayM objectAtIndex:]: index 5 beyond bounds [0 .. 4]"),
        ]
        let start = timeline.start
        func crashes(count: Int, versions: [String], appID: String, appType: String) -> [ApteligentCrash] {
            (0..<count).map { i in
                let (name, reason) = reasons[i % reasons.count]
                let hash = random.hex(bytes: 20)
                // Most groups span two versions: the older fading out, the newer taking over.
                let index = i % versions.count
                let version = versions[index], older = versions[max(0, index - 1)]
                var byVersion: [String: [Int]] = [version: (0..<Self.crashDays).map { day in
                    Int(random.next() % 400) / (i + 1) * (day + 10) / (Self.crashDays + 10)
                }]
                if older != version {
                    byVersion[older] = (0..<Self.crashDays).map { day in
                        Int(random.next() % 200) / (i + 1) * (Self.crashDays - day) / Self.crashDays
                    }
                }
                let first = Timestamp.day(start.addingTimeInterval(-Double(Self.crashDays - 1) * 86_400))
                return Self.crash(
                    hash: hash, name: name, reason: reason,
                    // Real bodies often send null for these two.
                    displayReason: i % 3 == 2 ? nil : reason, suspectLine: i % 2 == 1 ? nil : "AppDelegate.swift:\(40 + i)",
                    status: i % 4 == 3 ? "resolved" : "unresolved",
                    firstOccurred: Self.time(start.addingTimeInterval(-Double(9 + i % 20) * 86_400)),
                    lastOccurred: Self.time(start.addingTimeInterval(-Double(i * 7 % 50) * 60)),
                    stacktrace: Self.stack(name: name, line: 100 + i), firstDay: first, byVersion: byVersion,
                    appID: appID, appType: appType)
            }
        }
        launchCrashHash = random.hex(bytes: 20)
        apps = [
            SimulatedApp(id: Simulator.launchAppID,
                         app: ApteligentApp(appName: "Acme iOS", appType: "ios", appVersions: ["3.1.0", "3.2.0", "3.3.0", "3.4.0"],
                                            crashPercent: 0.42, dau: 18_240, mau: 96_310, rating: 4.6, latency: 182,
                                            latestVersionString: "3.3.0", role: "admin"),
                         crashes: crashes(count: 23, versions: ["3.1.0", "3.2.0", "3.3.0"], appID: Simulator.launchAppID,
                                          appType: "ios"), loadsPerMinute: 120,
                         launchVersion: "3.4.0"),
            SimulatedApp(id: "519d53101386202089000008",
                         app: ApteligentApp(appName: "Acme Android", appType: "android", appVersions: ["3.1.2", "3.3.0"],
                                            crashPercent: 0.77, dau: 11_020, mau: 61_500, rating: 4.3, latency: 214,
                                            latestVersionString: "3.3.0", role: "admin"),
                         crashes: crashes(count: 9, versions: ["3.1.2", "3.3.0"], appID: "519d53101386202089000008",
                                          appType: "android"), loadsPerMinute: 80, launchVersion: nil),
        ]
    }

    func app(_ id: String?) -> SimulatedApp? { apps.first { $0.id == id } }

    /// Apteligent's timestamp form: `2016-12-01T00:00:00`, UTC without a zone.
    static func time(_ date: Date) -> String { String(Timestamp.format(date).prefix(19)) }

    static func stack(name: String, line: Int) -> [ApteligentCrash.Frame] {
        [
            .init(lineNumber: 0, trace: "0 libsystem_kernel.dylib __pthread_kill + 8", suspect: false),
            .init(lineNumber: 1, trace: "1 Acme \(name) handler + \(line)", suspect: true),
            .init(lineNumber: 2, trace: "2 UIKitCore -[UIApplication sendEvent:] + 312", suspect: false),
        ]
    }

    /// A crash group in the shape real bodies have: daily occurrences by version as
    /// `[firstDay, [30 counts]]` with a `total` key, sessions and unique sessions by version
    /// (with `total`), and the fields no doc lists.
    static func crash(hash: String, name: String, reason: String, displayReason: String?, suspectLine: String?,
                      status: String, firstOccurred: String, lastOccurred: String, stacktrace: [ApteligentCrash.Frame],
                      firstDay: String, byVersion: [String: [Int]], appID: String, appType: String) -> ApteligentCrash {
        let totals = (0..<crashDays).map { day in byVersion.values.reduce(0) { $0 + (day < $1.count ? $1[day] : 0) } }
        let sessions = byVersion.mapValues { ApteligentCount($0.reduce(0, +) * 9 / 10) }
        let unique = byVersion.mapValues { ApteligentCount($0.reduce(0, +) * 4 / 5) }
        return ApteligentCrash(
            hash: hash, name: name, reason: reason, displayReason: displayReason, status: status,
            firstOccurred: firstOccurred, lastOccurred: lastOccurred, numOccurrences: totals.reduce(0, +),
            suspectLine: suspectLine, stacktrace: stacktrace,
            dailyOccurrencesByVersion: ApteligentByVersion(
                versions: byVersion.mapValues { ApteligentDailyOccurrences(start: firstDay, counts: $0) },
                total: ApteligentDailyOccurrences(start: firstDay, counts: totals)),
            sessionCountsByVersion: ApteligentByVersion(
                versions: sessions, total: ApteligentCount(sessions.values.reduce(0) { $0 + $1.value })),
            uniqueSessionCountsByVersion: ApteligentByVersion(
                versions: unique, total: ApteligentCount(unique.values.reduce(0) { $0 + $1.value })),
            appTimeZoneOffset: .number(0), unsymbolizedHash: String(hash.reversed()), crashClass: appType,
            appType: appType, appId: appID)
    }

    /// A crash table row of a group: its unique sessions and its daily counts of the table's
    /// period (7 days).
    func crashRow(_ crash: ApteligentCrash) -> ApteligentCrashRow {
        ApteligentCrashRow(hash: crash.hash, name: crash.name, reason: crash.reason, displayReason: crash.displayReason,
                           status: crash.status, totalOccurrences: crash.numOccurrences,
                           firstOccurredTime: crash.firstOccurred, lastOccurredTime: crash.lastOccurred,
                           numUniqueSessions: crash.uniqueSessionCountsByVersion?.total?.value,
                           dailyOccurrences: crash.dailyOccurrencesByVersion?.total.map { Array($0.counts.suffix(7)) })
    }
}
