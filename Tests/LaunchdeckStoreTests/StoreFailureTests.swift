import Foundation
@testable import LaunchdeckStore
import Testing

/// A locked, full, read-only or damaged database never stops the dashboard: history turns
/// off and says so once, with what to do.
@Suite struct StoreFailureTests {
    let now = Date(timeIntervalSince1970: 1_796_000_000)

    @Test func aDamagedFileTurnsHistoryOffAndSaysSoOnce() throws {
        let temp = TemporaryStore()
        try FileManager.default.createDirectory(atPath: temp.directory, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: temp.path))
        let history = History.open(path: temp.path)
        #expect(!history.isOn)
        let problem = history.takeProblem()
        #expect(problem?.kind == .corrupt)
        #expect(problem?.description.contains("move it aside") == true)
        #expect(history.takeProblem() == nil, "said once")
        history.record(PollRecord(source: "web", observedAt: now, points: [Observation(series: "s", value: 1)]))
        #expect(history.points("s", from: .distantPast, to: .distantFuture).isEmpty)
    }

    @Test func aPlaceThatCannotBeWrittenTurnsHistoryOff() {
        let history = History.open(path: "/proc/launchdeck-cannot-write-here/history.sqlite")
        #expect(history.takeProblem()?.kind == .readOnly)
    }

    @Test func aFullDiskTurnsHistoryOffAtTheWriteThatFails() throws {
        let temp = TemporaryStore()
        let history = History(store: try temp.open(maxPageCount: 20))
        var written = 0
        while history.isOn, written < 10_000 {
            history.record(PollRecord(source: "web", observedAt: now.addingTimeInterval(Double(written)),
                                      points: (0..<20).map { Observation(series: "series-\($0)", value: 1) }))
            written += 1
        }
        #expect(!history.isOn, "the cap filled up")
        let problem = history.takeProblem()
        #expect(problem?.kind == .full)
        #expect(problem?.description.contains("free space") == true)
        // What was written before the failure is intact.
        let reopened = try temp.open()
        #expect(try reopened.integrity() == "ok")
        #expect(try reopened.points("series-0", from: .distantPast, to: .distantFuture).count == written - 1)
    }

    @Test func aLockHeldLongerThanTheTimeoutTurnsHistoryOff() throws {
        let temp = TemporaryStore()
        let holder = try temp.open()
        let history = History(store: try temp.open(busyTimeout: .milliseconds(50)))
        let release = DispatchSemaphore(value: 0)
        let held = DispatchSemaphore(value: 0)
        let thread = Thread {
            try? holder.holdWriteLock { held.signal(); release.wait() }
        }
        thread.start()
        held.wait()
        history.record(PollRecord(source: "web", observedAt: now, points: [Observation(series: "s", value: 1)]))
        release.signal()
        #expect(!history.isOn)
        #expect(history.takeProblem()?.kind == .locked)
    }
}
