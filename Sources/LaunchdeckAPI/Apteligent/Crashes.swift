/// One crash group in `GET /v2/crash/paginatedtable/{appId}` (snake_case, as that endpoint writes).
public struct ApteligentCrashRow: Codable, Sendable, Hashable {
    public var hash: String
    public var name: String?
    public var reason: String?
    public var displayReason: String?
    public var status: String?
    public var totalOccurrences: Int?
    public var firstOccurredTime: String?
    public var lastOccurredTime: String?
    public var numUniqueSessions: Int?
    public var dailyOccurrences: [Int]?

    public init(hash: String, name: String? = nil, reason: String? = nil, displayReason: String? = nil,
                status: String? = nil, totalOccurrences: Int? = nil, firstOccurredTime: String? = nil,
                lastOccurredTime: String? = nil, numUniqueSessions: Int? = nil, dailyOccurrences: [Int]? = nil) {
        self.hash = hash
        self.name = name
        self.reason = reason
        self.displayReason = displayReason
        self.status = status
        self.totalOccurrences = totalOccurrences
        self.firstOccurredTime = firstOccurredTime
        self.lastOccurredTime = lastOccurredTime
        self.numUniqueSessions = numUniqueSessions
        self.dailyOccurrences = dailyOccurrences
    }

    enum CodingKeys: String, CodingKey {
        case hash, name, reason, status
        case displayReason = "display_reason"
        case totalOccurrences = "total_occurrences"
        case firstOccurredTime = "first_occurred_time"
        case lastOccurredTime = "last_occurred_time"
        case numUniqueSessions = "num_unique_sessions"
        case dailyOccurrences = "daily_occurrences"
    }
}

/// `data` of `GET /v2/crash/paginatedtable/{appId}`: one page (`pageNum` from 1 to `totalPages`).
public struct ApteligentCrashTable: Codable, Sendable, Hashable {
    public struct Pagination: Codable, Sendable, Hashable {
        public var pageNum: Int
        public var totalPages: Int
        public init(pageNum: Int, totalPages: Int) {
            self.pageNum = pageNum
            self.totalPages = totalPages
        }
    }

    public var errors: [ApteligentCrashRow]
    public var pagination: Pagination?

    public init(errors: [ApteligentCrashRow], pagination: Pagination?) {
        self.errors = errors
        self.pagination = pagination
    }

    public var hasNext: Bool { pagination.map { $0.pageNum < $0.totalPages } ?? false }
}

/// `data` of `GET /v2/crash/{appId}/{hash}`: one crash group in detail (camelCase).
public struct ApteligentCrash: Codable, Sendable, Hashable {
    public struct Frame: Codable, Sendable, Hashable {
        public var lineNumber: Int?
        public var trace: String
        public var suspect: Bool?
        public init(lineNumber: Int?, trace: String, suspect: Bool?) {
            self.lineNumber = lineNumber
            self.trace = trace
            self.suspect = suspect
        }
        enum CodingKeys: String, CodingKey {
            case trace, suspect
            case lineNumber = "line_number"
        }
    }

    public var hash: String
    public var name: String?
    public var reason: String?
    public var displayReason: String?
    public var status: String?
    public var firstOccurred: String?
    public var lastOccurred: String?
    public var numOccurrences: Int?
    public var suspectLine: String?
    public var stacktrace: [Frame]?
    /// version → daily counts.
    public var dailyOccurrencesByVersion: [String: [Int]]?
    public var uniqueSessionCountsByVersion: [String: Int]?

    public init(hash: String, name: String? = nil, reason: String? = nil, displayReason: String? = nil,
                status: String? = nil, firstOccurred: String? = nil, lastOccurred: String? = nil,
                numOccurrences: Int? = nil, suspectLine: String? = nil, stacktrace: [Frame]? = nil,
                dailyOccurrencesByVersion: [String: [Int]]? = nil, uniqueSessionCountsByVersion: [String: Int]? = nil) {
        self.hash = hash
        self.name = name
        self.reason = reason
        self.displayReason = displayReason
        self.status = status
        self.firstOccurred = firstOccurred
        self.lastOccurred = lastOccurred
        self.numOccurrences = numOccurrences
        self.suspectLine = suspectLine
        self.stacktrace = stacktrace
        self.dailyOccurrencesByVersion = dailyOccurrencesByVersion
        self.uniqueSessionCountsByVersion = uniqueSessionCountsByVersion
    }
}
