/// The `pagination` object of Tinylytics list endpoints.
public struct TinylyticsPagination: Codable, Sendable, Hashable {
    public var currentPage: Int
    public var perPage: Int
    public var totalCount: Int
    public var totalPages: Int

    public init(currentPage: Int, perPage: Int, totalCount: Int, totalPages: Int) {
        self.currentPage = currentPage
        self.perPage = perPage
        self.totalCount = totalCount
        self.totalPages = totalPages
    }

    /// The pagination of page `page` of `totalCount` items, `perPage` at a time.
    public init(page: Int, perPage: Int, totalCount: Int) {
        self.init(currentPage: page, perPage: perPage, totalCount: totalCount,
                  totalPages: perPage > 0 ? (totalCount + perPage - 1) / perPage : 0)
    }

    /// True when a page follows this one.
    public var hasNext: Bool { currentPage < totalPages }

    enum CodingKeys: String, CodingKey {
        case currentPage = "current_page"
        case perPage = "per_page"
        case totalCount = "total_count"
        case totalPages = "total_pages"
    }
}

/// The error body the Tinylytics docs show: `{"error": "Invalid API key"}`.
public struct TinylyticsErrorBody: Codable, Sendable, Hashable {
    public var error: String
    public init(error: String) { self.error = error }
}
