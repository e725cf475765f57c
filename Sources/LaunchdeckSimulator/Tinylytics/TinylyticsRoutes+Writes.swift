#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// The write endpoints (full-access keys only): hits, batches of hits, kudos.
extension TinylyticsRoutes {
    func registerWrites<Context: RequestContext>(on group: RouterGroup<Context>) {
        group.post("/sites/:id/hits") { request, context in
            await write(request, context) { site, body in
                guard case .object(let row) = body else { return Self.unprocessable("Body must be a single JSON object") }
                switch await createHit(site, row) {
                case .created(let hit):
                    return JSONResponse.make(HitCreatedBody(status: "created", hit: HitRecord(hit: hit, hashes: true)),
                                             nulls: HitRecord.nullable.map { "hit." + $0 }, status: .created)
                case .ignored(let reason): return JSONResponse.make(["status": "ignored", "reason": reason], status: .accepted)
                case .invalid(let errors): return Self.unprocessable(errors)
                }
            }
        }
        group.post("/sites/:id/hits/batch") { request, context in
            await write(request, context) { site, body in
                guard case .array(let rows) = body else { return Self.unprocessable("Body must be a top-level JSON array") }
                var results: [BatchRow] = []
                for (index, value) in rows.enumerated() {
                    guard case .object(let row) = value else {
                        results.append(BatchRow(index: index, status: "error", errors: ["Row must be a JSON object"]))
                        continue
                    }
                    switch await createHit(site, row) {
                    case .created: results.append(BatchRow(index: index, status: "created"))
                    case .ignored(let reason): results.append(BatchRow(index: index, status: "ignored", reason: reason))
                    case .invalid(let errors): results.append(BatchRow(index: index, status: "error", errors: errors))
                    }
                }
                func count(_ status: String) -> Int { results.filter { $0.status == status }.count }
                return JSONResponse.make(BatchBody(createdCount: count("created"), ignoredCount: count("ignored"),
                                                   errorCount: count("error"), results: results))
            }
        }
        group.post("/sites/:id/kudos") { request, context in
            await write(request, context) { site, body in
                guard case .object(let row) = body else { return Self.unprocessable("Body must be a single JSON object") }
                guard let path = Self.normalisedPath(row["path"]) else { return Self.unprocessable("Path can't be blank") }
                if Self.ignored(path) { return JSONResponse.make(["status": "ignored", "reason": "Path matches ignore rule"], status: .accepted) }
                let uid = row["custom_uid"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
                guard let kudo = await state.addKudo(site: site.site.id, path: path, uid: uid, at: now()) else {
                    return Self.unprocessable("Uid has already been taken")
                }
                return JSONResponse.make(KudoCreatedBody(status: "created", kudo: kudo), status: .created)
            }
        }
        group.delete("/sites/:id/kudos/:uid") { request, context in
            await write(request, context, readsBody: false) { site, _ in
                let uid = context.parameters.get("uid") ?? ""
                guard await state.deleteKudo(site: site.site.id, uid: uid) else {
                    return JSONResponse.error("Kudo not found", status: .notFound)
                }
                return JSONResponse.make(["status": "deleted", "uid": uid])
            }
        }
    }

    /// The checks every write shares: a full-access key (403 otherwise), the site, a JSON body (422).
    func write<Context: RequestContext>(_ request: Request, _ context: Context, readsBody: Bool = true,
                                        _ body: (SimulatedSite, JSONValue) async -> Response) async -> Response {
        guard bearer(request) == keys.fullAccess else {
            return JSONResponse.error("Write access required: use a full-access (tly-fa-) API key", status: .forbidden)
        }
        guard let site = site(context) else { return Self.siteNotFound }
        guard readsBody else { return await body(site, .null) }
        guard let data = try? await request.body.collect(upTo: 1 << 20),
              let value = try? JSONDecoder().decode(JSONValue.self, from: Data(buffer: data))
        else { return Self.unprocessable("Body must be valid JSON") }
        return await body(site, value)
    }

    static func unprocessable(_ errors: String...) -> Response { unprocessable(errors) }
    static func unprocessable(_ errors: [String]) -> Response {
        JSONResponse.make(WriteErrorBody(status: "error", errors: errors), status: .unprocessableContent)
    }

    /// The simulator's ignore rule (the docs name one without saying which): paths under `/admin`.
    static func ignored(_ path: String) -> Bool { path == "/admin" || path.hasPrefix("/admin/") }

    static func normalisedPath(_ value: JSONValue?) -> String? {
        guard let text = value?.stringValue?.trimming(Character.isSpace), !text.isEmpty else { return nil }
        return text.hasPrefix("/") ? text : "/" + text
    }
}
