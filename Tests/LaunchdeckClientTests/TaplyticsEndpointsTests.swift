import Foundation
import LaunchdeckAPI
@testable import LaunchdeckClient
import Testing

/// Taplytics endpoint paths and queries, and the Link header parser (the doc's example,
/// both quote styles, none, and garbage).
@Suite struct TaplyticsEndpointsTests {

    @Test func endpointPathsAndQueries() {
        #expect(TaplyticsEndpoints.experiments == "/v2/experiments")
        #expect(TaplyticsEndpoints.experiment("548223f2c7036020742ff21c") == "/v2/experiments/548223f2c7036020742ff21c")
        #expect(TaplyticsEndpoints.pushes == "/v2/push")
        #expect(TaplyticsEndpoints.push("548013f2c703f020242ff21c") == "/v2/push/548013f2c703f020242ff21c")
        #expect(TaplyticsEndpoints.user("548223f2c7036020742ff21c") == "/v2/users/548223f2c7036020742ff21c")
        #expect(TaplyticsEndpoints.usersByToken == "/v2/usersByToken")
        let page = TaplyticsPageQuery(page: 3, perPage: 100).items
        #expect(page.map(\.name) == ["per_page", "page"])
        #expect(page.map(\.value) == ["100", "3"])
        let token = TaplyticsUsersByTokenQuery(paginationToken: "548223f2c7036020742ff21c", perPage: 100).items
        #expect(token.map(\.name) == ["per_page", "paginationToken"])
        #expect(token.map(\.value) == ["100", "548223f2c7036020742ff21c"])
        #expect(TaplyticsUsersByTokenQuery(paginationToken: "").items.isEmpty)
        let user = TaplyticsUserQuery(userID: "42", email: "jonathan@taplytics.com").items
        #expect(user.map(\.name) == ["user_id", "email"])
        #expect(user.map(\.value) == ["42", "jonathan@taplytics.com"])
    }

    /// The doc's own example (001_…), single quotes and the stray `"` at the end included.
    static let docLinkHeader = "<https://api.taplytics.com/v2/users?api_token=YOUR_API_TOKEN&page=4&per_page=100>; "
        + "rel='last', <https://api.taplytics.com/v2/users?api_token=YOUR_API_TOKEN&page=2&per_page=100>; "
        + "rel='next', <https://api.taplytics.com/v2/users?api_token=YOUR_API_TOKEN&page=1&per_page=100>; rel='first'\""

    @Test func linkHeaderDocExampleParses() throws {
        let response = TransportResponse(status: 200, headers: [(name: "Link", value: Self.docLinkHeader)],
                                         body: Data("[]".utf8))
        let header = try #require(response.header("link"))
        let links = LinkHeader.parse(header)
        #expect(links.count == 3)
        #expect(links["last"]?.absoluteString
            == "https://api.taplytics.com/v2/users?api_token=YOUR_API_TOKEN&page=4&per_page=100")
        #expect(links["next"]?.absoluteString
            == "https://api.taplytics.com/v2/users?api_token=YOUR_API_TOKEN&page=2&per_page=100")
        #expect(links["first"]?.absoluteString
            == "https://api.taplytics.com/v2/users?api_token=YOUR_API_TOKEN&page=1&per_page=100")
        #expect(links["prev"] == nil)
        // The whole line as the doc prints it, field name included.
        #expect(LinkHeader.parse("Link: " + Self.docLinkHeader) == links)
    }

    @Test func linkHeaderWithDoubleQuotes() {
        let links = LinkHeader.parse(#"<https://api.taplytics.com/v2/push?page=3&per_page=50>; rel="next", "#
            + #"<https://api.taplytics.com/v2/push?page=1&per_page=50>; rel="first prev"; title="back, to the start", "#
            + #"<https://api.taplytics.com/v2/push?page=9&per_page=50>; REL="Last""#)
        #expect(links["next"]?.absoluteString == "https://api.taplytics.com/v2/push?page=3&per_page=50")
        #expect(links["first"]?.absoluteString == "https://api.taplytics.com/v2/push?page=1&per_page=50")
        #expect(links["prev"]?.absoluteString == "https://api.taplytics.com/v2/push?page=1&per_page=50")
        #expect(links["last"]?.absoluteString == "https://api.taplytics.com/v2/push?page=9&per_page=50")
        #expect(links.count == 4)
    }

    @Test func linkHeaderWithoutQuotes() {
        let links = LinkHeader.parse("<https://api.taplytics.com/v2/experiments?page=2>;rel=next,"
            + "<https://api.taplytics.com/v2/experiments?page=5> ; rel = last")
        #expect(links["next"]?.absoluteString == "https://api.taplytics.com/v2/experiments?page=2")
        #expect(links["last"]?.absoluteString == "https://api.taplytics.com/v2/experiments?page=5")
        #expect(links.count == 2)
    }

    @Test func linkHeaderSkipsGarbage() throws {
        let links = LinkHeader.parse(
            #"garbage, <>; rel="prev", <not a url>; rel=last, <https://api.taplytics.com/v2/push?page=7>; title=none, "#
            + #";;; rel=, <https://api.taplytics.com/v2/push?page=2>; rel='next', "#
            + #"<https://api.taplytics.com/v2/push?page=3>; rel=next, <https://api.taplytics.com/v2/push?page=4"#)
        // The first `next` wins; the unterminated last entry is dropped.
        let next = try #require(URL(string: "https://api.taplytics.com/v2/push?page=2"))
        #expect(links == ["next": next])
        for header in ["", "<", ">", "<<<>>>", ";;;,,,", "rel=next", "<https://a.test/x>", "<https://a.test/x>; rel",
                       "<https://a.test/x>; rel=\"\"", "<\u{0}>; rel=next", "\u{1B}[2J<https://a.test/x"] {
            #expect(LinkHeader.parse(header).isEmpty, "\(header.debugDescription)")
        }
    }
}
