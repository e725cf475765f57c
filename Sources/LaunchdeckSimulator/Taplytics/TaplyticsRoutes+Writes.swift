#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// Taplytics writes: users (create, update, delete), experiment deletes, events, pushes.
extension TaplyticsRoutes {
    /// Events a request may carry at most.
    static let maxEvents = 100

    func registerWrites<Context: RequestContext>(on group: RouterGroup<Context>) {
        group.post("/v2/users/:id") { request, context in
            guard case .object(let body)? = await Self.json(request) else { return Self.bad("Body must be a JSON object") }
            let id = context.parameters.get("id") ?? ""
            let query = request.uri.queryParameters
            var user = await findUser(id: id, userID: query.get("user_id"), email: query.get("email"))
                ?? TaplyticsUser(id: id, createdAt: now(), customData: [:], location: TaplyticsWorld.cities[0], sessionCount: 0)
            if let value = body["first_name"]?.stringValue { user.firstName = value }
            if let value = body["last_name"]?.stringValue { user.lastName = value }
            if let value = body["user_id"]?.stringValue { user.userID = value }
            if let value = body["email"]?.stringValue { user.email = value }
            if let value = body["gender"]?.stringValue { user.gender = value }
            // Posted custom data is merged into what the user has (one level, as documented).
            if case .object(let custom)? = body["custom_data"] { user.customData = (user.customData ?? [:]).merging(custom) { $1 } }
            user = TaplyticsWorld.single(user)
            await state.save(user)
            return JSONResponse.make(user)
        }
        group.delete("/v2/users/:id") { request, context in
            let query = request.uri.queryParameters
            guard let user = await findUser(id: context.parameters.get("id") ?? "", userID: query.get("user_id"),
                                            email: query.get("email")) else {
                return JSONResponse.error("User not found", status: .notFound)
            }
            _ = await state.deleteUser(user.id)
            return Response(status: .noContent, headers: [.contentType: "application/json; charset=utf-8"])
        }
        group.delete("/v2/experiments/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard world.experiments.contains(where: { $0.id == id }), await state.deleteExperiment(id) else {
                return JSONResponse.error("Experiment not found", status: .notFound)
            }
            return JSONResponse.make(ExperimentDeleted(deleted: true, id: id))
        }
        group.post("/v2/events") { request, _ in
            guard let session = request.uri.queryParameters.get("session_id"), !session.isEmpty else {
                return Self.bad("session_id is required")
            }
            guard case .array(let events)? = await Self.json(request) else { return Self.bad("Body must be a JSON array of events") }
            guard events.count <= Self.maxEvents else {
                return Self.bad("No more than \(Self.maxEvents) events can be sent in a single request")
            }
            guard events.allSatisfy({ ($0.objectValue?["name"]?.stringValue ?? "").isEmpty == false }) else {
                return Self.bad("Each event must have a name")
            }
            await state.record(events: events.count, session: session)
            return JSONResponse.make([String: Int]())
        }
        group.post(RouterPath(TaplyticsEndpoints.pushes)) { request, _ in
            await sendPush(request)
        }
    }

    func sendPush(_ request: Request) async -> Response {
        guard let data = await Self.body(request),
              let asked = try? JSONCoding.decoder().decode(TaplyticsPush.self, from: data.replacingID()) else {
            return Self.bad("Body must be a push notification object")
        }
        guard !(asked.notification?.alert ?? "").isEmpty || asked.customKeys != nil else {
            return Self.bad("notification.alert is required")
        }
        if let url = asked.image?.url, !["jpg", "jpeg", "png"].contains(URL(string: url)?.pathExtension.lowercased() ?? "") {
            return Self.bad("Image file extension must be .jpg, .jpeg, or .png")
        }
        // Valid parameters that still fail: a push addressed to users by id or email, none of whom exist.
        guard await audienceExists(asked.filters ?? []) else {
            return JSONResponse.error("Request failed: no user matches the push's id, user_id or email filters",
                                      status: .init(code: 402))
        }
        let t = now()
        var sendsAt = t
        if let schedule = asked.schedule, schedule.time != nil || schedule.localTime != nil {
            // local_time takes precedence; the simulator's users all live in UTC.
            guard let at = (schedule.localTime.map { $0 + "Z" } ?? schedule.time).flatMap(Timestamp.parse) else {
                return Self.bad("schedule.time must be YYYY-MM-DDTHH:MM:SSZ")
            }
            guard at > t else { return Self.bad("All times must be in the future") }
            sendsAt = at
        }
        let push = TaplyticsPush(
            id: "", name: asked.name ?? "API push", createdAt: t, notification: asked.notification,
            schedule: sendsAt > t ? asked.schedule : .init(now: true), production: asked.production ?? false,
            filterDuplicateContent: asked.filterDuplicateContent ?? true, filters: asked.filters ?? [], image: asked.image,
            customKeys: asked.customKeys, isSilent: asked.isSilent, badgeCount: asked.badgeCount)
        var reply = await state.send(push, at: sendsAt, seed: world.seed)
        reply.status = sendsAt > t ? .scheduled : .sending
        reply.image = nil
        reply.customKeys = nil
        reply.isSilent = nil
        reply.badgeCount = nil
        return JSONResponse.make(reply)
    }

    /// False when the filters name users by `id`, `user_id` or `email` and none of them exists.
    func audienceExists(_ filters: [TaplyticsFilter]) async -> Bool {
        let named = filters.filter { ["id", "user_id", "email"].contains($0.type ?? "") && $0.comparator == "=" }
        guard !named.isEmpty else { return true }
        for filter in named {
            for value in filter.values ?? [] {
                guard let text = value.stringValue else { continue }
                let type = filter.type ?? ""
                if await findUser(id: type == "id" ? text : "", userID: type == "user_id" ? text : nil,
                                  email: type == "email" ? text : nil) != nil { return true }
            }
        }
        return false
    }

    static func body(_ request: Request) async -> Data? {
        var request = request
        return try? await request.collectBody(upTo: 1 << 20).withUnsafeReadableBytes { Data($0) }
    }

    static func json(_ request: Request) async -> JSONValue? {
        guard let data = await body(request) else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    static func bad(_ message: String) -> Response { JSONResponse.error(message, status: .badRequest) }
}

struct ExperimentDeleted: Encodable {
    var deleted: Bool
    var id: String
}

private extension Data {
    /// The push decoder needs an `id`; a new push has none yet.
    func replacingID() -> Data {
        guard var object = (try? JSONDecoder().decode(JSONValue.self, from: self))?.objectValue else { return self }
        object["id"] = .string("new")
        return (try? JSONEncoder().encode(JSONValue.object(object))) ?? self
    }
}
