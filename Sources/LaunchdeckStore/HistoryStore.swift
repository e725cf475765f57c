#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a poll observed: values with the moment each describes, and events. Only what the
/// APIs returned is recorded: never a key, a token or a password.
public struct PollRecord: Sendable, Equatable {
    /// What was polled (`web`, `crashes`, …): a poll with no points still says "looked, saw nothing".
    public var source: String
    /// When the answer arrived.
    public var observedAt: Date
    public var points: [Observation]
    public var events: [HistoryEvent]

    public init(source: String, observedAt: Date, points: [Observation] = [], events: [HistoryEvent] = []) {
        self.source = source
        self.observedAt = observedAt
        self.points = points
        self.events = events
    }
}

/// One value of one series (`web.hits_per_minute`, `crashes.rate.2.4.0`).
public struct Observation: Sendable, Equatable {
    public var series: String
    /// The moment the value describes: the source's own time when it gives one (a minute of
    /// hits, a day of crashes, a backfilled point), else when it was observed.
    public var at: Date?
    public var value: Double

    public init(series: String, at: Date? = nil, value: Double) {
        self.series = series
        self.at = at
        self.value = value
    }
}

/// A point read back: the moment it describes, its value, and when launchdeck learnt it.
public struct SeriesPoint: Sendable, Equatable {
    public var at: Date
    public var value: Double
    public var observedAt: Date

    public init(at: Date, value: Double, observedAt: Date) {
        self.at = at
        self.value = value
        self.observedAt = observedAt
    }
}

/// A series over a span without reading its every point: its first and last points and
/// the mean of its values (for "since T0" figures over days of history).
public struct SeriesSummary: Sendable, Equatable {
    public var first: SeriesPoint?
    public var last: SeriesPoint?
    public var mean: Double?
    public var count: Int

    public init(first: SeriesPoint? = nil, last: SeriesPoint? = nil, mean: Double? = nil, count: Int = 0) {
        self.first = first
        self.last = last
        self.mean = mean
        self.count = count
    }
}

/// Something that happened at a moment: a push sent, an experiment started, the site down.
public struct HistoryEvent: Sendable, Equatable {
    public var at: Date
    /// `push_sent`, `experiment_started`, `experiment_stopped`, `site_down`, `site_up`, `alert`, …
    public var kind: String
    /// What it happened to: a push's name, an experiment, a site, an alert rule.
    public var subject: String
    public var detail: String

    public init(at: Date, kind: String, subject: String, detail: String = "") {
        self.at = at
        self.kind = kind
        self.subject = subject
        self.detail = detail
    }
}

/// How much history to keep: older than `maxAge` goes, and the oldest goes first while the
/// file is larger than `maxBytes`.
public struct RetentionPolicy: Sendable, Equatable {
    public var maxAge: Duration
    public var maxBytes: Int

    public init(maxAge: Duration, maxBytes: Int) {
        self.maxAge = maxAge
        self.maxBytes = maxBytes
    }

    // The defaults are the config's (`HistorySettings`), named there once.
}

/// What one pane showed at a moment, encoded by the model (the store does not read it):
/// replay shows it again, and followers show the leader's.
public struct StoredSnapshot: Sendable, Equatable {
    /// The pane it belongs to (`web`, `experiments`, `pushes`, `crashes`).
    public var source: String
    /// When the answer it was made from arrived.
    public var observedAt: Date
    public var body: [UInt8]

    public init(source: String, observedAt: Date, body: [UInt8]) {
        self.source = source
        self.observedAt = observedAt
        self.body = body
    }
}

/// The launch's memory. One implementation (SQLite) today; the pollers and screens see only
/// this protocol, so a store on an existing engine (PostgreSQL, Redis) could stand behind it.
public protocol HistoryStore: Sendable {
    /// Writes a poll's points and events in one transaction: all of it or none.
    func record(_ poll: PollRecord) throws(StoreError)
    /// The points of `series` that describe moments in `from..<to`, oldest first.
    func points(_ series: String, from: Date, to: Date) throws(StoreError) -> [SeriesPoint]
    /// The first and last points of `series` in `from..<to` and the mean of its values there.
    func summary(_ series: String, from: Date, to: Date) throws(StoreError) -> SeriesSummary
    /// The events in `from..<to`, oldest first.
    func events(from: Date, to: Date) throws(StoreError) -> [HistoryEvent]
    /// Every series name recorded, sorted.
    func seriesNames() throws(StoreError) -> [String]
    /// A value kept beside the history (`t0`), or nil.
    func meta(_ key: String) throws(StoreError) -> String?
    func setMeta(_ key: String, _ value: String?) throws(StoreError)
    /// Every value kept beside the history whose key starts with `prefix`, by key.
    func metas(prefix: String) throws(StoreError) -> [String: String]
    /// Keeps what a pane showed; one equal to the source's previous snapshot shares its body.
    func saveSnapshot(_ snapshot: StoredSnapshot) throws(StoreError)
    /// The newest snapshot of `source`, or nil.
    func latestSnapshot(source: String) throws(StoreError) -> StoredSnapshot?
    /// The newest snapshot of `source` observed at or before `moment`, or nil.
    func snapshot(source: String, atOrBefore moment: Date) throws(StoreError) -> StoredSnapshot?
    /// The moments in `from...to` at which any pane's snapshot was kept, oldest first, once each.
    func snapshotTimes(from: Date, to: Date) throws(StoreError) -> [Date]
    /// Applies `policy` at `now`; returns how many points and events went.
    @discardableResult
    func prune(_ policy: RetentionPolicy, now: Date) throws(StoreError) -> Int
}
