#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Content monitoring of one site (`GET /sites/:id/content`): whether it runs, its last
/// check, and each open issue (broken links and mixed content that are not ignored).
public struct ContentHealth: Sendable, Equatable, Codable {
    public struct Issue: Sendable, Equatable, Codable {
        public enum Kind: String, Sendable, Equatable, Codable {
            case brokenLink = "broken link"
            case mixedContent = "mixed content"
        }

        public var id: Int
        public var kind: Kind
        public var url: String
        public var statusCode: Int?
        public var errorMessage: String?
        /// When Tinylytics last checked the link.
        public var checkedAt: Date?
        /// When launchdeck first saw it open: the API gives no time an issue began.
        public var firstSeen: Date?

        public init(id: Int, kind: Kind, url: String, statusCode: Int? = nil, errorMessage: String? = nil,
                    checkedAt: Date? = nil, firstSeen: Date? = nil) {
            self.id = id
            self.kind = kind
            self.url = url
            self.statusCode = statusCode
            self.errorMessage = errorMessage
            self.checkedAt = checkedAt
            self.firstSeen = firstSeen
        }

        /// `404 Not Found`, or what of it was sent.
        public var problem: String {
            [statusCode.map(String.init), errorMessage].compactMap { $0 }.joined(separator: " ")
        }
    }

    public var enabled: Bool?
    public var rootPath: String?
    public var lastCheckAt: Date?
    /// The first check, or a recheck, is running.
    public var checking: Bool
    /// Open issues, broken links first; nil when the `issues` object could not be read.
    public var issues: [Issue]?
    public var stats: TinylyticsContentResponse.Stats?
    /// When launchdeck read it.
    public var readAt: Date

    public init(enabled: Bool? = nil, rootPath: String? = nil, lastCheckAt: Date? = nil, checking: Bool = false,
                issues: [Issue]?, stats: TinylyticsContentResponse.Stats? = nil, readAt: Date) {
        self.enabled = enabled
        self.rootPath = rootPath
        self.lastCheckAt = lastCheckAt
        self.checking = checking
        self.issues = issues
        self.stats = stats
        self.readAt = readAt
    }

    /// From the API's answer; `firstSeen` gives when each issue id was first seen open.
    public init(_ response: TinylyticsContentResponse, readAt: Date, firstSeen: [Int: Date] = [:]) {
        let status = response.monitoringStatus
        func open(_ list: [TinylyticsContentResponse.LinkIssue], _ kind: Issue.Kind) -> [Issue] {
            list.filter { $0.ignored != true }.map {
                Issue(id: $0.id, kind: kind, url: $0.url, statusCode: $0.statusCode, errorMessage: $0.errorMessage,
                      checkedAt: $0.checkedAt, firstSeen: firstSeen[$0.id])
            }
        }
        self.init(enabled: status?.enabled, rootPath: status?.rootPath, lastCheckAt: status?.lastCheckAt,
                  checking: status?.isInitialCheck == true || status?.isRechecking == true,
                  issues: response.issues.map { open($0.brokenLinks, .brokenLink) + open($0.mixedContent, .mixedContent) },
                  stats: response.stats, readAt: readAt)
    }

    /// Open issues of a kind: the list's count, else the stats' when the list was unreadable.
    public func count(_ kind: Issue.Kind) -> Int {
        if let issues { return issues.filter { $0.kind == kind }.count }
        return (kind == .brokenLink ? stats?.brokenLinksCount : stats?.mixedContentCount) ?? 0
    }

    /// The Web pane's badge: `2 broken links`, `1 broken link, 1 mixed content`; nil when none is open.
    public var badge: String? {
        let broken = count(.brokenLink), mixed = count(.mixedContent)
        var parts: [String] = []
        if broken > 0 { parts.append("\(broken) broken link\(broken == 1 ? "" : "s")") }
        if mixed > 0 { parts.append("\(mixed) mixed content") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// When each content issue was first seen open, so a screen can say since when (the API
/// gives only the time of the last check). An issue that closes is forgotten.
public struct ContentIssueLog: Sendable, Equatable {
    private var site: Int?
    private var firstSeen: [Int: Date] = [:]

    public init() {}

    /// Notes the open issues of `response` at `now` and returns the health with their times.
    public mutating func health(_ response: TinylyticsContentResponse, site: Int, now: Date) -> ContentHealth {
        if self.site != site {
            self.site = site
            firstSeen = [:]
        }
        let open = ContentHealth(response, readAt: now).issues
        if let open {
            var kept: [Int: Date] = [:]
            for issue in open { kept[issue.id] = firstSeen[issue.id] ?? now }
            firstSeen = kept
        }
        return ContentHealth(response, readAt: now, firstSeen: firstSeen)
    }
}
