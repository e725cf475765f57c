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

    /// Only `hash` is required; a field of an unexpected shape is left nil.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        hash = try c.decode(String.self, forKey: .hash)
        name = c.tolerant(String.self, .name)
        reason = c.tolerant(String.self, .reason)
        displayReason = c.tolerant(String.self, .displayReason)
        status = c.tolerant(String.self, .status)
        totalOccurrences = c.tolerant(ApteligentCount.self, .totalOccurrences)?.value
        firstOccurredTime = c.tolerant(String.self, .firstOccurredTime)
        lastOccurredTime = c.tolerant(String.self, .lastOccurredTime)
        numUniqueSessions = c.tolerant(ApteligentCount.self, .numUniqueSessions)?.value
        dailyOccurrences = c.tolerant(ApteligentDailyOccurrences.self, .dailyOccurrences)?.counts
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

    enum CodingKeys: String, CodingKey { case errors, pagination }

    /// A row without a hash (nothing to open) is left out, the others kept; a pagination of
    /// an unexpected shape reads as a single page.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // A row that cannot be read (no hash) is left out with a note, by the lenient rule.
        errors = try c.decode([ApteligentCrashRow].self, forKey: .errors)
        pagination = c.tolerant(Pagination.self, .pagination)
    }
}

/// `data` of `GET /v2/crash/{appId}/{hash}`: one crash group in detail (camelCase).
///
/// Real bodies (see notes.md) map `dailyOccurrencesByVersion` to `[startDate, [30 daily
/// counts]]` per version plus a `total` key, carry session counts by version (also with
/// `total`), `null` for `displayReason` and `suspectLine`, and fields no doc lists.
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

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            lineNumber = c.tolerant(ApteligentCount.self, .lineNumber)?.value
            trace = c.tolerant(String.self, .trace) ?? ""
            suspect = c.tolerant(Bool.self, .suspect)
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
    /// Version → the first day and one count a day; `total` over all versions kept apart.
    public var dailyOccurrencesByVersion: ApteligentByVersion<ApteligentDailyOccurrences>?
    /// Sessions that had this crash, by version (sessions, not users).
    public var sessionCountsByVersion: ApteligentByVersion<ApteligentCount>?
    /// Distinct sessions that had this crash, by version (sessions, not users).
    public var uniqueSessionCountsByVersion: ApteligentByVersion<ApteligentCount>?
    /// Fields real bodies carry that no doc explains; kept as sent, not shown.
    public var appTimeZoneOffset: JSONValue?
    public var unsymbolizedHash: String?
    public var crashClass: String?
    public var appType: String?
    public var appId: String?

    public init(hash: String, name: String? = nil, reason: String? = nil, displayReason: String? = nil,
                status: String? = nil, firstOccurred: String? = nil, lastOccurred: String? = nil,
                numOccurrences: Int? = nil, suspectLine: String? = nil, stacktrace: [Frame]? = nil,
                dailyOccurrencesByVersion: ApteligentByVersion<ApteligentDailyOccurrences>? = nil,
                sessionCountsByVersion: ApteligentByVersion<ApteligentCount>? = nil,
                uniqueSessionCountsByVersion: ApteligentByVersion<ApteligentCount>? = nil,
                appTimeZoneOffset: JSONValue? = nil, unsymbolizedHash: String? = nil, crashClass: String? = nil,
                appType: String? = nil, appId: String? = nil) {
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
        self.sessionCountsByVersion = sessionCountsByVersion
        self.uniqueSessionCountsByVersion = uniqueSessionCountsByVersion
        self.appTimeZoneOffset = appTimeZoneOffset
        self.unsymbolizedHash = unsymbolizedHash
        self.crashClass = crashClass
        self.appType = appType
        self.appId = appId
    }

    enum CodingKeys: String, CodingKey {
        case hash, name, reason, displayReason, status, firstOccurred, lastOccurred, numOccurrences, suspectLine,
             stacktrace, dailyOccurrencesByVersion, sessionCountsByVersion, uniqueSessionCountsByVersion,
             appTimeZoneOffset, unsymbolizedHash, appType, appId
        case crashClass = "class"
    }

    /// Only `hash` is required; a field of an unexpected shape is left nil, the rest kept.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        hash = try c.decode(String.self, forKey: .hash)
        name = c.tolerant(String.self, .name)
        reason = c.tolerant(String.self, .reason)
        displayReason = c.tolerant(String.self, .displayReason)
        status = c.tolerant(String.self, .status)
        firstOccurred = c.tolerant(String.self, .firstOccurred)
        lastOccurred = c.tolerant(String.self, .lastOccurred)
        numOccurrences = c.tolerant(ApteligentCount.self, .numOccurrences)?.value
        suspectLine = c.tolerant(String.self, .suspectLine)
        stacktrace = c.tolerant([Frame].self, .stacktrace)
        dailyOccurrencesByVersion = c.tolerant(ApteligentByVersion<ApteligentDailyOccurrences>.self, .dailyOccurrencesByVersion)
        sessionCountsByVersion = c.tolerant(ApteligentByVersion<ApteligentCount>.self, .sessionCountsByVersion)
        uniqueSessionCountsByVersion = c.tolerant(ApteligentByVersion<ApteligentCount>.self, .uniqueSessionCountsByVersion)
        appTimeZoneOffset = c.tolerant(JSONValue.self, .appTimeZoneOffset)
        unsymbolizedHash = c.tolerant(String.self, .unsymbolizedHash)
        crashClass = c.tolerant(String.self, .crashClass)
        appType = c.tolerant(String.self, .appType)
        appId = c.tolerant(String.self, .appId)
    }

    /// As real bodies have it: `displayReason` and `suspectLine` written as `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(hash, forKey: .hash)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(reason, forKey: .reason)
        try c.encode(displayReason, forKey: .displayReason)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(firstOccurred, forKey: .firstOccurred)
        try c.encodeIfPresent(lastOccurred, forKey: .lastOccurred)
        try c.encodeIfPresent(numOccurrences, forKey: .numOccurrences)
        try c.encode(suspectLine, forKey: .suspectLine)
        try c.encodeIfPresent(stacktrace, forKey: .stacktrace)
        try c.encodeIfPresent(dailyOccurrencesByVersion, forKey: .dailyOccurrencesByVersion)
        try c.encodeIfPresent(sessionCountsByVersion, forKey: .sessionCountsByVersion)
        try c.encodeIfPresent(uniqueSessionCountsByVersion, forKey: .uniqueSessionCountsByVersion)
        try c.encodeIfPresent(appTimeZoneOffset, forKey: .appTimeZoneOffset)
        try c.encodeIfPresent(unsymbolizedHash, forKey: .unsymbolizedHash)
        try c.encodeIfPresent(crashClass, forKey: .crashClass)
        try c.encodeIfPresent(appType, forKey: .appType)
        try c.encodeIfPresent(appId, forKey: .appId)
    }
}

extension KeyedDecodingContainer {
    /// An optional field: absent, null or of an unexpected shape all read as nil. Under
    /// `LenientJSON` (the client) the shape problem becomes a note; the `try?` keeps the same
    /// meaning under a plain JSONDecoder (the simulator's own tests).
    fileprivate func tolerant<T: Decodable>(_ type: T.Type, _ key: Key) -> T? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }
}
