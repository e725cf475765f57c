#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The body of `GET /sites/:id/content`: content monitoring (a subscription feature; 403
/// with `content_monitoring_enabled: false` when it is off).
public struct TinylyticsContentResponse: Codable, Sendable, Hashable {
    public struct MonitoringStatus: Codable, Sendable, Hashable {
        public var enabled: Bool?
        public var rootPath: String?
        public var lastCheckAt: Date?
        public var isInitialCheck: Bool?
        public var isRechecking: Bool?
        public var hasIssues: Bool?
        public var emailsPaused: Bool?
        public var emailsPausedUntil: Date?

        public init(enabled: Bool?, rootPath: String?, lastCheckAt: Date?, isInitialCheck: Bool?, isRechecking: Bool?,
                    hasIssues: Bool?, emailsPaused: Bool?, emailsPausedUntil: Date?) {
            self.enabled = enabled
            self.rootPath = rootPath
            self.lastCheckAt = lastCheckAt
            self.isInitialCheck = isInitialCheck
            self.isRechecking = isRechecking
            self.hasIssues = hasIssues
            self.emailsPaused = emailsPaused
            self.emailsPausedUntil = emailsPausedUntil
        }

        enum CodingKeys: String, CodingKey {
            case enabled
            case rootPath = "root_path"
            case lastCheckAt = "last_check_at"
            case isInitialCheck = "is_initial_check"
            case isRechecking = "is_rechecking"
            case hasIssues = "has_issues"
            case emailsPaused = "emails_paused"
            case emailsPausedUntil = "emails_paused_until"
        }
    }

    /// A checked link: broken, mixed content, ignored or fine.
    public struct LinkIssue: Codable, Sendable, Hashable {
        public var id: Int
        public var url: String
        public var statusCode: Int?
        public var errorMessage: String?
        public var issueType: String?
        public var checkedAt: Date?
        public var ignored: Bool?

        public init(id: Int, url: String, statusCode: Int?, errorMessage: String?, issueType: String?,
                    checkedAt: Date?, ignored: Bool?) {
            self.id = id
            self.url = url
            self.statusCode = statusCode
            self.errorMessage = errorMessage
            self.issueType = issueType
            self.checkedAt = checkedAt
            self.ignored = ignored
        }

        enum CodingKeys: String, CodingKey {
            case id, url, ignored
            case statusCode = "status_code"
            case errorMessage = "error_message"
            case issueType = "issue_type"
            case checkedAt = "checked_at"
        }
    }

    public struct Issues: Codable, Sendable, Hashable {
        public var brokenLinks: [LinkIssue]
        public var mixedContent: [LinkIssue]

        public init(brokenLinks: [LinkIssue], mixedContent: [LinkIssue]) {
            self.brokenLinks = brokenLinks
            self.mixedContent = mixedContent
        }

        enum CodingKeys: String, CodingKey {
            case brokenLinks = "broken_links"
            case mixedContent = "mixed_content"
        }
    }

    public struct Stats: Codable, Sendable, Hashable {
        public var totalChecked: Int?
        public var brokenLinksCount: Int?
        public var mixedContentCount: Int?
        public var ignoredCount: Int?
        public var okCount: Int?

        public init(totalChecked: Int?, brokenLinksCount: Int?, mixedContentCount: Int?, ignoredCount: Int?,
                    okCount: Int?) {
            self.totalChecked = totalChecked
            self.brokenLinksCount = brokenLinksCount
            self.mixedContentCount = mixedContentCount
            self.ignoredCount = ignoredCount
            self.okCount = okCount
        }

        enum CodingKeys: String, CodingKey {
            case totalChecked = "total_checked"
            case brokenLinksCount = "broken_links_count"
            case mixedContentCount = "mixed_content_count"
            case ignoredCount = "ignored_count"
            case okCount = "ok_count"
        }
    }

    public var site: TinylyticsSiteSummary?
    public var monitoringStatus: MonitoringStatus?
    public var issues: Issues?
    public var ignoredIssues: [LinkIssue]?
    public var okLinks: [LinkIssue]?
    public var stats: Stats?

    public init(site: TinylyticsSiteSummary?, monitoringStatus: MonitoringStatus?, issues: Issues?,
                ignoredIssues: [LinkIssue]?, okLinks: [LinkIssue]?, stats: Stats?) {
        self.site = site
        self.monitoringStatus = monitoringStatus
        self.issues = issues
        self.ignoredIssues = ignoredIssues
        self.okLinks = okLinks
        self.stats = stats
    }

    enum CodingKeys: String, CodingKey {
        case site, issues, stats
        case monitoringStatus = "monitoring_status"
        case ignoredIssues = "ignored_issues"
        case okLinks = "ok_links"
    }
}
