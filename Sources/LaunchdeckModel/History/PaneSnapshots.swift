#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckStore

/// A pane's snapshot with the moment its answer arrived.
public struct Stamped<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var observedAt: Date

    public init(_ value: Value, at observedAt: Date) {
        self.value = value
        self.observedAt = observedAt
    }
}

/// What the four overview panes showed at one moment, as the history kept it: replay shows
/// it again, and a war-room follower shows its leader's. A pane the history holds nothing
/// of (not polled yet, turned off, or its snapshot unreadable) is nil.
public struct PaneSnapshots: Sendable, Equatable {
    public var web: Stamped<WebSnapshot>?
    public var experiments: Stamped<ExperimentsSnapshot>?
    public var pushes: Stamped<PushSnapshot>?
    public var crashes: Stamped<CrashesSnapshot>?

    public init(web: Stamped<WebSnapshot>? = nil, experiments: Stamped<ExperimentsSnapshot>? = nil,
                pushes: Stamped<PushSnapshot>? = nil, crashes: Stamped<CrashesSnapshot>? = nil) {
        self.web = web
        self.experiments = experiments
        self.pushes = pushes
        self.crashes = crashes
    }

    /// The store's source names, one per pane.
    public enum Source: String, CaseIterable, Sendable {
        case web, experiments, pushes, crashes
    }

    /// The newest snapshot of each pane at or before `moment` (nil: the newest of all).
    public static func read(_ history: History, at moment: Date? = nil) -> PaneSnapshots {
        func load<V: Decodable & Sendable & Equatable>(_ source: Source, _ type: V.Type) -> Stamped<V>? {
            guard let stored = history.snapshot(source: source.rawValue, atOrBefore: moment),
                  let value = SnapshotCodec.decode(V.self, from: stored.body) else { return nil }
            return Stamped(value, at: stored.observedAt)
        }
        return PaneSnapshots(web: load(.web, WebSnapshot.self), experiments: load(.experiments, ExperimentsSnapshot.self),
                             pushes: load(.pushes, PushSnapshot.self), crashes: load(.crashes, CrashesSnapshot.self))
    }

    /// The newest moment any pane was observed, or nil when none was.
    public var newest: Date? {
        [web?.observedAt, experiments?.observedAt, pushes?.observedAt, crashes?.observedAt].compactMap { $0 }.max()
    }
}

/// Snapshots as the history keeps them: JSON with sorted keys (an unchanged pane encodes to
/// the same bytes, so the store keeps its body once), times as seconds (exact round trip),
/// and a NaN or infinity as text rather than a failed write.
public enum SnapshotCodec {
    public static func encode<V: Encodable>(_ value: V) -> [UInt8]? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return (try? encoder.encode(value)).map { Array($0) }
    }

    /// The snapshot in `bytes`, or nil when it cannot be read (written by another version, damaged).
    public static func decode<V: Decodable>(_ type: V.Type, from bytes: [UInt8]) -> V? {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try? decoder.decode(V.self, from: Data(bytes))
    }
}

extension Route {
    /// The history's source name for this screen's own data (`drill/leaderboard`,
    /// `drill/experiment/ID`): what replay shows of it. Nil for a user card (personal data is
    /// never kept) and for screens whose data is not their own.
    public var historySource: String? {
        guard DrillDownSource.hasOwnData(self) else { return nil }
        switch self {
        case .user: return nil
        case .experiment(let id, _): return "drill/experiment/" + id
        case .push(let id, _): return "drill/push/" + id
        case .crashGroup(let hash, _): return "drill/crash/" + hash
        default: return Route.screens.first { $0.target == .route(self) }.map { "drill/" + $0.name }
        }
    }
}

extension DrillDown {
    /// The drill-down kept under `route` at or before `moment`, with when it was read.
    /// `source` names it with its choices when they are not the defaults (the war room's
    /// `DrillWatch.key`, `drill/hits?range=7d;…`); nil: `route.historySource`.
    public static func read(_ history: History, route: Route, source: String? = nil, at moment: Date) -> Stamped<DrillDown>? {
        guard let source = source ?? route.historySource, let stored = history.snapshot(source: source, atOrBefore: moment),
              let value = SnapshotCodec.decode(DrillDown.self, from: stored.body) else { return nil }
        return Stamped(value, at: stored.observedAt)
    }
}
