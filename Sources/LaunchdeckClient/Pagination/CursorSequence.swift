/// Pages fetched one at a time, only as the consumer asks: a crawl of 100 000 rows holds
/// one page in memory, and stops at `maxPages` whatever the server says.
///
/// The cursor is whatever leads to the next page: a page number (Tinylytics, Apteligent),
/// the `Link` header's next URL (Taplytics lists), a pagination token (usersByToken).
public struct CursorSequence<Cursor: Sendable & Equatable, Page: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page
    /// Fetches the page at `cursor`; returns it and the cursor of the next one, if any.
    public typealias Fetch = @Sendable (_ cursor: Cursor) async throws -> (page: Page, next: Cursor?)

    private let first: Cursor
    private let maxPages: Int
    private let fetch: Fetch

    public init(first: Cursor, maxPages: Int, fetch: @escaping Fetch) {
        self.first = first
        self.maxPages = Swift.max(0, maxPages)
        self.fetch = fetch
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var cursor: Cursor?
        var fetched = 0
        let maxPages: Int
        let fetch: Fetch

        public mutating func next() async throws -> Page? {
            guard let current = cursor, fetched < maxPages else { return nil }
            try Task.checkCancellation()
            let (page, next) = try await fetch(current)
            fetched += 1
            // A server that hands back the cursor it was given would loop: stop there.
            cursor = next == current ? nil : next
            return page
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(cursor: first, maxPages: maxPages, fetch: fetch)
    }
}

/// Pages numbered from 1.
public typealias PagedSequence<Page: Sendable> = CursorSequence<Int, Page>

extension CursorSequence where Cursor == Int {
    /// Numbered pages: `fetch` returns a page and whether another follows.
    public init(maxPages: Int, fetch: @escaping @Sendable (_ number: Int) async throws -> (page: Page, hasNext: Bool)) {
        self.init(first: 1, maxPages: maxPages) { number in
            let (page, hasNext) = try await fetch(number)
            return (page, hasNext ? number + 1 : nil)
        }
    }
}
