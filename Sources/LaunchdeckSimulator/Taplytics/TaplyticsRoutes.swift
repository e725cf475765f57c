import Foundation
import Hummingbird
import LaunchdeckAPI

/// The Taplytics REST API v2 read routes, mounted under the simulator's `/taplytics`.
struct TaplyticsRoutes: Sendable {
    let world: TaplyticsWorld
    let token: String
    /// Where the simulator is reached, for absolute `Link` URLs as the docs show them.
    let baseURL: @Sendable () -> String

    func register<Context: RequestContext>(on group: RouterGroup<Context>) {
        group.get(RouterPath(TaplyticsEndpoints.experiments)) { request, _ in
            list(world.experiments, request: request, path: TaplyticsEndpoints.experiments)
        }
        group.get("/v2/experiments/:id") { _, context in
            guard let found = world.experiments.first(where: { $0.id == context.parameters.get("id") }) else {
                return JSONResponse.error("Experiment not found", status: .notFound)
            }
            // The single form names its variations by id, as the doc's example does.
            var single = found
            single.variations = found.variations?.compactMap { ref in
                if case .object(let variation) = ref { return variation.id.map(TaplyticsVariationRef.id) }
                return ref
            }
            return JSONResponse.make(single)
        }
        group.get(RouterPath(TaplyticsEndpoints.pushes)) { request, _ in
            list(world.pushes, request: request, path: TaplyticsEndpoints.pushes)
        }
        group.get("/v2/push/:id") { _, context in
            guard let found = world.pushes.first(where: { $0.id == context.parameters.get("id") }) else {
                return JSONResponse.error("Push not found", status: .notFound)
            }
            return JSONResponse.make(found)
        }
        group.get(RouterPath(TaplyticsEndpoints.usersByToken)) { request, _ in
            usersByToken(request)
        }
        group.get("**") { _, _ in JSONResponse.error("Not found", status: .notFound) }
    }

    /// A page of a list with the documented `Link` header (first, prev, next, last).
    func list<Item: Encodable & Sendable>(_ items: [Item], request: Request, path: String) -> Response {
        let query = request.uri.queryParameters
        guard let page = Int(query.get("page") ?? "1"), (1...1_000_000).contains(page) else {
            return JSONResponse.error("page must be a positive integer", status: .badRequest)
        }
        guard let perPage = Int(query.get("per_page") ?? "100"), (1...TaplyticsEndpoints.perPageMax).contains(perPage) else {
            return JSONResponse.error("per_page must be between 1 and \(TaplyticsEndpoints.perPageMax)", status: .badRequest)
        }
        let last = max(1, (items.count + perPage - 1) / perPage)
        let start = (page - 1) * perPage
        let slice = start < items.count ? Array(items[start..<min(items.count, start + perPage)]) : []
        func link(_ n: Int) -> String { "<\(baseURL())\(path)?page=\(n)&per_page=\(perPage)>" }
        var links = ["\(link(last)); rel='last'"]
        if page < last { links.append("\(link(page + 1)); rel='next'") }
        if page > 1 { links.append("\(link(min(page - 1, last))); rel='prev'") }
        links.append("\(link(1)); rel='first'")
        guard let linkName = FieldName(TaplyticsEndpoints.linkHeader) else { return JSONResponse.make(slice) }
        return JSONResponse.make(slice, headers: [linkName: links.joined(separator: ", ")])
    }

    func usersByToken(_ request: Request) -> Response {
        let query = request.uri.queryParameters
        guard let perPage = Int(query.get("per_page") ?? "100"), (1...TaplyticsEndpoints.perPageMax).contains(perPage) else {
            return JSONResponse.error("per_page must be between 1 and \(TaplyticsEndpoints.perPageMax)", status: .badRequest)
        }
        var start = 0
        if let token = query.get(TaplyticsEndpoints.Parameter.paginationToken), !token.isEmpty {
            guard token.hasPrefix("t"), let index = Int(token.dropFirst(), radix: 36), (0...world.userCount).contains(index)
            else {
                return JSONResponse.error("Invalid paginationToken", status: .badRequest)
            }
            start = index
        }
        let end = min(world.userCount, start + perPage)
        let users = start < end ? (start..<end).map(world.user) : []
        let next = end < world.userCount ? "t" + String(end, radix: 36) : nil
        return JSONResponse.make(TaplyticsUsersByTokenPage(users: users, nextPaginationToken: next, numEntities: users.count))
    }
}

/// A header name (HTTPTypes' type, reached through the Hummingbird-exported HTTPFields).
typealias FieldName = HTTPFields.Element.Name

/// Taplytics auth: the REST key as `x-access-token`, or `api_token` in the query.
struct TaplyticsTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let header = FieldName(TaplyticsEndpoints.tokenHeader).flatMap { request.headers[$0] }
        let query: String? = request.uri.queryParameters.get(TaplyticsEndpoints.Parameter.apiToken)
        let given = header ?? query
        guard given == token else { return JSONResponse.error("Unauthorized: invalid api_token", status: .unauthorized) }
        return try await next(request, context)
    }
}
