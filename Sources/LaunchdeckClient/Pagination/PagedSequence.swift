/// Pages fetched one at a time, only as the consumer asks: a crawl of 100 000 rows holds
/// one page in memory, and stops at `maxPages` whatever the server says.
public struct PagedSequence<Page: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page
    /// Fetches page `number` (1-based); returns it and whether another follows.
    public typealias Fetch = @Sendable (_ number: Int) async throws -> (page: Page, hasNext: Bool)

    private let maxPages: Int
    private let fetch: Fetch

    public init(maxPages: Int, fetch: @escaping Fetch) {
        self.maxPages = Swift.max(0, maxPages)
        self.fetch = fetch
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var next = 1
        var done = false
        let maxPages: Int
        let fetch: Fetch

        public mutating func next() async throws -> Page? {
            guard !done, next <= maxPages else { return nil }
            try Task.checkCancellation()
            let (page, hasNext) = try await fetch(next)
            next += 1
            done = !hasNext
            return page
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(maxPages: maxPages, fetch: fetch)
    }
}
