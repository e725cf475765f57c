import Foundation
import LaunchdeckAPI
@testable import LaunchdeckClient
import Testing

/// Bad answers become typed errors with useful messages, never data.
@Suite struct ResponseDecoderTests {
    func decode(_ status: Int, _ body: String) throws(ClientError) -> TinylyticsSitesResponse {
        try ResponseDecoder.decode(TinylyticsSitesResponse.self,
                                   from: TransportResponse(status: status, body: Data(body.utf8)), service: .tinylytics)
    }

    func error(_ status: Int, _ body: String) -> ClientError? {
        do {
            _ = try decode(status, body)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        (400, ClientError.Kind.badRequest), (401, .unauthorized), (402, .paymentRequired), (403, .forbidden),
        (404, .notFound), (422, .unprocessable), (429, .rateLimited), (500, .server(status: 500)),
        (503, .server(status: 503)), (418, .unexpectedStatus(418)),
    ])
    func documentedStatusesAreTyped(status: Int, kind: ClientError.Kind) {
        let failure = error(status, #"{"error": "Invalid API key"}"#)
        #expect(failure?.kind == kind)
        #expect(failure?.detail == "Invalid API key")
        #expect(failure?.status == status)
    }

    @Test func unauthorizedSaysWhichVariableToCheck() {
        let failure = error(401, #"{"error": "Invalid API key"}"#)
        #expect(failure?.description == "401 from Tinylytics: the API key was refused (Invalid API key); check TINYLYTICS_API_KEY")
    }

    @Test func htmlWithStatus200IsNotData() {
        let failure = error(200, "<!DOCTYPE html><html><body>Tinylytics: simple analytics</body></html>")
        #expect(failure?.kind == .notJSON(status: 200))
        #expect(failure?.description.contains("the server answered HTML, not JSON: check the key and base URL") == true)
    }

    @Test func htmlErrorPageKeepsItsStatus() {
        #expect(error(500, "<html>oops</html>")?.kind == .server(status: 500))
    }

    @Test func emptyAndTruncatedBodiesFail() {
        #expect(error(200, "")?.kind == .decoding(path: ""))
        #expect(error(200, #"{"sites": [{"id": 1"#)?.kind == .decoding(path: ""))
    }

    @Test func wrongTypeNamesTheFieldPath() {
        let failure = error(200, #"{"sites": {"id": 456}}"#)
        #expect(failure?.kind == .decoding(path: "sites"))
    }

    @Test func missingFieldNamesTheFieldPath() {
        let failure = error(200, #"{"site": []}"#)
        #expect(failure?.kind == .decoding(path: "sites"))
    }

    @Test func aSiteThatCannotBeReadIsLeftOutNotTheList() throws {
        let body = #"{"sites": [{"id": "456", "uid": "a", "url": "u", "label": "l"}, {"id": 4, "uid": "b", "url": "v", "label": "m"}]}"#
        let sites = try ResponseDecoder.decode(TinylyticsSitesResponse.self, from: TransportResponse(status: 200, body: Data(body.utf8)),
                                               service: .tinylytics, notes: DecodeNoteLog())
        #expect(sites.sites.map(\.id) == [4])
    }

    @Test func aSecretEchoedAcrossTheCutIsStillRedacted() {
        let secret = Secret("tly-ro-" + String(repeating: "k", count: 40))
        let message = String(repeating: "x", count: 180) + " " + secret.reveal()
        let body = Data(#"{"error": "\#(message)"}"#.utf8)
        let failure = ResponseDecoder.error(for: TransportResponse(status: 401, body: body), service: .tinylytics,
                                            looksLikeJSON: true, secrets: [secret])
        #expect(failure.detail?.contains("tly-ro-kk") == false)
        #expect(failure.detail?.hasSuffix("<redac") == true || failure.detail?.contains("<redacted>") == true)
    }
}
