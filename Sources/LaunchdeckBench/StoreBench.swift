import Foundation
import LaunchdeckStore

/// The history store's figures (issue 14): a poll's write, and a day's database size.
enum StoreBench {
    /// A poll of the overview as the demo makes it: hits, views and visitors; the crash rate
    /// overall and for five versions, and app loads for five versions.
    static func poll(at time: Date, prefix: String = "", sequence: Int) -> PollRecord {
        var points = [
            Observation(series: prefix + "web.hits_per_minute", at: time, value: Double(40 + sequence % 17)),
            Observation(series: prefix + "web.views_today", value: Double(sequence * 37)),
            Observation(series: prefix + "web.visitors_today", value: Double(sequence * 11)),
            Observation(series: prefix + "crashes.rate", value: 0.77 + Double(sequence % 5) / 100),
        ]
        for version in ["2.4.0", "2.3.2", "2.3.1", "2.3.0", "2.2.9"] {
            points.append(Observation(series: prefix + "crashes.rate." + version, value: Double(sequence % 9) / 10))
            points.append(Observation(series: prefix + "crashes.loads." + version, value: Double(sequence * 3)))
        }
        let events = sequence % 120 == 0 ? [HistoryEvent(at: time, kind: "push_sent", subject: "Launch \(sequence)")] : []
        return PollRecord(source: prefix + "overview", observedAt: time, points: points, events: events)
    }

    /// Points each `poll` writes.
    static let pointsPerPoll = 14

    static func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("launchdeck-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("history.sqlite").path
        let store = try SQLiteHistoryStore(path: path)
        // A day at the default 30 s refresh: 2 880 polls.
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        let clock = ContinuousClock()
        var times: [Double] = []
        for n in 0..<2_880 {
            let record = poll(at: start.addingTimeInterval(Double(n) * 30), sequence: n)
            let elapsed = try clock.measure { try store.record(record) }
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        times.sort()
        let bytes = fileBytes(path)
        row("store: one poll's write (14 points), median", String(format: "%.3f ms", times[times.count / 2]), "< 1 ms")
        row("store: one poll's write, 99th percentile", String(format: "%.3f ms", times[times.count * 99 / 100]), "")
        row("store: a day of polls at 30 s (db + wal)", String(format: "%.2f MB", Double(bytes) / 1e6), "< 5 MB")
        try snapshotDay()
    }

    /// What replay's snapshots add over a day at the default intervals, with bodies the size
    /// the demo's are (measured: Web 1.1 KB and Crashes 4.3 KB, new each poll; Experiments
    /// 15.5 KB and Push 1.5 KB, mostly unchanged, so stored once until they change).
    static func snapshotDay() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("launchdeck-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("history.sqlite").path
        let store = try SQLiteHistoryStore(path: path)
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        func body(_ size: Int, _ version: Int) -> [UInt8] {
            var bytes = Array("{\"v\":\(version),".utf8)
            var seed = UInt64(bitPattern: Int64(version &* 2_654_435_761 &+ size))
            while bytes.count < size {  // JSON-like text that does not compress to nothing
                seed = seed &* 6_364_136_223_846_793_005 &+ 1
                bytes.append(UInt8(97 + (seed >> 33) % 26))
            }
            return bytes
        }
        let clock = ContinuousClock()
        var writes: [Double] = []
        for n in 0..<2_880 {  // the Web pane every 30 s
            let at = start.addingTimeInterval(Double(n) * 30)
            var saves = [StoredSnapshot(source: "web", observedAt: at, body: body(1_100, n))]
            if n % 2 == 0 {  // Crashes, Experiments and Push every 60 s; an experiment changes hourly
                saves.append(StoredSnapshot(source: "crashes", observedAt: at, body: body(4_300, n)))
                saves.append(StoredSnapshot(source: "experiments", observedAt: at, body: body(15_500, -(n / 120))))
                saves.append(StoredSnapshot(source: "pushes", observedAt: at, body: body(1_500, -(n / 240) - 1_000)))
            }
            for save in saves {
                let elapsed = try clock.measure { try store.saveSnapshot(save) }
                writes.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
            }
        }
        writes.sort()
        let bytes = fileBytes(path)
        row("store: one snapshot's save, median", String(format: "%.3f ms", writes[writes.count / 2]), "< 1 ms")
        row("store: a day of snapshots at the default intervals", String(format: "%.2f MB", Double(bytes) / 1e6),
            "replay's detail (100 MB cap: oldest go first)")
    }

    /// The database's size with its write-ahead log and shared-memory index.
    static func fileBytes(_ path: String) -> Int {
        ["", "-wal", "-shm"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }

    /// `launchdeck-bench store-writer PATH PREFIX [COUNT]`: writes polls to the history at
    /// PATH (COUNT of them, or until killed); prints `ready` after the first. Tests kill it
    /// mid-write and run several at once.
    static func writer(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2 else {
            print("usage: launchdeck-bench store-writer PATH PREFIX [COUNT]")
            return 2
        }
        let count = arguments.count > 2 ? Int(arguments[2]) ?? 0 : Int.max
        let store: SQLiteHistoryStore
        do { store = try SQLiteHistoryStore(path: arguments[0], busyTimeout: .seconds(10)) } catch {
            FileHandle.standardOutput.write(Data((error.description + "\n").utf8))
            return 1
        }
        let start = Date()
        var n = 0
        while n < count {
            do {
                try store.record(poll(at: start.addingTimeInterval(Double(n)), prefix: arguments[1], sequence: n))
            } catch {
                FileHandle.standardOutput.write(Data((error.description + "\n").utf8))
                return 1
            }
            // Unbuffered: the test watching this output must see it at once.
            if n == 0 { FileHandle.standardOutput.write(Data("ready\n".utf8)) }
            n += 1
        }
        FileHandle.standardOutput.write(Data("wrote \(n)\n".utf8))
        return 0
    }
}
