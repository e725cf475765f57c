import Hummingbird

/// Checks `Authorization: Bearer <key>` as Tinylytics documents: a missing, invalid or
/// revoked key gets 401 `{"error": "Invalid API key"}`.
struct BearerKeyMiddleware<Context: RequestContext>: RouterMiddleware {
    let keys: TinylyticsKeys

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
              keys.accepts(String(header.dropFirst("Bearer ".count)))
        else {
            return JSONResponse.error("Invalid API key", status: .unauthorized)
        }
        return try await next(request, context)
    }
}

/// The simulator's Tinylytics keys: read-only (`tly-ro-`) and full access (`tly-fa-`).
public struct TinylyticsKeys: Sendable, Hashable {
    public var readOnly: String
    public var fullAccess: String

    public init(readOnly: String, fullAccess: String) {
        self.readOnly = readOnly
        self.fullAccess = fullAccess
    }

    func accepts(_ key: String) -> Bool { key == readOnly || key == fullAccess }
}
