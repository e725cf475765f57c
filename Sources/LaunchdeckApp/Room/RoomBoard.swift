#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import LaunchdeckStore

/// What the leader of a war room publishes beside the history (its `meta` table): who it is,
/// since when, that it is alive, and the host's budgets. Followers read it each second.
struct LeaderNotice: Sendable, Equatable {
    var pid: Int32
    var started: Date
    /// The leader's last sign of life (written every second).
    var heartbeat: Date
    /// The host's request budgets as the leader counts them (`tly 312/1000h`).
    var budgets: [String]
    /// Panes whose last poll failed (a 429, an outage): followers show the same error.
    var failures: [PaneFailure] = []

    /// One line `pid started-ms heartbeat-ms`, then a budget a line, then `!PANE MS MESSAGE` a failure.
    var text: String {
        ([String(pid) + " " + String(Self.millis(started)) + " " + String(Self.millis(heartbeat))] + budgets
         + failures.map { "!\($0.pane.rawValue) \(Self.millis($0.at)) " + $0.message.split(whereSeparator: \.isNewline).joined(separator: " ") })
            .joined(separator: "\n")
    }

    init(pid: Int32, started: Date, heartbeat: Date, budgets: [String], failures: [PaneFailure] = []) {
        self.pid = pid
        self.started = started
        self.heartbeat = heartbeat
        self.budgets = budgets
        self.failures = failures
    }

    /// Reads `text` back; nil when it is not a notice.
    init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let head = lines.first?.split(separator: " ") ?? []
        guard head.count == 3, let pid = Int32(head[0]), let started = Int64(head[1]), let beat = Int64(head[2]) else {
            return nil
        }
        let rest = lines.dropFirst().filter { !$0.isEmpty }
        self.init(pid: pid, started: Self.date(started), heartbeat: Self.date(beat),
                  budgets: rest.filter { !$0.hasPrefix("!") }, failures: rest.compactMap(PaneFailure.init(line:)))
    }

    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
}

/// A pane's last poll failed at the leader.
struct PaneFailure: Sendable, Equatable {
    var pane: Pane
    var at: Date
    var message: String

    init(pane: Pane, at: Date, message: String) {
        self.pane = pane
        self.at = at
        self.message = message
    }

    /// `!PANE MS MESSAGE` read back.
    init?(line: String) {
        guard line.hasPrefix("!") else { return nil }
        let words = line.dropFirst().split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard words.count == 3, let raw = Int(words[0]), let pane = Pane(rawValue: raw), let ms = Int64(words[1]) else {
            return nil
        }
        self.init(pane: pane, at: LeaderNotice.date(ms), message: String(words[2]))
    }
}

/// A follower's `r`/`R`: which panes to read again, with a token the leader has not seen yet.
struct RefreshRequest: Sendable, Equatable {
    var token: String
    /// Empty: every pane (`R`).
    var panes: [Pane]

    var text: String { ([token] + panes.map { String($0.rawValue) }).joined(separator: " ") }

    init(token: String, panes: [Pane]) {
        self.token = token
        self.panes = panes
    }

    init?(text: String) {
        let words = text.split(separator: " ").map(String.init)
        guard let token = words.first else { return nil }
        self.init(token: token, panes: words.dropFirst().compactMap { Int($0).flatMap(Pane.init(rawValue:)) })
    }
}

/// The room's keys in the store's `meta` table, read and written through the history.
struct RoomBoard: Sendable {
    static let leaderKey = "room.leader"
    static let refreshKey = "room.refresh"
    /// What the leader has spent of each budget (`BudgetSpend`); stays when it leaves.
    static let spentKey = "room.spent"
    /// The watched drill-downs whose last poll failed at the leader (`DrillFailure`).
    static let drillFailuresKey = "room.drill.failures"
    /// `room.watch.PID`: the drill-down a follower has open (`WatchNotice`).
    static let watchPrefix = "room.watch."

    let history: History

    func leader() -> LeaderNotice? { history.meta(Self.leaderKey).flatMap(LeaderNotice.init(text:)) }
    func publish(_ notice: LeaderNotice) { history.setMeta(Self.leaderKey, notice.text) }
    /// The leader leaving on purpose says so (a follower takes over at its next try).
    func withdraw(pid: Int32) {
        if leader()?.pid == pid { history.setMeta(Self.leaderKey, nil) }
    }

    func spent() -> [BudgetSpend] { history.meta(Self.spentKey).map(BudgetSpend.read) ?? [] }
    func publish(spent: [BudgetSpend]) { history.setMeta(Self.spentKey, BudgetSpend.text(spent)) }

    func drillFailures() -> [String: DrillFailure] { history.meta(Self.drillFailuresKey).map(DrillFailure.read) ?? [:] }
    func publish(drillFailures: [DrillFailure]) {
        history.setMeta(Self.drillFailuresKey, drillFailures.isEmpty ? nil : DrillFailure.text(drillFailures))
    }

    func refreshRequest() -> RefreshRequest? { history.meta(Self.refreshKey).flatMap(RefreshRequest.init(text:)) }
    func request(_ panes: [Pane], from pid: Int32, at now: Date) {
        history.setMeta(Self.refreshKey, RefreshRequest(token: "\(pid)-\(LeaderNotice.millis(now))", panes: panes).text)
    }

    /// A follower's open drill-down, said again as a heartbeat; nil: it closed.
    func watch(_ watch: DrillWatch?, from pid: Int32, at now: Date) {
        history.setMeta(Self.watchPrefix + String(pid), watch.flatMap { WatchNotice(watch: $0, heartbeat: now).text })
    }

    /// Every room key at once: the leader's second reads the store once, not once a key.
    func read() -> Reading { Reading(values: history.metas(prefix: "room.")) }

    /// The room's keys as one read found them.
    struct Reading {
        var values: [String: String]

        var refreshRequest: RefreshRequest? { values[RoomBoard.refreshKey].flatMap(RefreshRequest.init(text:)) }
    }

    /// The drill-downs followers have open (each once), other than `pid`'s; a watcher silent
    /// for `silence` has gone (killed, or its machine asleep) and its entry is removed.
    func watches(in reading: Reading? = nil, now: Date, silence: TimeInterval, except pid: Int32) -> Set<DrillWatch> {
        var open: Set<DrillWatch> = []
        let entries = reading?.values ?? history.metas(prefix: Self.watchPrefix)
        for (key, text) in entries where key.hasPrefix(Self.watchPrefix) && key != Self.watchPrefix + String(pid) {
            guard let notice = WatchNotice(text: text), now.timeIntervalSince(notice.heartbeat) < silence else {
                history.setMeta(key, nil)
                continue
            }
            open.insert(notice.watch)
        }
        return open
    }
}
