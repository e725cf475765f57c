#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// The admin endpoint (only with `Options.admin`), on the simulator's own port:
///
/// - `GET /_admin/faults` → `{"faults": "<spec>"}` (`"off"` when none)
/// - `POST /_admin/faults` with the spec as the body (plain text, or `{"faults": "<spec>"}`)
///   → 200 `{"faults": "<spec now in force>"}`, or 400 `{"error": …}` for a bad spec
/// - `DELETE /_admin/faults` → every fault off, 200 `{"faults": "off"}`
struct AdminRoutes: Sendable {
    static let faultsPath = "/_admin/faults"
    let faults: FaultSwitch

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get(RouterPath(Self.faultsPath)) { _, _ in current }
        router.post(RouterPath(Self.faultsPath)) { request, _ in
            let body = try await request.body.collect(upTo: 64 * 1024)
            var spec = String(buffer: body)
            if let object = (try? JSONDecoder().decode(JSONValue.self, from: Data(spec.utf8)))?.objectValue {
                spec = object["faults"]?.stringValue ?? ""
            }
            do throws(FaultRule.ParseError) {
                try faults.set(spec: spec)
            } catch {
                return JSONResponse.error(error.description, status: .badRequest)
            }
            return current
        }
        router.delete(RouterPath(Self.faultsPath)) { _, _ in
            faults.clear()
            return current
        }
    }

    var current: Response { JSONResponse.make(["faults": faults.spec]) }
}
