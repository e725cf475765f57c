#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckClient

/// What the war room's leader has spent of a service's budget (`RateBudget.spent`), published
/// beside its notice (`room.spent`, kept when it leaves) so that the next leader starts from
/// it rather than from zero: twenty watchers taking over in turn spend what one would.
struct BudgetSpend: Sendable, Equatable {
    /// `tly`, `tap`, `apt`: the budgets' names in the status bar.
    var service: String
    var count: Int
    /// When the oldest request counted was sent.
    var oldest: Date
    /// When they were counted (no request counted was sent later).
    var at: Date

    /// `SERVICE COUNT OLDEST-MS AT-MS`, one a line.
    static func text(_ spends: [BudgetSpend]) -> String {
        spends.map { "\($0.service) \($0.count) \(LeaderNotice.millis($0.oldest)) \(LeaderNotice.millis($0.at))" }
            .joined(separator: "\n")
    }

    /// The same counts and oldest requests: `oldest` is read as now minus an age on another
    /// clock, so it jitters by microseconds from one reading to the next; a second apart is a move.
    static func same(_ a: [BudgetSpend], _ b: [BudgetSpend]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.service == y.service && x.count == y.count && abs(x.oldest.timeIntervalSince(y.oldest)) < 1
        }
    }

    static func read(_ text: String) -> [BudgetSpend] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard words.count == 4, let count = Int(words[1]), let oldest = Int64(words[2]), let at = Int64(words[3]) else { return nil }
            return BudgetSpend(service: String(words[0]), count: count, oldest: LeaderNotice.date(oldest), at: LeaderNotice.date(at))
        }
    }
}

extension BudgetSpend {
    /// What is spent of each named budget, at `now`.
    static func of(_ budgets: [(String, RateBudget)], now: Date) async -> [BudgetSpend] {
        var spends: [BudgetSpend] = []
        for (name, budget) in budgets {
            let (count, ago) = await budget.spent()
            let seconds = Double(ago.components.seconds) + Double(ago.components.attoseconds) / 1e18
            if count > 0 { spends.append(BudgetSpend(service: name, count: count, oldest: now.addingTimeInterval(-seconds), at: now)) }
        }
        return spends
    }

    /// Counts `spends` (read at `now`) in the budgets of the same names.
    static func seed(_ spends: [BudgetSpend], into budgets: [(String, RateBudget)], now: Date) async {
        for (name, budget) in budgets {
            guard let spend = spends.first(where: { $0.service == name }) else { continue }
            func ago(_ moment: Date) -> Duration { .milliseconds(Int64((now.timeIntervalSince(moment) * 1000).rounded())) }
            await budget.seed(count: spend.count, oldestAgo: ago(spend.oldest), newestAgo: ago(spend.at))
        }
    }
}

extension Services {
    /// Each service's budget by its status-bar name.
    private var rateBudgets: [(String, RateBudget)] {
        [tinylytics.map { ("tly", $0.client.budget) }, taplytics.map { ("tap", $0.budget) },
         apteligent.map { ("apt", $0.client.budget) }].compactMap { $0 }
    }

    /// What this process has spent of each budget, at `now`.
    func spent(now: Date = Date()) async -> [BudgetSpend] { await BudgetSpend.of(rateBudgets, now: now) }

    /// Counts what the previous leader spent (`spends`, read at `now`) in this process's budgets.
    func seed(_ spends: [BudgetSpend], now: Date = Date()) async { await BudgetSpend.seed(spends, into: rateBudgets, now: now) }
}
