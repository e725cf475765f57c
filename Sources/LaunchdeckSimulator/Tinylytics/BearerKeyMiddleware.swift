import Hummingbird

/// Checks `Authorization: Bearer <key>` as Tinylytics documents: a missing, invalid or
/// revoked key gets 401 `{"error": "Invalid API key"}`; a valid one over 1000 requests an
/// hour gets 429.
struct BearerKeyMiddleware<Context: RequestContext>: RouterMiddleware {
    let keys: TinylyticsKeys
    let limit: HourlyLimit

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
              keys.accepts(String(header.dropFirst("Bearer ".count)))
        else {
            return JSONResponse.error("Invalid API key", status: .unauthorized)
        }
        if let wait = await limit.take(String(header.dropFirst("Bearer ".count))) {
            var response = JSONResponse.error("Rate limit exceeded: \(limit.limit) requests per hour per API key",
                                              status: .tooManyRequests)
            if let name = FieldName("Retry-After") { response.headers[name] = String(wait) }
            return response
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
