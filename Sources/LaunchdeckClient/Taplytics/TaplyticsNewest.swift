#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// Reads the newest items of a Taplytics list. Taplytics sorts its collections by creation
/// time, oldest first, so today's push is on the page the `Link` header calls `rel='last'`,
/// not on page 1.
///
/// The first read asks for page 1 only to learn where `last` is; after that each read asks
/// for the remembered last page, follows the server's `last` when it has moved (a new page
/// filled up), and reads the page before it when the last one holds fewer than `enough`
/// items: the server's own last link with its `page` one less (the docs' `Link` headers
/// carry last, next and first, no `prev`). So a poll costs one request, two when the last page is short, a
/// third only when the list grew by a page. Page URLs are only ever the server's own links.
public actor TaplyticsNewest<Item: Sendable> {
    public typealias Page = TaplyticsClient.Page<Item>

    /// What one read found.
    public struct Read: Sendable {
        /// The items of the pages read, oldest first as the server gave them.
        public var items: [Item]
        /// True when older items exist than the ones read.
        public var more: Bool
        /// How many items the list holds, when the last link has a page number:
        /// (last page − 1) × per_page + the items on the last page.
        public var total: Int?
        /// Requests this read made.
        public var requests: Int
    }

    private let first: @Sendable () async throws(ClientError) -> Page
    private let at: @Sendable (URL) async throws(ClientError) -> Page
    private let followable: @Sendable (URL) throws(ClientError) -> URL
    private let perPage: Int
    private let enough: Int
    /// The last page as the server last named it.
    private var last: URL?

    /// - Parameters:
    ///   - first: page 1 of the list (asked for with `perPage` items a page).
    ///   - at: the page at a link the server gave.
    ///   - followable: a server link made safe to follow (same host, no key).
    ///   - enough: fewer items than this on the last page, and the page before is read too.
    public init(perPage: Int, enough: Int = 50,
                first: @escaping @Sendable () async throws(ClientError) -> Page,
                at: @escaping @Sendable (URL) async throws(ClientError) -> Page,
                followable: @escaping @Sendable (URL) throws(ClientError) -> URL) {
        self.perPage = perPage
        self.enough = enough
        self.first = first
        self.at = at
        self.followable = followable
    }

    public func read() async throws(ClientError) -> Read {
        do {
            return try await readPages()
        } catch {
            last = nil  // start again from page 1 next time
            throw error
        }
    }

    private func readPages() async throws(ClientError) -> Read {
        let session = Session()
        var url: URL
        var current: Page
        if let known = last {
            url = known
            current = try await page(known, session)
        } else {
            let one = try await first()
            session.requests += 1
            guard one.next != nil else {
                // Page 1 is the only page.
                last = one.last.flatMap { try? followable($0) }
                return Read(items: one.items, more: false, total: one.items.count, requests: session.requests)
            }
            guard let link = one.last else {
                // More pages, but no last one named: walk `next` a little way, not the whole list.
                var page = one
                for _ in 0..<3 {
                    guard let next = page.next else { break }
                    page = try await self.page(next, session)
                }
                return Read(items: page.items, more: true, total: nil, requests: session.requests)
            }
            session.fetched["page 1"] = one  // asked for as page=1
            url = try followable(link)
            current = try await page(url, session)
        }
        // The list grew past the remembered last page, or shrank before it: go where the
        // server now says the last page is (twice at most, whatever it says).
        for _ in 0..<2 where current.next != nil || (current.items.isEmpty && (Self.pageNumber(url) ?? 1) > 1) {
            guard let link = current.last, let moved = try? followable(link), !Self.samePage(moved, url) else { break }
            url = moved
            current = try await page(url, session)
        }
        last = url
        var items = current.items
        var earliest = url
        if items.count < enough, let prev = Self.pageBefore(url) {
            let earlier = try await page(prev, session)
            items = earlier.items + items
            earliest = prev
        }
        // Page numbers and sizes are held to sane bounds (`pageNumber`, `perPage(of:)`), so
        // this cannot overflow whatever a link says.
        let total = Self.pageNumber(url).map { ($0 - 1) * Self.perPage(of: url, default: perPage) + current.items.count }
        let more = Self.pageNumber(earliest).map { $0 > 1 } ?? false
        return Read(items: items, more: more, total: total, requests: session.requests)
    }

    /// The pages of one read, by page (none is asked for twice), and the requests it made.
    private final class Session {
        var fetched: [String: Page] = [:]
        var requests = 0
    }

    private func page(_ url: URL, _ session: Session) async throws(ClientError) -> Page {
        if let known = session.fetched[Self.key(url)] { return known }
        let page = try await at(url)
        session.requests += 1
        session.fetched[Self.key(url)] = page
        return page
    }

    /// One key for every link to one page.
    static func key(_ url: URL) -> String {
        pageNumber(url).map { "page \($0)" } ?? url.absoluteString
    }

    /// The `page` query parameter of a link, when it has one from 1 to a million.
    static func pageNumber(_ url: URL) -> Int? {
        query(url, TaplyticsEndpoints.Parameter.page).flatMap { (1...1_000_000).contains($0) ? $0 : nil }
    }

    /// The link's own `per_page` (the server may cap what was asked for), else `fallback`.
    static func perPage(of url: URL, default fallback: Int) -> Int {
        query(url, "per_page").flatMap { (1...1_000).contains($0) ? $0 : nil } ?? max(1, min(fallback, 1_000))
    }

    private static func query(_ url: URL, _ name: String) -> Int? {
        URLComponents(url: url, resolvingAgainstBaseURL: true)?.queryItems?.first { $0.name == name }?.value.flatMap { Int($0) }
    }

    /// The page before a link's page: the same link with `page` one less; nil on page 1.
    static func pageBefore(_ url: URL) -> URL? {
        guard let number = pageNumber(url), number > 1,
              var parts = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return nil }
        parts.queryItems = parts.queryItems?.map {
            $0.name == TaplyticsEndpoints.Parameter.page ? URLQueryItem(name: $0.name, value: String(number - 1)) : $0
        }
        return parts.url
    }

    /// Two links to one page: the same page number (query order aside), else the same URL.
    static func samePage(_ a: URL, _ b: URL) -> Bool { key(a) == key(b) }
}

extension TaplyticsClient {
    /// The newest pushes, read through `rel='last'` (see `TaplyticsNewest`).
    public func newestPushes(perPage: Int = TaplyticsEndpoints.perPageMax, enough: Int = 50) -> TaplyticsNewest<TaplyticsPush> {
        TaplyticsNewest(perPage: perPage, enough: enough,
                        first: { () async throws(ClientError) in try await pushes(TaplyticsPageQuery(page: 1, perPage: perPage)) },
                        at: { (url: URL) async throws(ClientError) in try await pushes(at: url) },
                        followable: { (url: URL) throws(ClientError) in try followable(url) })
    }

    /// The newest experiments, read through `rel='last'` (see `TaplyticsNewest`).
    public func newestExperiments(perPage: Int = TaplyticsEndpoints.perPageMax,
                                  enough: Int = 50) -> TaplyticsNewest<TaplyticsExperiment> {
        TaplyticsNewest(perPage: perPage, enough: enough,
                        first: { () async throws(ClientError) in
                            try await experiments(TaplyticsPageQuery(page: 1, perPage: perPage))
                        },
                        at: { (url: URL) async throws(ClientError) in try await experiments(at: url) },
                        followable: { (url: URL) throws(ClientError) in try followable(url) })
    }
}
