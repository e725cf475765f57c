#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// The Apteligent REST API v2 routes, mounted under the simulator's `/apteligent`.
struct ApteligentRoutes: Sendable {
    let world: ApteligentWorld
    let authority: ApteligentAuthority
    let now: @Sendable () -> Date

    func register<Context: RequestContext>(on group: RouterGroup<Context>) {
        for path in [ApteligentEndpoints.token, ApteligentEndpoints.legacyToken] {
            group.post(RouterPath(path)) { request, _ in
                let body = try await request.body.collect(upTo: 64 * 1024)
                let form = Self.form(String(buffer: body))
                guard let granted = await authority.grant(basic: request.headers[.authorization], form: form) else {
                    return JSONResponse.make(["error": "invalid_grant"], status: .badRequest)
                }
                return JSONResponse.make(ApteligentToken(accessToken: granted.token, tokenType: "bearer",
                                                         expiresIn: granted.expiresIn))
            }
        }
        group.get(RouterPath(ApteligentEndpoints.apps)) { request, _ in
            let wanted = Set((request.uri.queryParameters.get("attributes") ?? "").split(separator: ",").map(String.init))
            var apps: ApteligentApps = [:]
            for entry in world.apps { apps[entry.id] = Self.only(wanted, of: world.snapshot(entry, at: now())) }
            return JSONResponse.make(ApteligentEnvelope(data: apps))
        }
        group.get("/v2/crash/paginatedtable/:app") { request, context in
            guard let app = world.app(context.parameters.get("app")) else { return Self.notFound }
            let crashes = world.crashes(app, at: now())
            let size = ApteligentWorld.crashPageSize
            let total = max(1, (crashes.count + size - 1) / size)
            guard let page = Int(request.uri.queryParameters.get("pageNum") ?? "1"), (1...total).contains(page) else {
                return Self.bad("pageNum must be from 1 to \(total)")
            }
            let rows = crashes[((page - 1) * size)..<min(crashes.count, page * size)].map(world.crashRow)
            return JSONResponse.make(ApteligentEnvelope(data: ApteligentCrashTable(
                errors: rows, pagination: .init(pageNum: page, totalPages: total))))
        }
        group.get("/v2/crash/:app/:hash") { _, context in
            guard let app = world.app(context.parameters.get("app")),
                  let crash = world.crashes(app, at: now()).first(where: { $0.hash == context.parameters.get("hash") })
            else { return Self.notFound }
            return JSONResponse.make(ApteligentEnvelope(data: crash))
        }
        group.get("/v2/app/crash/counts/:app") { _, context in
            guard let app = world.app(context.parameters.get("app")) else { return Self.notFound }
            let t = now()
            let crashes = world.crashes(app, at: t)
            let today = Calendar.utc.startOfDay(for: t)
            let days = (0..<7).map { offset in
                ApteligentDailyCount(date: Timestamp.day(today.addingTimeInterval(Double(offset - 6) * 86_400)),
                                     value: crashes.reduce(0) { $0 + ($1.dailyOccurrencesByVersion?.total?.counts.suffix(7)
                                         .dropFirst(offset).first ?? 0) })
            }
            return JSONResponse.make(ApteligentEnvelope(data: days))
        }
        registerCharts(on: group)
        group.get("**") { _, _ in Self.notFound }
        group.post("**") { _, _ in Self.notFound }
    }

    static var notFound: Response { JSONResponse.make(ApteligentErrorBody(message: "not found", success: 0), status: .notFound) }

    static func bad(_ message: String) -> Response {
        JSONResponse.make(ApteligentErrorBody(message: message, success: 0), status: .badRequest)
    }

    /// The app with only the attributes asked for (all when none were named).
    static func only(_ wanted: Set<String>, of app: ApteligentApp) -> ApteligentApp {
        guard !wanted.isEmpty else { return app }
        var out = ApteligentApp()
        if wanted.contains("appName") { out.appName = app.appName }
        if wanted.contains("appType") { out.appType = app.appType }
        if wanted.contains("appVersions") { out.appVersions = app.appVersions }
        if wanted.contains("crashPercent") { out.crashPercent = app.crashPercent }
        if wanted.contains("dau") { out.dau = app.dau }
        if wanted.contains("mau") { out.mau = app.mau }
        if wanted.contains("rating") { out.rating = app.rating }
        if wanted.contains("latency") { out.latency = app.latency }
        if wanted.contains("latestVersionString") { out.latestVersionString = app.latestVersionString }
        if wanted.contains("role") { out.role = app.role }
        return out
    }

    /// An `application/x-www-form-urlencoded` body.
    static func form(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                percentDecoded(String($0).replacing("+", with: " ")) ?? String($0)
            }
            if parts.count == 2 { out[parts[0]] = parts[1] }
        }
        return out
    }

    /// `%41` as `A`; nil for an escape that is not two hex digits or bytes that are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var rest = text.utf8[...]
        while let byte = rest.popFirst() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard rest.count >= 2, let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
            rest = rest.dropFirst(2)
        }
        return String(bytes: bytes, encoding: .utf8)
    }
}
