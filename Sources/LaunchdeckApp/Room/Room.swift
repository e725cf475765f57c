#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckModel
import LaunchdeckScreens
import LaunchdeckStore
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A launchdeck's place in the war room of its store: everyone sharing a store (one host,
/// one credential set, or one shared state directory) elects one leader, which polls the
/// APIs and writes what they said; the others follow, reading it back. `step` runs once a
/// second: a follower that finds the lease free takes it, so a leader that quit or was
/// killed is replaced within a second or two (well inside any refresh interval).
final class Room: Sendable {
    enum Role: Sendable, Equatable {
        case leader
        case follower
    }

    /// What a step found.
    enum Step: Sendable, Equatable {
        /// This process just took the lease: start polling.
        case becameLeader
        /// Leading; `refresh` holds panes a follower asked to read again (empty: every pane), if
        /// any; `watched`, the drill-downs followers have open.
        case leading(refresh: [Pane]?, watched: Set<DrillWatch> = [])
        /// Following `leader` (nil: nobody leads, or the notice is not there yet).
        case following(LeaderNotice?)
    }

    /// A leader silent for this long counts as gone (its notice stays when it is killed).
    static let silence: TimeInterval = 5
    /// How often an unchanged leader says it is alive (well inside `silence`).
    static let beat: TimeInterval = 2.5
    /// The notice last written while leading.
    private let published = Mutex<LeaderNotice?>(nil)
    /// What was last said of the budgets spent while leading.
    private let publishedSpent = Mutex<[BudgetSpend]?>(nil)

    let lease: LeaderLease
    let board: RoomBoard
    /// False for `--follow`: a viewer without credentials never leads.
    let canLead: Bool
    let pid: Int32
    let started: Date
    private let state = Mutex<(role: Role, seenRefresh: String?, leader: LeaderNotice?, problem: String?)>(
        (.follower, nil, nil, nil))

    init(lease: LeaderLease, history: History, canLead: Bool, pid: Int32 = getpid(), started: Date = Date()) {
        self.lease = lease
        board = RoomBoard(history: history)
        self.canLead = canLead
        self.pid = pid
        self.started = started
    }

    var role: Role { state.withLock { $0.role } }

    /// The store the room shares (beside its lock).
    var database: String { String(lease.path.dropLast("leader.lock".count)) + RoomPlace.database }

    /// One second's work: take the lease when it is free, publish the heartbeat, the host's
    /// `budgets` and what is `spent` of them while leading, read the leader's notice while following.
    func step(now: Date, budgets: [String], failures: [PaneFailure] = [], spent: [BudgetSpend] = []) -> Step {
        if role == .follower, canLead {
            do throws(StoreError) {
                if try lease.tryAcquire() {
                    // Requests made before this leader came are the old leader's to answer.
                    let seen = board.refreshRequest()?.token
                    state.withLock { $0 = (.leader, seen, nil, nil) }
                    board.publish(LeaderNotice(pid: pid, started: started, heartbeat: now, budgets: budgets, failures: failures))
                    return .becameLeader
                }
            } catch {
                state.withLock { $0.problem = "\(lease.path) cannot be opened (permissions)" }
            }
        }
        if role == .leader {
            // A write a second costs CPU on an idle host: the notice goes out when it changes, and
            // as a heartbeat every `beat` (followers count a leader gone after `silence`).
            let notice = LeaderNotice(pid: pid, started: started, heartbeat: now, budgets: budgets, failures: failures)
            let due = published.withLock { last -> Bool in
                guard let previous = last, previous.budgets == budgets, previous.failures == failures,
                      now.timeIntervalSince(previous.heartbeat) < Self.beat else {
                    last = notice
                    return true
                }
                return false
            }
            if due { board.publish(notice) }
            // The next leader starts from it (only while leading: a new leader's step has spent nothing yet).
            // Written when a count or an oldest request moved, not each second for its `at` alone: a
            // SQLite write a second costs an idle host 0.02 % of a core, and an older `at` stays
            // true (every request counted was sent before it).
            let moved = publishedSpent.withLock { last -> Bool in
                guard let previous = last, BudgetSpend.same(previous, spent) else {
                    last = spent
                    return true
                }
                return false
            }
            if moved { board.publish(spent: spent) }
            // One read of the store a second for both (a follower's `r` and the open drill-downs).
            let reading = board.read()
            let request = reading.refreshRequest
            let watched = board.watches(in: reading, now: now, silence: Self.silence, except: pid)
            let fresh = state.withLock { s -> Bool in
                guard let token = request?.token, token != s.seenRefresh else { return false }
                s.seenRefresh = token
                return true
            }
            return .leading(refresh: fresh ? request?.panes : nil, watched: watched)
        }
        let notice = board.leader()
        state.withLock { $0.leader = notice }
        return .following(notice)
    }

    /// A follower's `r` (one pane) or `R` (none given: every pane), for the leader to act on.
    func askLeader(_ panes: [Pane], now: Date = Date()) { board.request(panes, from: pid, at: now) }

    /// Leaves the room: a leader clears its notice and lets go of the lease.
    func leave() {
        guard role == .leader else { return }
        board.withdraw(pid: pid)
        lease.release()
        state.withLock { $0.role = .follower }
    }

    /// The status bar's word on the room, before the budgets: `leading`, `following (leader up 12m)`,
    /// or why nobody leads.
    func statusText(now: Date) -> String {
        let (role, leader, problem) = state.withLock { ($0.role, $0.leader, $0.problem) }
        if role == .leader { return "leading" }
        if let problem { return "following: cannot lead: \(problem)" }
        guard let leader, now.timeIntervalSince(leader.heartbeat) < Self.silence else {
            return canLead ? "following: no leader yet" : "following: no leader here (start launchdeck record)"
        }
        return "following (leader up \(AgeText.of(now.timeIntervalSince(leader.started))))"
    }

    /// What a `--follow` viewer's user card says: the leader polls every other drill-down a
    /// follower opens, but a user card is personal data, never shared nor kept.
    struct UserCardIsNotShared: Error, CustomStringConvertible {
        var description: String {
            "a user card is personal data: never shared in the war room, and this viewer (--follow) holds no "
                + "credentials: look the user up in a launchdeck that has them"
        }
    }

    /// A follower's open drill-down for the leader to poll (nil: closed), said again as a heartbeat.
    func watch(_ watch: DrillWatch?, now: Date) { board.watch(watch, from: pid, at: now) }

    /// The drill-downs followers have open now (a silent watcher's entry goes).
    func watches(now: Date) -> Set<DrillWatch> { board.watches(now: now, silence: Self.silence, except: pid) }

    /// A status without the leader's age: what changes when a role does.
    static func kind(of status: String) -> Substring { status.prefix { $0 != "(" } }

    /// The leader's budgets, marked as the host's.
    func hostBudgets(_ budgets: [String]) -> [String] { budgets.map { $0 + " (host)" } }
}
