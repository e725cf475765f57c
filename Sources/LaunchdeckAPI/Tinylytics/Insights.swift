#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One generated AI insight report of `GET /sites/:id/insights` (a subscription feature).
public struct TinylyticsInsight: Codable, Sendable, Hashable {
    /// A signal snapshot the report was built from.
    public struct Signal: Codable, Sendable, Hashable {
        public struct Window: Codable, Sendable, Hashable {
            public var startedAt: Date?
            public var endedAt: Date?
            public init(startedAt: Date?, endedAt: Date?) {
                self.startedAt = startedAt
                self.endedAt = endedAt
            }
            enum CodingKeys: String, CodingKey {
                case startedAt = "started_at"
                case endedAt = "ended_at"
            }
        }

        /// e.g. `traffic_change` (kept as sent).
        public var type: String?
        public var headline: String?
        public var summary: String?
        public var importanceScore: Double?
        public var detectedAt: Date?
        public var window: Window?
        /// "A small payload excerpt": its keys depend on the signal type.
        public var payloadExcerpt: [String: JSONValue]?

        public init(type: String?, headline: String?, summary: String?, importanceScore: Double?, detectedAt: Date?,
                    window: Window?, payloadExcerpt: [String: JSONValue]?) {
            self.type = type
            self.headline = headline
            self.summary = summary
            self.importanceScore = importanceScore
            self.detectedAt = detectedAt
            self.window = window
            self.payloadExcerpt = payloadExcerpt
        }

        enum CodingKeys: String, CodingKey {
            case type, headline, summary, window
            case importanceScore = "importance_score"
            case detectedAt = "detected_at"
            case payloadExcerpt = "payload_excerpt"
        }
    }

    public var id: Int
    /// The day the report covers, `YYYY-MM-DD`.
    public var insightsForDate: String?
    public var formattedInsightsDate: String?
    public var generatedAt: Date?
    public var summary: String?
    public var signals: [Signal]
    public var trafficPatterns: String?
    public var bestContent: String?
    public var recommendations: String?

    public init(id: Int, insightsForDate: String?, formattedInsightsDate: String?, generatedAt: Date?,
                summary: String?, signals: [Signal], trafficPatterns: String?, bestContent: String?,
                recommendations: String?) {
        self.id = id
        self.insightsForDate = insightsForDate
        self.formattedInsightsDate = formattedInsightsDate
        self.generatedAt = generatedAt
        self.summary = summary
        self.signals = signals
        self.trafficPatterns = trafficPatterns
        self.bestContent = bestContent
        self.recommendations = recommendations
    }

    enum CodingKeys: String, CodingKey {
        case id, summary, signals, recommendations
        case insightsForDate = "insights_for_date"
        case formattedInsightsDate = "formatted_insights_date"
        case generatedAt = "generated_at"
        case trafficPatterns = "traffic_patterns"
        case bestContent = "best_content"
    }
}

/// The body of `GET /sites/:id/insights`.
public struct TinylyticsInsightsResponse: Codable, Sendable, Hashable {
    /// The site with its insight settings.
    public struct Site: Codable, Sendable, Hashable {
        public var id: Int
        public var uid: String?
        public var url: String?
        public var label: String?
        public var insightsEnabled: Bool?
        public var dailyInsightReportsActive: Bool?
        public var nextInsightJobScheduledAt: Date?

        public init(id: Int, uid: String?, url: String?, label: String?, insightsEnabled: Bool?,
                    dailyInsightReportsActive: Bool?, nextInsightJobScheduledAt: Date?) {
            self.id = id
            self.uid = uid
            self.url = url
            self.label = label
            self.insightsEnabled = insightsEnabled
            self.dailyInsightReportsActive = dailyInsightReportsActive
            self.nextInsightJobScheduledAt = nextInsightJobScheduledAt
        }

        enum CodingKeys: String, CodingKey {
            case id, uid, url, label
            case insightsEnabled = "insights_enabled"
            case dailyInsightReportsActive = "daily_insight_reports_active"
            case nextInsightJobScheduledAt = "next_insight_job_scheduled_at"
        }
    }

    public var insights: [TinylyticsInsight]
    public var pagination: TinylyticsPagination
    public var site: Site?

    public init(insights: [TinylyticsInsight], pagination: TinylyticsPagination, site: Site?) {
        self.insights = insights
        self.pagination = pagination
        self.site = site
    }
}
