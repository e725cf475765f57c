#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// The Taplytics REST API v2 routes, mounted under the simulator's `/taplytics`.
struct TaplyticsRoutes: Sendable {
    let world: TaplyticsWorld
    let state: TaplyticsState
    let now: @Sendable () -> Date
    /// Where the simulator is reached, for absolute `Link` URLs as the docs show them.
    let baseURL: @Sendable () -> String
    /// `Simulator.Options.pushFieldsOnGet`: GET push bodies also carry the POST answer's
    /// `name`, `status`, `created_at` and `schedule`, which the documented GET bodies lack.
    var pushFieldsOnGet = false

    func register<Context: RequestContext>(on group: RouterGroup<Context>) {
        group.get(RouterPath(TaplyticsEndpoints.experiments)) { request, _ in
            let t = now()
            let items = await experiments().map { $0.listForm(at: t, timeline: world.timeline) }
            return list(items, request: request, path: TaplyticsEndpoints.experiments)
        }
        group.get("/v2/experiments/:id") { _, context in
            guard let found = await experiments().first(where: { $0.id == context.parameters.get("id") }) else {
                return JSONResponse.error("Experiment not found", status: .notFound)
            }
            return JSONResponse.make(found.singleForm(at: now(), timeline: world.timeline))
        }
        group.get(RouterPath(TaplyticsEndpoints.pushes)) { request, _ in
            list(await pushes().map { Self.readForm($0, extras: pushFieldsOnGet) }, request: request,
                 path: TaplyticsEndpoints.pushes)
        }
        group.get("/v2/push/:id") { _, context in
            guard let found = await pushes().first(where: { $0.id == context.parameters.get("id") }) else {
                return JSONResponse.error("Push not found", status: .notFound)
            }
            return JSONResponse.make(Self.readForm(found, extras: pushFieldsOnGet))
        }
        group.get("/v2/users/:id") { request, context in
            let query = request.uri.queryParameters
            guard let user = await findUser(id: context.parameters.get("id") ?? "", userID: query.get("user_id"),
                                            email: query.get("email")) else {
                return JSONResponse.error("User not found", status: .notFound)
            }
            return JSONResponse.make(user)
        }
        // The id left out, as the docs allow with user_id or email (`/v2/users/?email=…`).
        group.get(RouterPath(TaplyticsEndpoints.userLookup)) { request, _ in
            let query = request.uri.queryParameters
            let userID = query.get(TaplyticsEndpoints.Parameter.userID), email = query.get(TaplyticsEndpoints.Parameter.email)
            guard userID != nil || email != nil else {
                return JSONResponse.error("Bad Request: give an id, user_id or email", status: .badRequest)
            }
            guard let user = await findUser(id: "", userID: userID, email: email) else {
                return JSONResponse.error("User not found", status: .notFound)
            }
            return JSONResponse.make(user)
        }
        group.get(RouterPath(TaplyticsEndpoints.usersByToken)) { request, _ in
            await usersByToken(request)
        }
        registerWrites(on: group)
        group.get("**") { _, _ in JSONResponse.error("Not found", status: .notFound) }
        group.post("**") { _, _ in JSONResponse.error("Not found", status: .notFound) }
        group.delete("**") { _, _ in JSONResponse.error("Not found", status: .notFound) }
    }

    func experiments() async -> [SimulatedExperiment] {
        let deleted = await state.deletedExperiments
        return world.experiments.filter { !deleted.contains($0.id) }
    }

    /// Every push, oldest first, with its status now.
    func pushes() async -> [TaplyticsPush] {
        let t = now()
        return world.pushes(at: t) + (await state.pushes(at: t))
    }

    /// A push as `GET /v2/push` and `GET /v2/push/{id}` show it: the documented GET bodies'
    /// keys only (`id`, `filters`, `notification`, `production`; seed 002). With `extras`
    /// (`--push-fields-on-get`), also the POST answer's `name`, `status`, `created_at` and
    /// `schedule`, which a real GET body does not have: a switch for demos and for clients
    /// that want to show them, never the default (issue 13 reverses issue 4's `status`).
    static func readForm(_ push: TaplyticsPush, extras: Bool = false) -> TaplyticsPush {
        let read = TaplyticsPush(id: push.id, notification: push.notification.map { .init(alert: $0.alert) },
                                 production: push.production ?? false, filters: push.filters ?? [])
        guard extras else { return read }
        var full = read
        full.name = push.name
        full.status = push.status
        full.createdAt = push.createdAt
        full.schedule = push.schedule
        return full
    }

    /// A user by Taplytics id, else by your own `user_id` or `email`, in the single form.
    func findUser(id: String, userID: String?, email: String?) async -> TaplyticsUser? {
        if let edited = await state.users[id] { return edited }
        var index = world.userIndex(id: id)
        if index == nil, let userID, userID.hasPrefix("user-") { index = Int(userID.dropFirst(5)) }
        if index == nil, let email, email.hasPrefix("user"), let at = email.firstIndex(of: "@") {
            index = Int(email[email.index(email.startIndex, offsetBy: 4)..<at])
        }
        guard let index, (0..<world.userCount).contains(index) else { return nil }
        let user = world.user(index)
        if let edited = await state.users[user.id] { return edited }
        guard await !state.deletedUsers.contains(user.id) else { return nil }
        return TaplyticsWorld.single(user)
    }

    /// A page of a list with the documented `Link` header (last, next, first: the docs show
    /// no `prev`, so the client must not need one).
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
        links.append("\(link(1)); rel='first'")
        guard let linkName = FieldName(TaplyticsEndpoints.linkHeader) else { return JSONResponse.make(slice) }
        return JSONResponse.make(slice, headers: [linkName: links.joined(separator: ", ")])
    }

    func usersByToken(_ request: Request) async -> Response {
        let query = request.uri.queryParameters
        guard let perPage = Int(query.get("per_page") ?? "100"), (1...TaplyticsEndpoints.perPageMax).contains(perPage) else {
            return JSONResponse.error("per_page must be between 1 and \(TaplyticsEndpoints.perPageMax)", status: .badRequest)
        }
        var start = 0
        if let token = query.get(TaplyticsEndpoints.Parameter.paginationToken), !token.isEmpty {
            guard token.count == 24, let index = Int(token.prefix(8), radix: 16), (0...world.userCount).contains(index)
            else {
                return JSONResponse.error("Invalid paginationToken", status: .badRequest)
            }
            start = index
        }
        let end = min(world.userCount, start + perPage)
        let deleted = await state.deletedUsers
        let users = start < end ? (start..<end).map(world.user).filter { !deleted.contains($0.id) } : []
        // The next token has the documented form (24 hex digits): the next user's id.
        let next = end < world.userCount ? world.userID(end) : ""
        // `Location` writes an unknown postal code as null itself, as the doc shows it.
        return JSONResponse.make(TaplyticsUsersByTokenPage(users: users, nextPaginationToken: next, numEntities: users.count))
    }
}

/// A header name (HTTPTypes' type, reached through the Hummingbird-exported HTTPFields).
typealias FieldName = HTTPFields.Element.Name
