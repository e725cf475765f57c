import Foundation
@testable import LaunchdeckStore
import LaunchdeckTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Other processes writing the same file: `kill -9` mid-write loses at most that poll, and
/// several writers at once never damage it (war-room mode makes this the normal case).
@Suite(.serialized) struct StoreCrashAndConcurrencyTests {
    /// `launchdeck-bench store-writer`, built beside the launchdeck binary.
    static var writer: String {
        PackagePaths.binary.deletingLastPathComponent().appendingPathComponent("launchdeck-bench").path
    }

    static let pointsPerPoll = 14

    /// Every recorded moment of `prefix` has all of its poll's points, or none.
    static func pollsAreWhole(_ store: SQLiteHistoryStore, prefix: String) throws -> (polls: Int, whole: Bool) {
        var counts: [Date: Int] = [:]
        for name in try store.seriesNames() where name.hasPrefix(prefix) && !name.contains("views") && !name.contains("visitors")
            && !name.hasSuffix("crashes.rate") {
            for point in try store.points(name, from: .distantPast, to: .distantFuture) { counts[point.observedAt, default: 0] += 1 }
        }
        // hits_per_minute + 5 versions × (rate, loads) carry the poll's own moment or its observation time.
        let expected = 11
        return (counts.count, counts.values.allSatisfy { $0 == expected })
    }

    @Test func killedMidWriteLosesAtMostThatPoll() async throws {
        let temp = TemporaryStore()
        try FileManager.default.createDirectory(atPath: temp.directory, withIntermediateDirectories: true)
        let process = try BackgroundProcess([Self.writer, "store-writer", temp.path, "k."], environment: [:],
                                            outputPath: temp.directory + "/writer.out")
        #expect(await eventually { process.output.contains("ready") }, "the writer started: \(process.output)")
        let reader = try temp.open()
        #expect(await eventually { ((try? reader.seriesNames()) ?? []).count >= 14
                && ((try? reader.points("k.web.hits_per_minute", from: .distantPast, to: .distantFuture).count) ?? 0) >= 200 },
                "the writer keeps writing while another connection reads")
        kill(process.pid, SIGKILL)
        #expect(process.stop() == 128 + SIGKILL)

        let after = try temp.open()
        #expect(try after.integrity() == "ok")
        let (polls, whole) = try Self.pollsAreWhole(after, prefix: "k.")
        #expect(polls >= 200)
        #expect(whole, "each poll is all there or not at all")
    }

    /// Instances started together (a war room, a restart of several panes) all open a file none
    /// of them has created yet: each must find one schema, none "table series already exists".
    @Test func manyOpenersOfANewFileAllGetTheSchema() async throws {
        for _ in 0..<25 {
            let temp = TemporaryStore()
            let path = temp.path
            let failures = await withTaskGroup(of: String?.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        do throws(StoreError) {
                            _ = try SQLiteHistoryStore(path: path, busyTimeout: .seconds(10))
                            return nil
                        } catch { return "\(error)" }
                    }
                }
                var failures: [String] = []
                for await failure in group { if let failure { failures.append(failure) } }
                return failures
            }
            #expect(failures.isEmpty, "\(failures)")
            #expect(try temp.open().integrity() == "ok")
        }
    }

    @Test func threeWritersAtOnceKeepEveryPoll() async throws {
        let temp = TemporaryStore()
        try FileManager.default.createDirectory(atPath: temp.directory, withIntermediateDirectories: true)
        let count = 300
        let writers = try ["a.", "b."].map { prefix in
            try BackgroundProcess([Self.writer, "store-writer", temp.path, prefix, String(count)], environment: [:],
                                  outputPath: temp.directory + "/writer-\(prefix)out")
        }
        // And a third writer in this process, at the same time.
        let local = try temp.open(busyTimeout: .seconds(10))
        let start = Date()
        for n in 0..<count {
            try local.record(PollRecord(source: "c.overview", observedAt: start.addingTimeInterval(Double(n)),
                                        points: [Observation(series: "c.s", value: Double(n))]))
        }
        #expect(await eventually(timeout: .seconds(60)) { writers.allSatisfy { !$0.isRunning } })
        for writer in writers {
            #expect(writer.stop() == 0, "\(writer.output)")
            #expect(writer.output.contains("wrote \(count)"))
        }
        #expect(try local.integrity() == "ok")
        for prefix in ["a.", "b."] {
            #expect(try local.points(prefix + "web.hits_per_minute", from: .distantPast, to: .distantFuture).count == count)
            let (polls, whole) = try Self.pollsAreWhole(local, prefix: prefix)
            #expect(polls == count && whole)
        }
        #expect(try local.points("c.s", from: .distantPast, to: .distantFuture).count == count)
    }
}
