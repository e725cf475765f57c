import Foundation
import LaunchdeckAPI

/// A Tinylytics query as the simulator validates it, with the documented defaults: a date
/// range (analytics endpoints), `page` and `per_page` under the endpoint's cap. Every bad
/// value is a 400 with `{"error": …}`, never a silent default.
struct TinylyticsQuery {
    struct Failure: Error { var message: String }

    var startDate: String
    var endDate: String
    var timeZone: String
    var groupBy: TinylyticsGroupBy?
    var page: Int
    var perPage: Int
    /// UTC day boundaries: [start 00:00, end + 1 day 00:00).
    var from: Date
    var to: Date

    var paging: Paging { Paging(page: page, perPage: perPage) }
    var offset: Int { paging.offset }
    func slice<T>(_ items: [T]) -> [T] { paging.slice(items) }

    static func parse(_ value: (String) -> String?, now: Date, perPageCap: Int = TinylyticsEndpoints.hitsPerPageMax,
                      defaultPerPage: Int = 100) -> Result<TinylyticsQuery, Failure> {
        let timeZone = value("time_zone") ?? "utc"
        guard timeZone == "utc" || timeZone == "user" else {
            return .failure(Failure(message: "time_zone must be utc or user"))
        }
        let endDate = value("end_date") ?? CivilDay.string(now)
        let startDate = value("start_date") ?? CivilDay.string(now.addingTimeInterval(-30 * 86_400))
        guard let to = day(endDate).map({ $0.addingTimeInterval(86_400) }) else {
            return .failure(Failure(message: "end_date must be YYYY-MM-DD"))
        }
        guard let from = day(startDate) else { return .failure(Failure(message: "start_date must be YYYY-MM-DD")) }
        guard from < to else { return .failure(Failure(message: "start_date must not be after end_date")) }
        guard to.timeIntervalSince(from) <= Double(TinylyticsEndpoints.maxRangeDays) * 86_400 else {
            return .failure(Failure(message: "Date range cannot exceed \(TinylyticsEndpoints.maxRangeDays) days"))
        }
        var groupBy: TinylyticsGroupBy?
        if let grouped = value("grouped"), grouped != "false" {
            guard grouped == "true" else { return .failure(Failure(message: "grouped must be true or false")) }
            let raw = value("group_by") ?? "path"
            guard let parsed = TinylyticsGroupBy(rawValue: raw) else {
                let allowed = TinylyticsGroupBy.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(Failure(message: "group_by must be one of \(allowed)"))
            }
            groupBy = parsed
        }
        switch paging(value, cap: perPageCap, defaultPerPage: defaultPerPage) {
        case .failure(let failure): return .failure(failure)
        case .success(let paging):
            let (page, perPage) = (paging.page, paging.perPage)
            return .success(TinylyticsQuery(startDate: startDate, endDate: endDate, timeZone: timeZone, groupBy: groupBy,
                                            page: page, perPage: perPage, from: from, to: to))
        }
    }

    /// `page` (bounded so (page − 1) × per_page cannot overflow) and `per_page` up to `cap`.
    static func paging(_ value: (String) -> String?, cap: Int, defaultPerPage: Int) -> Result<Paging, Failure> {
        guard let page = Int(value("page") ?? "1"), (1...1_000_000).contains(page) else {
            return .failure(Failure(message: "page must be an integer from 1 to 1000000"))
        }
        guard let perPage = Int(value("per_page") ?? String(min(defaultPerPage, cap))), (1...cap).contains(perPage) else {
            return .failure(Failure(message: "per_page must be between 1 and \(cap)"))
        }
        return .success(Paging(page: page, perPage: perPage))
    }

    private static func day(_ text: String) -> Date? { CivilDay.parse(text) }
}

/// One page of a list: `page` (1-based) of `perPage` items.
struct Paging {
    var page: Int
    var perPage: Int

    /// The first item of the page, 0-based.
    var offset: Int { (page - 1) * perPage }

    /// The page's slice of `items`.
    func slice<T>(_ items: [T]) -> [T] {
        offset < items.count ? Array(items[offset..<min(items.count, offset + perPage)]) : []
    }

    /// The documented `pagination` object for `total` items.
    func pagination(total: Int) -> TinylyticsPagination {
        TinylyticsPagination(page: page, perPage: perPage, totalCount: total)
    }
}

/// `YYYY-MM-DD` in UTC, by arithmetic (Foundation's ISO 8601 style cost tens of
/// microseconds a call, on every analytics request). Howard Hinnant's civil-day algorithms.
enum CivilDay {
    /// Midnight UTC of a valid `YYYY-MM-DD`, or nil.
    static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1
        else { return nil }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1] else { return nil }
        return Date(timeIntervalSince1970: Double(days(y, m, d)) * 86_400)
    }

    /// The UTC day of `date` as `YYYY-MM-DD`.
    static func string(_ date: Date) -> String {
        let z = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return String(format: "%04d", y) + "-" + two(m) + "-" + two(d)
    }

    /// Days since 1970-01-01 of a civil date.
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
