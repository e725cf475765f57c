#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// The kudos of a range of days counted by path (`GET /sites/:id/kudos`, one page).
public struct KudosTally: Sendable, Equatable, Codable {
    public struct Row: Sendable, Equatable, Codable {
        public var path: String
        public var count: Int
        /// Of those, how many on `today`.
        public var today: Int
        public var latest: Date?

        public init(path: String, count: Int, today: Int, latest: Date?) {
            self.path = path
            self.count = count
            self.today = today
            self.latest = latest
        }
    }

    /// Most kudos first, then the most recent, then by path.
    public var rows: [Row]
    /// The kudos the range holds (the page's `total_count`).
    public var total: Int
    /// The kudos counted (one page: fewer than `total` when the range holds more).
    public var counted: Int
    public var startDay: String
    public var endDay: String
    /// Counted kudos made on the UTC day `endDay`.
    public var today: Int

    /// The kudos of `response`, `today` being the UTC day `YYYY-MM-DD` to count apart.
    public init(_ response: TinylyticsKudosResponse, startDay: String, endDay: String, today: String) {
        var byPath: [String: Row] = [:]
        for kudo in response.kudos {
            var row = byPath[kudo.path] ?? Row(path: kudo.path, count: 0, today: 0, latest: nil)
            row.count += 1
            if let at = kudo.createdAt {
                if Timestamp.day(at) == today { row.today += 1 }
                row.latest = max(row.latest ?? at, at)
            }
            byPath[kudo.path] = row
        }
        rows = byPath.values.sorted {
            ($0.count, $0.latest ?? .distantPast, $1.path) > ($1.count, $1.latest ?? .distantPast, $0.path)
        }
        total = max(response.pagination.totalCount, response.kudos.count)
        counted = response.kudos.count
        self.startDay = startDay
        self.endDay = endDay
        self.today = rows.reduce(0) { $0 + $1.today }
    }

    /// Days the kudos screen covers, ending today (the API's own default range is 30 days).
    public static let days = 30
}
