#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// What clients wrote to the simulated Taplytics project: deleted experiments and users,
/// created or updated users, pushes sent, events received.
actor TaplyticsState {
    /// A push sent through `POST /v2/push`, and when it goes out.
    struct SentPush: Sendable {
        var push: TaplyticsPush
        var sendsAt: Date
    }

    /// How long a push takes to go from sending to sent.
    static let sendingSeconds: TimeInterval = 60

    private(set) var deletedExperiments: Set<String> = []
    private(set) var deletedUsers: Set<String> = []
    /// Created or updated users (single form), by id.
    private(set) var users: [String: TaplyticsUser] = [:]
    private var sent: [SentPush] = []
    /// Events received per session.
    private(set) var events: [String: Int] = [:]

    func deleteExperiment(_ id: String) -> Bool { deletedExperiments.insert(id).inserted }

    func deleteUser(_ id: String) -> Bool {
        users[id] = nil
        return deletedUsers.insert(id).inserted
    }

    func save(_ user: TaplyticsUser) {
        deletedUsers.remove(user.id)
        users[user.id] = user
    }

    /// Stores a push that goes out at `at`, giving it an object id: its creation time, then
    /// 16 hex digits made from `seed` and its number (unique, and the same on every run);
    /// returns the stored push.
    func send(_ push: TaplyticsPush, at: Date, seed: UInt64) -> TaplyticsPush {
        var random = SeededRandom(seed: seed ^ 0x9054 &+ UInt64(sent.count) &* 0x9E37_79B9)
        var stored = push
        stored.id = TaplyticsObjectID.make(at: push.createdAt ?? at, rest: random.next())
        sent.append(SentPush(push: stored, sendsAt: at))
        return stored
    }

    /// The sent pushes with their status at `t`: scheduled, sending, then sent.
    func pushes(at t: Date) -> [TaplyticsPush] {
        sent.map { entry in
            var push = entry.push
            let status: TaplyticsPushStatus = t < entry.sendsAt ? .scheduled
                : (t < entry.sendsAt.addingTimeInterval(Self.sendingSeconds) ? .sending : .sent)
            push.status = status
            return push
        }
    }

    func record(events count: Int, session: String) { events[session, default: 0] += count }
}
