#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import LaunchdeckAPI

/// Taplytics auth, in the three documented places: the `x-access-token` header, the
/// `api_token` query parameter, or `api_token` in a POST's JSON body. Anything else: 401.
struct TaplyticsTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        var given = FieldName(TaplyticsEndpoints.tokenHeader).flatMap { request.headers[$0] }
            ?? request.uri.queryParameters.get(TaplyticsEndpoints.Parameter.apiToken)
        if given == nil, request.method == .post {
            // Collecting keeps the body readable for the route.
            let body = try await request.collectBody(upTo: 1 << 20)
            let object = try? JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: body))
            given = object?[TaplyticsEndpoints.Parameter.apiToken]?.stringValue
        }
        guard given == token else { return JSONResponse.error("Unauthorized: invalid api_token", status: .unauthorized) }
        return try await next(request, context)
    }
}
