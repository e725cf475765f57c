#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckClient

/// The overview's Experiments pane: the newest experiments, active first, newest first.
public struct ExperimentsSnapshot: Sendable, Equatable, Codable {
    public var experiments: [TaplyticsExperiment]
    /// True when the project has older experiments than the ones read.
    public var more: Bool
    /// How many experiments the project has, when the `Link` header tells (nil: unknown).
    public var total: Int?

    public init(experiments: [TaplyticsExperiment], more: Bool, total: Int? = nil) {
        self.experiments = experiments
        self.more = more
        self.total = total
    }

    public var activeCount: Int { experiments.filter { $0.status == .active }.count }

    /// Active ones first; within each, the newest first by creation time (`created_at`, else
    /// the time in the id; none sorts last).
    public static func ordered(_ list: [TaplyticsExperiment]) -> [TaplyticsExperiment] {
        list.enumerated().sorted { a, b in
            let aActive = a.element.status == .active, bActive = b.element.status == .active
            if aActive != bActive { return aActive }
            let ta = a.element.createdTime ?? .distantPast, tb = b.element.createdTime ?? .distantPast
            // Same time: the later in the list (the server's order is oldest first) is newer.
            return ta != tb ? ta > tb : a.offset > b.offset
        }.map(\.element)
    }
}

/// The overview's Push pane: scheduled pushes first (soonest first), then the newest.
public struct PushSnapshot: Sendable, Equatable, Codable {
    public var pushes: [TaplyticsPush]
    /// True when the project has older pushes than the ones read.
    public var more: Bool
    /// How many pushes the project has, when the `Link` header tells (nil: unknown).
    public var total: Int?

    public init(pushes: [TaplyticsPush], more: Bool, total: Int? = nil) {
        self.pushes = pushes
        self.more = more
        self.total = total
    }

    /// When a push goes (or went) out, as the body says: its scheduled time, else its
    /// `created_at` (only the POST answer has either; the documented GET bodies have neither).
    public static func time(of push: TaplyticsPush) -> Date? { push.schedule?.timeDate ?? push.createdAt }

    /// Scheduled (or future) pushes first, soonest first; then the others newest first, by
    /// when they went out, else when they were made (the id's time).
    public static func ordered(_ list: [TaplyticsPush], now: Date) -> [TaplyticsPush] {
        func upcoming(_ p: TaplyticsPush) -> Bool {
            p.status == .scheduled || (time(of: p).map { $0 > now } ?? false)
        }
        func key(_ p: TaplyticsPush) -> Date { time(of: p) ?? p.createdTime ?? .distantPast }
        return list.enumerated().sorted { a, b in
            let au = upcoming(a.element), bu = upcoming(b.element)
            if au != bu { return au }
            let ta = key(a.element), tb = key(b.element)
            if ta == tb { return au ? a.offset < b.offset : a.offset > b.offset }
            return au ? ta < tb : ta > tb
        }.map(\.element)
    }
}

/// Reads both Taplytics panes: the newest items, through the `Link` header's `rel='last'`
/// (Taplytics lists are oldest first). After the first poll, one request a poll for each,
/// two when the last page is short (see `TaplyticsNewest`).
public struct TaplyticsSources: Sendable {
    public let client: TaplyticsClient
    private let wallClock: @Sendable () -> Date
    private let newestExperiments: TaplyticsNewest<TaplyticsExperiment>
    private let newestPushes: TaplyticsNewest<TaplyticsPush>

    public init(client: TaplyticsClient, wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.client = client
        self.wallClock = wallClock
        newestExperiments = client.newestExperiments()
        newestPushes = client.newestPushes()
    }

    public func experiments() async throws(ClientError) -> ExperimentsSnapshot {
        let read = try await newestExperiments.read()
        return ExperimentsSnapshot(experiments: ExperimentsSnapshot.ordered(Self.unique(read.items, id: \.id)),
                                   more: read.more, total: read.total)
    }

    public func pushes() async throws(ClientError) -> PushSnapshot {
        let read = try await newestPushes.read()
        return PushSnapshot(pushes: PushSnapshot.ordered(Self.unique(read.items, id: \.id), now: wallClock()),
                            more: read.more, total: read.total)
    }

    /// The items with each id once (an item can move to the next page between two requests).
    static func unique<Item>(_ items: [Item], id: (Item) -> String) -> [Item] {
        var seen = Set<String>()
        return items.filter { seen.insert(id($0)).inserted }
    }
}
