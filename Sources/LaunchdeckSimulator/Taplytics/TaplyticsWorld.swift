import Foundation
import LaunchdeckAPI

/// The simulated Taplytics project: experiments, pushes and users, all derived from the
/// seed. Users are made on demand from their index, so 100 000 cost no memory.
struct TaplyticsWorld: Sendable {
    let experiments: [TaplyticsExperiment]
    let pushes: [TaplyticsPush]
    let userCount: Int
    let seed: UInt64
    let start: Date

    init(seed: UInt64, start: Date, userCount: Int = 250) {
        self.seed = seed
        self.start = start
        self.userCount = max(0, userCount)
        var random = SeededRandom(seed: seed ^ 0x7A9)
        let names = ["Onboarding copy", "Pricing page CTA", "Launch banner", "Checkout button colour", "Signup form length",
                     "Push opt-in timing", "Dark mode default", "Paywall position", "Referral reward", "Search ranking",
                     "Welcome tour", "Annual plan nudge"]
        let statuses: [TaplyticsExperimentStatus] = [.active, .active, .draft, .paused, .archived, .active]
        experiments = names.enumerated().map { index, name in
            let id = "e" + random.hex(bytes: 11)
            let variations = (0..<(2 + index % 3)).map { v in
                TaplyticsVariation(id: id + "v\(v)", name: v == 0 ? "Baseline" : "Variation \(v)",
                                   distributionPercent: 100.0 / Double(2 + index % 3))
            }
            return TaplyticsExperiment(
                id: id, name: name, status: statuses[index % statuses.count],
                variations: variations.map(TaplyticsVariationRef.object), baseline: variations.first,
                baselineVariation: variations.first?.id, minAppVersion: "3.\(index % 4).0",
                createdAt: start.addingTimeInterval(-Double(index + 1) * 86_400 * 3),
                updatedAt: start.addingTimeInterval(-Double(index) * 3600))
        }
        let alerts = ["We're live! 🚀 Try the new dashboard", "Your weekly summary is ready", "Flash sale: 24 hours only",
                      "New: dark mode", "Reminder: finish setting up", "Thanks for being an early user",
                      "Maintenance tonight 02:00 UTC", "Tip: share your first report"]
        let pushStatuses: [TaplyticsPushStatus] = [.scheduled, .sending, .sent, .sent, .failed, .cancelled, .sent, .sent]
        pushes = alerts.enumerated().map { index, alert in
            TaplyticsPush(id: "p" + random.hex(bytes: 11), name: "Campaign \(index + 1)", status: pushStatuses[index],
                          createdAt: start.addingTimeInterval(-Double(index) * 7200),
                          notification: .init(alert: alert), production: index % 3 != 0, isSilent: false)
        }
    }

    /// User `index` (0-based), the same every time.
    func user(_ index: Int) -> TaplyticsUser {
        var random = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37)
        let first = ["Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances"][index % 8]
        return TaplyticsUser(id: String(format: "u%08x%012llx", index, random.next() & 0xFFFF_FFFF_FFFF),
                             createdAt: start.addingTimeInterval(-Double(index % 10_000) * 60),
                             userID: "user-\(index)", email: "user\(index)@example.invalid", firstName: first,
                             customData: ["plan": .string(index % 5 == 0 ? "pro" : "free")],
                             sessionCount: Int(random.next() % 40))
    }
}
