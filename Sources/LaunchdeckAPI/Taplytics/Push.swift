#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The status of a Taplytics push notification. The doc shows only `sending`; scheduled,
/// sent, failed and cancelled are expected. Any other string decodes too and is kept as it
/// came, so the dashboard can show it rather than fail.
public struct TaplyticsPushStatus: OpenEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let scheduled = TaplyticsPushStatus(rawValue: "scheduled")
    public static let sending = TaplyticsPushStatus(rawValue: "sending")
    public static let sent = TaplyticsPushStatus(rawValue: "sent")
    public static let failed = TaplyticsPushStatus(rawValue: "failed")
    public static let cancelled = TaplyticsPushStatus(rawValue: "cancelled")

    /// The statuses launchdeck knows by name.
    public static let known: [TaplyticsPushStatus] = [.scheduled, .sending, .sent, .failed, .cancelled]
}

/// A Taplytics push notification, as `GET /v2/push` lists it, `GET /v2/push/{id}` returns it
/// and `POST /v2/push` answers. The GET examples carry only `id`, `filters`, `notification`
/// and `production`; the POST reply adds `name`, `status`, `created_at`, `schedule` and
/// `filter_duplicate_content`. Everything but `id` is optional.
public struct TaplyticsPush: Codable, Sendable, Hashable {
    public var id: String
    public var name: String?
    public var status: TaplyticsPushStatus?
    public var createdAt: Date?
    public var notification: Notification?
    public var schedule: Schedule?
    /// True for real users, false for the sandbox (the default).
    public var production: Bool?
    public var filterDuplicateContent: Bool?
    /// The audience; none means every user.
    public var filters: [TaplyticsFilter]?
    public var image: Image?
    public var customKeys: [String: JSONValue]?
    public var isSilent: Bool?
    public var badgeCount: Int?

    public init(id: String, name: String? = nil, status: TaplyticsPushStatus? = nil, createdAt: Date? = nil,
                notification: Notification? = nil, schedule: Schedule? = nil, production: Bool? = nil,
                filterDuplicateContent: Bool? = nil, filters: [TaplyticsFilter]? = nil, image: Image? = nil,
                customKeys: [String: JSONValue]? = nil, isSilent: Bool? = nil, badgeCount: Int? = nil) {
        self.id = id
        self.name = name
        self.status = status
        self.createdAt = createdAt
        self.notification = notification
        self.schedule = schedule
        self.production = production
        self.filterDuplicateContent = filterDuplicateContent
        self.filters = filters
        self.image = image
        self.customKeys = customKeys
        self.isSilent = isSilent
        self.badgeCount = badgeCount
    }

    /// What each device receives.
    public struct Notification: Codable, Sendable, Hashable {
        /// The message the user sees.
        public var alert: String?
        /// Seconds during which delivery is attempted.
        public var timeToLive: Int?

        public init(alert: String?, timeToLive: Int? = nil) {
            self.alert = alert
            self.timeToLive = timeToLive
        }

        enum CodingKeys: String, CodingKey {
            case alert
            case timeToLive = "time_to_live"
        }
    }

    /// When the push goes out: `now`, a UTC `time` (`YYYY-MM-DDTHH:MM:SSZ`) or each user's
    /// `local_time` (`YYYY-MM-DDTHH:MM:SS`, no zone). Kept as the strings they are; `local_time`
    /// is no instant.
    public struct Schedule: Codable, Sendable, Hashable {
        public var now: Bool?
        public var time: String?
        public var localTime: String?

        public init(now: Bool? = nil, time: String? = nil, localTime: String? = nil) {
            self.now = now
            self.time = time
            self.localTime = localTime
        }

        /// `time` as an instant, when it parses.
        public var timeDate: Date? { time.flatMap(Timestamp.parse) }

        enum CodingKeys: String, CodingKey {
            case now, time
            case localTime = "local_time"
        }
    }

    /// The image of a rich push.
    public struct Image: Codable, Sendable, Hashable {
        public var url: String?
        /// Whether Taplytics re-uploads the image to its CDN.
        public var tlCDN: Bool?

        public init(url: String?, tlCDN: Bool? = nil) {
            self.url = url
            self.tlCDN = tlCDN
        }

        enum CodingKeys: String, CodingKey {
            case url
            case tlCDN = "tl_cdn"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, status, notification, schedule, production, filters, image
        case createdAt = "created_at"
        case filterDuplicateContent = "filter_duplicate_content"
        case customKeys = "custom_keys"
        case isSilent = "is_silent"
        case badgeCount = "badge_count"
    }
}
