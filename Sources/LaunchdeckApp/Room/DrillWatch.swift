#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI
import LaunchdeckModel

/// A drill-down someone in the war room has open, as the leader polls it: the screen (by its
/// history source, `drill/leaderboard`, `drill/crash/HASH`) and only the choices that change
/// what it reads (the hits screen's range, grouping and zone; the leaderboard's filter and
/// pages), so two watchers of one crash group cost one poll whatever their other choices.
/// Never a user card: personal data is neither shared nor kept (`Route.historySource` is nil).
struct DrillWatch: Sendable, Hashable, Codable {
    var source: String
    var range: String?
    var grouping: String?
    var zone: String?
    /// `[tinylytics] account_time_zone` of the watcher (the leader reads the same tz database).
    var accountZone: String?
    var filter: String?
    var pages: Int?
    var fromEnd: Bool?

    /// Nil for a screen with no data of its own and for a user card.
    init?(route: Route, query: DrillDownQuery) {
        guard let source = route.historySource else { return nil }
        self.source = source
        switch route {
        case .hits, .journeys:
            range = query.range.rawValue
            zone = query.zone.rawValue
            accountZone = query.zone == .account ? query.accountZone?.identifier : nil
            if route == .hits { grouping = query.grouping.rawValue }
        case .leaderboard:
            filter = query.pathFilter
            pages = query.pages
            fromEnd = query.fromEnd
        default:
            break
        }
    }

    /// The screen to fetch (a title the fetch does not use is the id).
    var route: Route? {
        let parts = source.split(separator: "/", maxSplits: 2).map(String.init)
        guard parts.first == "drill", parts.count >= 2 else { return nil }
        switch (parts[1], parts.count == 3 ? parts[2] : nil) {
        case ("experiment", let id?): return .experiment(id: id, name: id)
        case ("push", let id?): return .push(id: id, title: id)
        case ("crash", let hash?): return .crashGroup(hash: hash, name: hash)
        case (let name, nil): return Route.named[name].flatMap { DrillDownSource.hasOwnData($0) ? $0 : nil }
        default: return nil
        }
    }

    /// What the fetch asks for (the choices that do not matter at their defaults).
    var query: DrillDownQuery {
        DrillDownQuery(range: range.flatMap(HitsRange.init(rawValue:)) ?? .today,
                       grouping: grouping.flatMap(HitsGrouping.init(rawValue:)) ?? .path,
                       zone: zone.flatMap(HitsZone.init(rawValue:)) ?? .utc, pathFilter: filter, pages: pages ?? 1,
                       fromEnd: fromEnd ?? false, accountZone: accountZone.flatMap { ZoneRules(identifier: $0) })
    }

    /// The store's source for the leader's answers: the screen's history source when its
    /// choices are the defaults (what replay shows of it too), else with them appended.
    var key: String {
        let defaults = route.flatMap { DrillWatch(route: $0, query: DrillDownQuery()) }
        var choices = self
        choices.source = ""
        guard var plain = defaults else { return source }
        plain.source = ""
        if choices == plain { return source }
        let words: [String?] = [range.map { "range=" + $0 }, grouping.map { "grouping=" + $0 }, zone.map { "zone=" + $0 },
                                accountZone.map { "tz=" + $0 }, pages.map { "pages=\($0)" }, fromEnd.map { "end=\($0)" },
                                filter.map { "filter=" + $0 }]  // last: it may hold any character
        return source + "?" + words.compactMap { $0 }.joined(separator: ";")
    }
}

/// A watcher's entry in the store's `meta` (`room.watch.PID`): what it has open, and when it
/// last said so (a watcher silent past `Room.silence` has gone, SIGKILL included).
struct WatchNotice: Sendable, Equatable {
    var watch: DrillWatch
    var heartbeat: Date

    /// `MS JSON`.
    var text: String? {
        SnapshotCodec.encode(watch).map { String(LeaderNotice.millis(heartbeat)) + " " + String(decoding: $0, as: UTF8.self) }
    }

    init(watch: DrillWatch, heartbeat: Date) {
        self.watch = watch
        self.heartbeat = heartbeat
    }

    init?(text: String) {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let ms = Int64(parts[0]),
              let watch = SnapshotCodec.decode(DrillWatch.self, from: Array(parts[1].utf8)) else { return nil }
        self.init(watch: watch, heartbeat: LeaderNotice.date(ms))
    }
}

/// The leader's last poll of a watched drill-down failed (a 429, a 404): its followers show
/// the same error rather than waiting on an answer that is not coming.
struct DrillFailure: Sendable, Equatable {
    var key: String
    var at: Date
    var message: String

    /// One a line: `MS<tab>KEY<tab>MESSAGE` (a key may hold spaces, never a tab or a newline).
    static func text(_ failures: [DrillFailure]) -> String {
        failures.sorted { $0.key < $1.key }.map {
            "\(LeaderNotice.millis($0.at))\t\($0.key)\t" + $0.message.split(whereSeparator: \.isNewline).joined(separator: " ")
        }.joined(separator: "\n")
    }

    static func read(_ text: String) -> [String: DrillFailure] {
        text.split(separator: "\n").reduce(into: [:]) { found, line in
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let ms = Int64(fields[0]) else { return }
            found[fields[1]] = DrillFailure(key: fields[1], at: LeaderNotice.date(ms), message: fields[2])
        }
    }
}
