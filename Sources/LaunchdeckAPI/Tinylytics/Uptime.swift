#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The body of `GET /sites/:id/uptime` (a subscription feature; 404 when uptime is off).
public struct TinylyticsUptimeResponse: Codable, Sendable, Hashable {
    public var monitor: TinylyticsMonitor
    /// Nil when the list could not be read (then no "since" is known), not an empty history.
    public var downtimes: [TinylyticsDowntime]?
    public var pagination: TinylyticsPagination?
    public var summary: Summary?

    public init(monitor: TinylyticsMonitor, downtimes: [TinylyticsDowntime]?, pagination: TinylyticsPagination?,
                summary: Summary?) {
        self.monitor = monitor
        self.downtimes = downtimes
        self.pagination = pagination
        self.summary = summary
    }

    public struct Summary: Codable, Sendable, Hashable {
        public var totalDowntimes: Int?
        public var ongoingDowntimes: Int?
        public var recentDowntimes30Days: Int?

        public init(totalDowntimes: Int?, ongoingDowntimes: Int?, recentDowntimes30Days: Int?) {
            self.totalDowntimes = totalDowntimes
            self.ongoingDowntimes = ongoingDowntimes
            self.recentDowntimes30Days = recentDowntimes30Days
        }

        enum CodingKeys: String, CodingKey {
            case totalDowntimes = "total_downtimes"
            case ongoingDowntimes = "ongoing_downtimes"
            case recentDowntimes30Days = "recent_downtimes_30_days"
        }
    }
}

/// The uptime monitor of a site, with its SSL and domain checks.
public struct TinylyticsMonitor: Codable, Sendable, Hashable {
    public struct SSL: Codable, Sendable, Hashable {
        public var expiresAt: Date?
        public var valid: Bool?
        public var expiringSoon: Bool?
        public var expired: Bool?
        public var daysUntilExpiry: Int?

        public init(expiresAt: Date?, valid: Bool?, expiringSoon: Bool?, expired: Bool?, daysUntilExpiry: Int?) {
            self.expiresAt = expiresAt
            self.valid = valid
            self.expiringSoon = expiringSoon
            self.expired = expired
            self.daysUntilExpiry = daysUntilExpiry
        }

        enum CodingKeys: String, CodingKey {
            case valid, expired
            case expiresAt = "expires_at"
            case expiringSoon = "expiring_soon"
            case daysUntilExpiry = "days_until_expiry"
        }
    }

    public struct Domain: Codable, Sendable, Hashable {
        public var testedAt: Date?
        public var expiresAt: Date?
        public var remainingDays: Int?
        public var source: String?
        public var expired: Bool?
        public var expiringSoon: Bool?
        public var daysUntilExpiry: Int?

        public init(testedAt: Date?, expiresAt: Date?, remainingDays: Int?, source: String?, expired: Bool?,
                    expiringSoon: Bool?, daysUntilExpiry: Int?) {
            self.testedAt = testedAt
            self.expiresAt = expiresAt
            self.remainingDays = remainingDays
            self.source = source
            self.expired = expired
            self.expiringSoon = expiringSoon
            self.daysUntilExpiry = daysUntilExpiry
        }

        enum CodingKeys: String, CodingKey {
            case source, expired
            case testedAt = "tested_at"
            case expiresAt = "expires_at"
            case remainingDays = "remaining_days"
            case expiringSoon = "expiring_soon"
            case daysUntilExpiry = "days_until_expiry"
        }
    }

    public var id: Int
    public var url: String?
    public var enabled: Bool?
    public var isDown: Bool?
    /// Percent over `period`.
    public var uptime: Double?
    public var lastCheckAt: Date?
    public var nextCheckAt: Date?
    public var lastStatusCode: Int?
    public var lastErrorMessage: String?
    public var statusDescription: String?
    /// Seconds between checks.
    public var currentCheckInterval: Int?
    public var period: String?
    public var ssl: SSL?
    public var domain: Domain?
    public var autoPaused: Bool?
    public var createdAt: Date?
    public var updatedAt: Date?

    public init(id: Int, url: String? = nil, enabled: Bool? = nil, isDown: Bool? = nil, uptime: Double? = nil,
                lastCheckAt: Date? = nil, nextCheckAt: Date? = nil, lastStatusCode: Int? = nil,
                lastErrorMessage: String? = nil, statusDescription: String? = nil, currentCheckInterval: Int? = nil,
                period: String? = nil, ssl: SSL? = nil, domain: Domain? = nil, autoPaused: Bool? = nil,
                createdAt: Date? = nil, updatedAt: Date? = nil) {
        self.id = id
        self.url = url
        self.enabled = enabled
        self.isDown = isDown
        self.uptime = uptime
        self.lastCheckAt = lastCheckAt
        self.nextCheckAt = nextCheckAt
        self.lastStatusCode = lastStatusCode
        self.lastErrorMessage = lastErrorMessage
        self.statusDescription = statusDescription
        self.currentCheckInterval = currentCheckInterval
        self.period = period
        self.ssl = ssl
        self.domain = domain
        self.autoPaused = autoPaused
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, url, enabled, uptime, period, ssl, domain
        case isDown = "is_down"
        case lastCheckAt = "last_check_at"
        case nextCheckAt = "next_check_at"
        case lastStatusCode = "last_status_code"
        case lastErrorMessage = "last_error_message"
        case statusDescription = "status_description"
        case currentCheckInterval = "current_check_interval"
        case autoPaused = "auto_paused"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// One outage the monitor saw.
public struct TinylyticsDowntime: Codable, Sendable, Hashable {
    public var id: Int
    public var error: String?
    public var startedAt: Date?
    public var endedAt: Date?
    /// Seconds.
    public var duration: Int?
    public var durationInWords: String?
    public var partial: Bool?
    public var ongoing: Bool?

    public init(id: Int, error: String?, startedAt: Date?, endedAt: Date?, duration: Int?, durationInWords: String?,
                partial: Bool?, ongoing: Bool?) {
        self.id = id
        self.error = error
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.duration = duration
        self.durationInWords = durationInWords
        self.partial = partial
        self.ongoing = ongoing
    }

    enum CodingKeys: String, CodingKey {
        case id, error, duration, partial, ongoing
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case durationInWords = "duration_in_words"
    }
}
