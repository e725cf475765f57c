import Foundation
import LaunchdeckAPI
import LaunchdeckClient
import LaunchdeckSimulator
import LaunchdeckTesting
import Testing

/// `:user QUERY` down to the wire: which kind a query is, one request per lookup, the email
/// percent-encoded in the query (its `+` too), the key only in the header, the query never
/// in an error; the doc's single-user body decoded verbatim; the simulator's answers.
@Suite struct TaplyticsUserLookupTests {
    func parse(_ text: String) -> TaplyticsUserLookup? { try? TaplyticsUserLookup.parse(text).get() }

    @Test func aQueryIsAnIDAUserIDOrAnEmailAndSaysSoWhenAsked() {
        #expect(parse("548223f2c7036020742ff21c") == .init(kind: .id, value: "548223f2c7036020742ff21c"))
        #expect(parse("42") == .init(kind: .userID, value: "42"))
        #expect(parse("  jonathan@taplytics.com ") == .init(kind: .email, value: "jonathan@taplytics.com"))
        #expect(parse("user_id:548223f2c7036020742ff21c") == .init(kind: .userID, value: "548223f2c7036020742ff21c"))
        #expect(parse("ID:abc123") == .init(kind: .id, value: "abc123"))
        #expect(parse("email:a+b@example.com") == .init(kind: .email, value: "a+b@example.com"))
    }

    @Test func badQueriesSayWhatToTypeAndNeverRepeatTheQuery() throws {
        let cases: [(text: String, secret: String)] = [
            ("", ""), ("   ", ""), ("email:", ""), ("id:../users/x", "users/x"), ("email:nobody", "nobody"),
            ("bad\u{1B}]0;x\u{07}@x.com", "@x.com"), (String(repeating: "a", count: 300) + "@x.com", "aaaaaa@x.com"),
        ]
        for (text, secret) in cases {
            guard case .failure(let error) = TaplyticsUserLookup.parse(text) else {
                Issue.record("\(text.debugDescription) was taken")
                continue
            }
            #expect(error.message.hasPrefix(":user"))
            if !secret.isEmpty { #expect(!error.message.contains(secret), "\(error.message)") }
        }
        #expect(TaplyticsUserLookup(kind: .email, value: "secret@example.com").description == "by email")
    }

    func scripted(status: Int = 200, body: String) throws -> (TaplyticsClient, ScriptedTransport) {
        let transport = ScriptedTransport(status: status, body: body)
        let client = TaplyticsClient(baseURL: try BaseURL.parse("https://api.taplytics.com", for: .taplytics),
                                     apiToken: Secret("tap-secret"), transport: transport, retry: .never)
        return (client, transport)
    }

    @Test func theDocsSingleUserBodyDecodesVerbatim() async throws {
        let body = String(decoding: try Fixture.data("taplytics-user"), as: UTF8.self)
        let (client, transport) = try scripted(body: body)
        let user = try await client.lookUp(.init(kind: .id, value: "548223f2c7036020742ff21c"))
        #expect(user.id == "548223f2c7036020742ff21c")
        #expect(user.sessionCount == 16)
        #expect(user.email == "jonathan@taplytics.com")
        #expect(user.customFields["favourite movie"] == .string("You Don't Mess With The Zohan"))
        #expect(user.location?.postalCode == nil && user.location?.cityName == "San Francisco")
        #expect(user.gender == "male")
        let request = try #require(transport.requests.first)
        #expect(transport.requests.count == 1, "one request per lookup")
        #expect(request.url.path == "/v2/users/548223f2c7036020742ff21c")
        #expect(request.url.query == nil)
        #expect(request.headers.contains { $0.name == "x-access-token" && $0.value == "tap-secret" })
    }

    @Test func anEmailIsPercentEncodedInTheQueryWithTheIDLeftOut() async throws {
        let (client, transport) = try scripted(body: #"{"id": "548223f2c7036020742ff21c"}"#)
        _ = try await client.lookUp(.init(kind: .email, value: "a+b.c@example.com"))
        _ = try await client.lookUp(.init(kind: .userID, value: "42 / x&y=z"))
        let urls = transport.requests.map(\.url.absoluteString)
        #expect(urls == ["https://api.taplytics.com/v2/users/?email=a%2Bb.c%40example.com",
                         "https://api.taplytics.com/v2/users/?user_id=42%20%2F%20x%26y%3Dz"])
        #expect(urls.allSatisfy { !$0.contains("tap-secret") && !$0.contains("api_token") })
    }

    @Test func anErrorNeverCarriesTheQuery() async throws {
        let (client, _) = try scripted(status: 400, body: #"{"error": "no such user: ada+x@example.com"}"#)
        do {
            _ = try await client.lookUp(.init(kind: .email, value: "ada+x@example.com"))
            Issue.record("a 400 was taken")
        } catch {
            #expect(error.kind == .badRequest)
            #expect(!error.description.contains("ada+x@example.com"), "\(error.description)")
        }
    }

    @Test func theSimulatorFindsItsUsersByEachKindAndAnswers404Else() async throws {
        let simulator = try await Simulator.start(.init(seed: 7, now: { SettableTime().now }))
        let transport = AsyncHTTPTransport()
        let client = TaplyticsClient(baseURL: simulator.taplyticsBaseURL, apiToken: Secret(simulator.taplyticsToken),
                                     transport: transport, retry: .never)
        let wrongKey = TaplyticsClient(baseURL: simulator.taplyticsBaseURL, apiToken: Secret("not-the-token"),
                                       transport: transport, retry: .never)
        var failure: (any Error)?
        do {
            let byEmail = try await client.lookUp(try TaplyticsUserLookup.parse(Simulator.demoUserEmail).get())
            #expect(byEmail.firstName == "Grace" && byEmail.sessionCount != nil)
            #expect(byEmail.customData?.isEmpty == false, "the single form carries custom_data")
            let byUserID = try await client.lookUp(.init(kind: .userID, value: byEmail.userID ?? ""))
            let byID = try await client.lookUp(.init(kind: .id, value: byEmail.id))
            #expect(byUserID == byEmail && byID == byEmail)
            await #expect(throws: ClientError(.taplytics, .notFound, detail: "User not found")) {
                try await client.lookUp(.init(kind: .email, value: "nobody@example.invalid"))
            }
            do {
                _ = try await wrongKey.lookUp(.init(kind: .email, value: Simulator.demoUserEmail))
                Issue.record("a wrong key was taken")
            } catch {
                #expect(error.kind == .unauthorized)
            }
        } catch {
            failure = error
        }
        await transport.shutdown()
        await simulator.stop()
        if let failure { throw failure }
    }
}
