#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One visitor's session: the pages they saw in order.
public struct TinylyticsJourney: Codable, Sendable, Hashable {
    public struct Page: Codable, Sendable, Hashable {
        public var path: String
        public init(path: String) { self.path = path }
    }

    public var visitorHash: String
    public var pageCount: Int?
    public var firstHit: Date?
    public var lastHit: Date?
    public var durationMinutes: Int?
    public var pages: [Page]
    public var entryPage: String?
    public var exitPage: String?
    /// Seconds.
    public var sessionDuration: Int?
    public var referrer: String?
    public var country: String?
    public var browser: String?

    public init(visitorHash: String, pageCount: Int?, firstHit: Date?, lastHit: Date?, durationMinutes: Int?,
                pages: [Page], entryPage: String?, exitPage: String?, sessionDuration: Int?, referrer: String?,
                country: String?, browser: String?) {
        self.visitorHash = visitorHash
        self.pageCount = pageCount
        self.firstHit = firstHit
        self.lastHit = lastHit
        self.durationMinutes = durationMinutes
        self.pages = pages
        self.entryPage = entryPage
        self.exitPage = exitPage
        self.sessionDuration = sessionDuration
        self.referrer = referrer
        self.country = country
        self.browser = browser
    }

    enum CodingKeys: String, CodingKey {
        case pages, referrer, country, browser
        case visitorHash = "visitor_hash"
        case pageCount = "page_count"
        case firstHit = "first_hit"
        case lastHit = "last_hit"
        case durationMinutes = "duration_minutes"
        case entryPage = "entry_page"
        case exitPage = "exit_page"
        case sessionDuration = "session_duration"
    }
}

/// A path and how many visitors entered or left there.
public struct TinylyticsPathVisitors: Codable, Sendable, Hashable {
    public var path: String
    public var visitors: Int
    public init(path: String, visitors: Int) {
        self.path = path
        self.visitors = visitors
    }
}

/// The body of `GET /sites/:id/user_journeys`.
public struct TinylyticsJourneysResponse: Codable, Sendable, Hashable {
    public struct Summary: Codable, Sendable, Hashable {
        public var totalVisitors: Int?
        public var multiPageVisitors: Int?
        public var singlePageVisitors: Int?
        /// Percent.
        public var bounceRate: Double?

        public init(totalVisitors: Int?, multiPageVisitors: Int?, singlePageVisitors: Int?, bounceRate: Double?) {
            self.totalVisitors = totalVisitors
            self.multiPageVisitors = multiPageVisitors
            self.singlePageVisitors = singlePageVisitors
            self.bounceRate = bounceRate
        }

        enum CodingKeys: String, CodingKey {
            case totalVisitors = "total_visitors"
            case multiPageVisitors = "multi_page_visitors"
            case singlePageVisitors = "single_page_visitors"
            case bounceRate = "bounce_rate"
        }
    }

    public struct Insights: Codable, Sendable, Hashable {
        public var topEntryPages: [TinylyticsPathVisitors]
        public var topExitPages: [TinylyticsPathVisitors]

        public init(topEntryPages: [TinylyticsPathVisitors], topExitPages: [TinylyticsPathVisitors]) {
            self.topEntryPages = topEntryPages
            self.topExitPages = topExitPages
        }

        enum CodingKeys: String, CodingKey {
            case topEntryPages = "top_entry_pages"
            case topExitPages = "top_exit_pages"
        }
    }

    public struct Filters: Codable, Sendable, Hashable {
        public var startDate: String?
        public var endDate: String?
        public var timeZone: String?
        public init(startDate: String?, endDate: String?, timeZone: String?) {
            self.startDate = startDate
            self.endDate = endDate
            self.timeZone = timeZone
        }
        enum CodingKeys: String, CodingKey {
            case startDate = "start_date"
            case endDate = "end_date"
            case timeZone = "time_zone"
        }
    }

    public var userJourneys: [TinylyticsJourney]
    public var summary: Summary?
    public var insights: Insights?
    public var pagination: TinylyticsPagination
    public var filters: Filters?

    public init(userJourneys: [TinylyticsJourney], summary: Summary?, insights: Insights?,
                pagination: TinylyticsPagination, filters: Filters?) {
        self.userJourneys = userJourneys
        self.summary = summary
        self.insights = insights
        self.pagination = pagination
        self.filters = filters
    }

    enum CodingKeys: String, CodingKey {
        case summary, insights, pagination, filters
        case userJourneys = "user_journeys"
    }
}

/// Only the `summary` of a `GET /sites/:id/user_journeys` body: what the Web pane reads for
/// its visitor count, so a journey of an unexpected shape cannot cost the count.
public struct TinylyticsJourneysSummaryBody: Decodable, Sendable, Hashable {
    public var summary: TinylyticsJourneysResponse.Summary?

    public init(summary: TinylyticsJourneysResponse.Summary?) { self.summary = summary }
}
