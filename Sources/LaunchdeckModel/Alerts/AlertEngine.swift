#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// A rule from the config's `[[alerts]]`, as the model understands it. Kept beside the
/// config's `AlertRule` because of a boundary: LaunchdeckConfig imports nothing of ours and the
/// model does not import the config, so AppConfig translates one into the other.
public struct AlertSpec: Sendable, Equatable {
    public enum Condition: Sendable, Equatable {
        /// The crash rate now is above this percentage.
        case crashRateAbove(Double)
        /// The uptime monitor says the site is down.
        case siteDown
        /// Hits per minute fell below (1 − share) of the last hour's average.
        case hitsDrop(share: Double)
        /// An experiment or a push changed status.
        case experimentStatusChange
        case pushStatusChange
        /// Content monitoring found a broken link or mixed content not open before.
        case contentIssue
    }

    public var name: String?
    public var condition: Condition

    public init(name: String? = nil, condition: Condition) {
        self.name = name
        self.condition = condition
    }
}

/// An alert that fired: what, and when.
public struct FiredAlert: Sendable, Equatable {
    public var rule: String
    public var message: String
    public var at: Date

    public init(rule: String, message: String, at: Date) {
        self.rule = rule
        self.message = message
        self.at = at
    }
}

/// Evaluates the rules against each new snapshot. Alerts fire on the edge (when a condition
/// becomes true, or a status changes), not on every poll while it stays true.
public struct AlertEngine: Sendable {
    public let rules: [AlertSpec]
    private var active: Set<Int> = []
    private var experimentStatus: [String: String] = [:]
    private var pushStatus: [String: String] = [:]
    /// The open content issues last seen (ids), per site.
    private var contentIssues: (site: Int, ids: Set<Int>)?
    /// Everything that fired, newest last (the alerts screen).
    public private(set) var history: [FiredAlert] = []
    /// The most alerts kept in the history.
    public static let historyLimit = 500

    /// Rules the data seen so far cannot make fire, and why (the alerts screen says so
    /// rather than stay silent): a push status rule while no push carries a status.
    public private(set) var silent: [String] = []

    public init(rules: [AlertSpec]) { self.rules = rules }

    public mutating func observe(web: WebSnapshot, at now: Date) -> [FiredAlert] {
        var fired: [FiredAlert] = []
        for (i, rule) in rules.enumerated() {
            switch rule.condition {
            case .siteDown:
                var down = false
                if case .monitored(let isDown, _, _, _)? = web.uptime { down = isDown }
                fired += edge(i, down, rule, "\(web.site.label) is down", now)
            case .hitsDrop(let share):
                let rates = web.perMinute.compactMap { $0 }
                guard rates.count >= 10, let latest = rates.last else { continue }
                let average = rates.dropLast().reduce(0, +) / Double(rates.count - 1)
                let dropped = average > 0 && latest < average * (1 - share)
                fired += edge(i, dropped, rule,
                              "hits fell to \(Int(latest.rounded()))/min, \(Int((1 - latest / max(average, 1)) * 100))% under the hour's \(Int(average.rounded()))/min", now)
            case .contentIssue:
                fired += newContentIssues(web, rule, now)
            default: continue
            }
        }
        if case .read(let health)? = web.content, let issues = health.issues {
            contentIssues = (web.site.id, Set(issues.map(\.id)))
        }
        return record(fired)
    }

    /// One alert for the issues open now that were not open at the last read of the same
    /// site (the first read counts each open issue as new: it is news to the watcher).
    private func newContentIssues(_ web: WebSnapshot, _ rule: AlertSpec, _ now: Date) -> [FiredAlert] {
        guard case .read(let health)? = web.content, let issues = health.issues else { return [] }
        let before = contentIssues.flatMap { $0.site == web.site.id ? $0.ids : nil } ?? []
        let new = issues.filter { !before.contains($0.id) }
        guard !new.isEmpty else { return [] }
        let what = new.prefix(3).map { "\($0.kind.rawValue) \($0.url)\($0.problem.isEmpty ? "" : " (\($0.problem))")" }
        let more = new.count > 3 ? " and \(new.count - 3) more" : ""
        return [FiredAlert(rule: rule.name ?? Self.defaultName(rule.condition),
                           message: "\(web.site.label): " + what.joined(separator: ", ") + more, at: now)]
    }

    public mutating func observe(crashes: CrashesSnapshot, at now: Date) -> [FiredAlert] {
        var fired: [FiredAlert] = []
        for (i, rule) in rules.enumerated() {
            guard case .crashRateAbove(let limit) = rule.condition, let rate = crashes.rateNow else { continue }
            fired += edge(i, rate > limit, rule,
                          "\(crashes.appName) " + String(cFormat: "crash rate %.2f%% is above %.2f%%", rate, limit), now)
        }
        return record(fired)
    }

    public mutating func observe(experiments: ExperimentsSnapshot, at now: Date) -> [FiredAlert] {
        let current = Dictionary(experiments.experiments.map { ($0.id, $0.status?.rawValue ?? "unknown") }) { a, _ in a }
        let names = Dictionary(experiments.experiments.map { ($0.id, $0.name ?? $0.id) }) { a, _ in a }
        let fired = changes(from: experimentStatus, to: current, names: names, kind: "experiment",
                            rules: rules.filter { $0.condition == .experimentStatusChange }, now: now)
        experimentStatus = current
        return record(fired)
    }

    public mutating func observe(pushes: PushSnapshot, at now: Date) -> [FiredAlert] {
        let current = Dictionary(pushes.pushes.map { ($0.id, $0.status?.rawValue ?? "unknown") }) { a, _ in a }
        let names = Dictionary(pushes.pushes.map { ($0.id, $0.notification?.alert ?? $0.name ?? $0.id) }) { a, _ in a }
        let fired = changes(from: pushStatus, to: current, names: names, kind: "push",
                            rules: rules.filter { $0.condition == .pushStatusChange }, now: now)
        pushStatus = current
        let statusless = !pushes.pushes.isEmpty && pushes.pushes.allSatisfy { $0.status == nil }
        silent = statusless ? rules.filter { $0.condition == .pushStatusChange }.map { rule in
            "\(rule.name ?? Self.defaultName(rule.condition)): cannot fire, Taplytics' push list carries no status "
                + "(the documented GET /v2/push bodies have none)"
        } : []
        return record(fired)
    }

    private func changes(from old: [String: String], to new: [String: String], names: [String: String], kind: String,
                         rules: [AlertSpec], now: Date) -> [FiredAlert] {
        guard let rule = rules.first, !old.isEmpty else { return [] }  // the first look is the baseline
        return new.keys.sorted().compactMap { id in
            guard let was = old[id], let status = new[id], was != status else { return nil }
            return FiredAlert(rule: rule.name ?? "\(kind) status", message: "\(kind) \(names[id] ?? id): \(was) \u{2192} \(status)",
                              at: now)
        }
    }

    private mutating func edge(_ index: Int, _ condition: Bool, _ rule: AlertSpec, _ message: String,
                               _ now: Date) -> [FiredAlert] {
        defer { if condition { active.insert(index) } else { active.remove(index) } }
        guard condition, !active.contains(index) else { return [] }
        return [FiredAlert(rule: rule.name ?? Self.defaultName(rule.condition), message: message, at: now)]
    }

    private mutating func record(_ fired: [FiredAlert]) -> [FiredAlert] {
        history += fired
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
        return fired
    }

    static func defaultName(_ condition: AlertSpec.Condition) -> String {
        switch condition {
        case .crashRateAbove: "crash rate"
        case .siteDown: "site down"
        case .hitsDrop: "hits drop"
        case .experimentStatusChange: "experiment status"
        case .pushStatusChange: "push status"
        case .contentIssue: "content issue"
        }
    }
}
