import Testing
@testable import LaunchdeckConfig

@Suite struct SuggestionTests {
    @Test func countsASwapAsOneEdit() {
        #expect(Suggestion.distance(Array("api_kye"), Array("api_key")) == 1)
        #expect(Suggestion.distance(Array("refresh"), Array("refresh")) == 0)
        #expect(Suggestion.distance(Array(""), Array("abc")) == 3)
        #expect(Suggestion.distance(Array("kitten"), Array("sitting")) == 3)
    }

    @Test func suggestsOnlyWhatIsClose() {
        let keys = ["base_url", "api_key", "api_key_command", "site_id", "refresh"]
        #expect(Suggestion.closest(to: "baseurl", among: keys) == "base_url")
        #expect(Suggestion.closest(to: "site-id", among: keys) == "site_id")
        #expect(Suggestion.closest(to: "Refresh", among: keys) == "refresh")
        #expect(Suggestion.closest(to: "interval", among: keys) == nil)
        #expect(Suggestion.closest(to: "x", among: keys) == nil)
    }
}
