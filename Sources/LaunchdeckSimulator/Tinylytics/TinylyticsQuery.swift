#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
        let endDate = value("end_date") ?? Timestamp.day(now)
        let startDate = value("start_date") ?? Timestamp.day(now.addingTimeInterval(-30 * 86_400))
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

    private static func day(_ text: String) -> Date? { Timestamp.parseDay(text) }
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

