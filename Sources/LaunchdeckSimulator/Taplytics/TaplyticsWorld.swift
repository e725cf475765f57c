#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// The simulated Taplytics project: experiments, pushes and users, all derived from the
/// seed and the launch timeline. Users are made on demand from their index, so 100 000
/// cost no memory.
///
/// As the docs have them, experiment and push ids are 24-hex object ids whose first 8 hex
/// digits are the creation time, and the lists are sorted by creation time, oldest first.
struct TaplyticsWorld: Sendable {
    /// Oldest first.
    let experiments: [SimulatedExperiment]
    /// Oldest first: pushes sent before, then the launch push (made half an hour before the
    /// simulator starts; its status follows the timeline).
    let pushes: [TaplyticsPush]
    let launchPushID: String
    let userCount: Int
    let seed: UInt64
    let timeline: LaunchTimeline

    /// Pushes in a world unless asked otherwise: seven campaigns and the launch push.
    static let defaultPushCount = 8

    init(seed: UInt64, timeline: LaunchTimeline, userCount: Int = 250, pushCount: Int = TaplyticsWorld.defaultPushCount) {
        self.seed = seed
        self.timeline = timeline
        self.userCount = max(0, userCount)
        let start = timeline.start
        var random = SeededRandom(seed: seed ^ 0x7A9)
        let project = random.hex(bytes: 12)
        let names = ["Onboarding copy", "Pricing page CTA", "Launch banner", "Checkout button colour", "Signup form length",
                     "Push opt-in timing", "Dark mode default", "Paywall position", "Referral reward", "Search ranking",
                     "Welcome tour", "Annual plan nudge"]
        let statuses: [TaplyticsExperimentStatus] = [.active, .active, .draft, .paused, .archived, .active]
        experiments = names.enumerated().map { index, name in
            let createdAt = start.addingTimeInterval(-Double(index + 1) * 86_400 * 3)
            let id = TaplyticsObjectID.make(at: createdAt, rest: random.next())
            let count = 2 + index % 3
            return SimulatedExperiment(
                id: id, name: name, status: statuses[index % statuses.count],
                variationIDs: (0..<count).map { _ in random.hex(bytes: 12) },
                variationNames: (0..<count).map { $0 == 0 ? "Baseline" : "Variation \($0)" },
                isLaunch: name == "Launch banner",
                createdAt: createdAt,
                updatedAt: start.addingTimeInterval(-Double(index) * 3600), minAppVersion: "3.\(index % 4).0",
                projectID: project, goalIDs: [random.hex(bytes: 12)], filterID: random.hex(bytes: 12))
        }.sorted { $0.createdAt < $1.createdAt }
        let alerts = ["Your weekly summary is ready", "Flash sale: 24 hours only", "New: dark mode",
                      "Reminder: finish setting up", "Thanks for being an early user", "Maintenance tonight 02:00 UTC",
                      "Tip: share your first report"]
        let pushStatuses: [TaplyticsPushStatus] = [.sent, .sent, .failed, .cancelled, .sent, .sent, .sent]
        let audience = [TaplyticsFilter(type: "os", comparator: "=", values: [.string("iOS"), .string("Android")])]
        // Campaigns before the launch: the named seven on the last seven days, and with a
        // larger `pushCount` older ones, one every six hours before them.
        let campaigns = max(0, pushCount - 1)
        var pushes: [TaplyticsPush] = (0..<campaigns).map { number in
            let back = campaigns - number  // 1 is the newest campaign
            let named = back <= alerts.count ? alerts.count - back : nil
            let createdAt = back <= alerts.count
                ? start.addingTimeInterval(-Double(back) * 86_400)
                : start.addingTimeInterval(-Double(alerts.count) * 86_400 - Double(back - alerts.count) * 6 * 3600)
            let createdSeconds = createdAt.timeIntervalSince1970.rounded(.down)
            let sent = Date(timeIntervalSince1970: createdSeconds)
            return TaplyticsPush(
                id: TaplyticsObjectID.make(at: createdAt, rest: random.next()), name: "Campaign \(number + 1)",
                status: named.map { pushStatuses[$0] } ?? .sent, createdAt: sent,
                notification: .init(alert: named.map { alerts[$0] } ?? "Weekly digest #\(number + 1)"),
                schedule: .init(now: true), production: number % 3 != 0, filters: audience)
        }
        // The launch push, made half an hour before the start and scheduled for the launch.
        let launchMade = Date(timeIntervalSince1970: start.addingTimeInterval(-1800).timeIntervalSince1970.rounded(.down))
        launchPushID = TaplyticsObjectID.make(at: launchMade, rest: random.next())
        pushes.append(TaplyticsPush(
            id: launchPushID, name: "Launch", createdAt: launchMade,
            notification: .init(alert: "We're live! 🚀 Acme 4 is here"),
            schedule: .init(time: Timestamp.format(timeline.pushSending)), production: true,
            filters: [TaplyticsFilter(type: "country", comparator: "=", values: [.string("US"), .string("Canada")])]))
        self.pushes = pushes
    }

    /// The pushes as they stand at `t`: the launch push scheduled, sending, then sent.
    func pushes(at t: Date) -> [TaplyticsPush] {
        pushes.map { push in
            guard push.id == launchPushID else { return push }
            var launch = push
            launch.status = TaplyticsPushStatus(rawValue: timeline.launchPushStatus(at: t))
            return launch
        }
    }

    static let cities: [TaplyticsUser.Location] = [
        .init(cityName: "San Francisco", continentCode: "NA", countryCode: "USA", countryName: "United States",
              latitude: 37.77493, longitude: -122.41942, regionName: "California", timezone: "America/Los_Angeles"),
        .init(cityName: "Berlin", continentCode: "EU", countryCode: "DEU", countryName: "Germany",
              latitude: 52.52, longitude: 13.405, regionName: "Berlin", timezone: "Europe/Berlin"),
        .init(cityName: "Seoul", continentCode: "AS", countryCode: "KOR", countryName: "South Korea",
              latitude: 37.5665, longitude: 126.978, regionName: "Seoul", timezone: "Asia/Seoul"),
        .init(cityName: "Toronto", continentCode: "NA", countryCode: "CAN", countryName: "Canada",
              latitude: 43.6532, longitude: -79.3832, regionName: "Ontario", timezone: "America/Toronto"),
    ]

    /// The id of user `index`.
    func userID(_ index: Int) -> String {
        var random = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37)
        return String(cFormat: "%08x%016llx", index, random.next())
    }

    /// The index of a user id this world made, or nil.
    func userIndex(id: String) -> Int? {
        guard id.count == 24, let index = Int(id.prefix(8), radix: 16), index < userCount, userID(index) == id else { return nil }
        return index
    }

    /// User `index` (0-based) in the usersByToken form (`metadata`, `experiments`, `devices`).
    func user(_ index: Int) -> TaplyticsUser {
        var random = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37 &+ 1)
        let first = ["Ada", "Grace", "Linus", "Barbara", "Ken", "Margaret", "Dennis", "Frances"][index % 8]
        let last = ["Lovelace", "Hopper", "Torvalds", "Liskov", "Thompson", "Hamilton", "Ritchie", "Allen"][(index / 8) % 8]
        let experiment = experiments[index % experiments.count]
        return TaplyticsUser(
            id: userID(index), createdAt: timeline.start.addingTimeInterval(-Double(index % 10_000) * 60),
            userID: "user-\(index)", email: "user\(index)@example.invalid", firstName: first, lastName: last,
            name: "\(first) \(last)",
            metadata: ["occupation": .string(["Engineer", "Designer", "Founder", "Student"][index % 4]),
                       "favourite_color": .string(["Chartreuse", "Teal", "Amber"][index % 3]),
                       "favourite movie": .string(["Hackers", "Sneakers", "WarGames", "Tron"][(index / 3) % 4])],
            lastSeenIP: "203.0.113.\(index % 250 + 1)", location: Self.cities[index % Self.cities.count],
            experiments: [.init(experimentID: experiment.id,
                                variation: .id(experiment.variationIDs[index % experiment.variationIDs.count]))],
            devices: [.object([:])], sessionCount: Int(random.next() % 40) + 1)
    }

    /// A user in the single-user form (`custom_data`, `gender`), from the list form.
    static func single(_ user: TaplyticsUser, gender: String? = nil) -> TaplyticsUser {
        var single = user
        single.customData = user.customData ?? user.metadata ?? [:]
        single.metadata = nil
        single.name = nil
        single.experiments = nil
        single.devices = nil
        single.gender = gender ?? user.gender ?? ((Int(user.id.prefix(8), radix: 16) ?? 0) % 2 == 0 ? "female" : "male")
        return single
    }
}
