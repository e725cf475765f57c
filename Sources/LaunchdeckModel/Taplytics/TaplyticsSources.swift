import Foundation
import LaunchdeckAPI
import LaunchdeckClient

/// The overview's Experiments pane: the first page of experiments, active first, newest first.
public struct ExperimentsSnapshot: Sendable, Equatable {
    public var experiments: [TaplyticsExperiment]
    /// True when there were more experiments than one page.
    public var more: Bool

    public init(experiments: [TaplyticsExperiment], more: Bool) {
        self.experiments = experiments
        self.more = more
    }

    public var activeCount: Int { experiments.filter { $0.status == .active }.count }

    /// Active ones first; within each, the newest first (no date sorts last).
    public static func ordered(_ list: [TaplyticsExperiment]) -> [TaplyticsExperiment] {
        list.sorted { a, b in
            let aActive = a.status == .active, bActive = b.status == .active
            if aActive != bActive { return aActive }
            return (a.createdAt ?? .distantPast) > (b.createdAt ?? .distantPast)
        }
    }
}

/// The overview's Push pane: scheduled pushes first (soonest first), then recent ones.
public struct PushSnapshot: Sendable, Equatable {
    public var pushes: [TaplyticsPush]
    public var more: Bool

    public init(pushes: [TaplyticsPush], more: Bool) {
        self.pushes = pushes
        self.more = more
    }

    /// When a push goes (or went) out: its schedule, else when it was made.
    public static func time(of push: TaplyticsPush) -> Date? { push.schedule?.timeDate ?? push.createdAt }

    public static func ordered(_ list: [TaplyticsPush], now: Date) -> [TaplyticsPush] {
        func upcoming(_ p: TaplyticsPush) -> Bool {
            p.status == .scheduled || (time(of: p).map { $0 > now } ?? false)
        }
        return list.sorted { a, b in
            let au = upcoming(a), bu = upcoming(b)
            if au != bu { return au }
            let ta = time(of: a) ?? .distantPast, tb = time(of: b) ?? .distantPast
            return au ? ta < tb : ta > tb
        }
    }
}

/// Reads both Taplytics panes. One page each per poll.
public struct TaplyticsSources: Sendable {
    public let client: TaplyticsClient
    private let wallClock: @Sendable () -> Date

    public init(client: TaplyticsClient, wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.client = client
        self.wallClock = wallClock
    }

    public func experiments() async throws(ClientError) -> ExperimentsSnapshot {
        let page = try await client.experiments(TaplyticsPageQuery(page: 1, perPage: 100))
        return ExperimentsSnapshot(experiments: ExperimentsSnapshot.ordered(page.items), more: page.next != nil)
    }

    public func pushes() async throws(ClientError) -> PushSnapshot {
        let page = try await client.pushes(TaplyticsPageQuery(page: 1, perPage: 100))
        return PushSnapshot(pushes: PushSnapshot.ordered(page.items, now: wallClock()), more: page.next != nil)
    }
}
