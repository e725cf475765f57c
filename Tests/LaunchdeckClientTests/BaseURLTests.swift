import Foundation
import LaunchdeckClient
import Testing

@Suite struct BaseURLTests {
    @Test func httpsIsAccepted() throws {
        #expect(try BaseURL.parse("https://tinylytics.app/api/v1", for: .tinylytics).host == "tinylytics.app")
    }

    @Test(arguments: ["http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x", "http://127.1.2.3/"])
    func plainHTTPOnlyToLoopback(url: String) throws {
        #expect(try BaseURL.parse(url, for: .tinylytics).scheme == "http")
    }

    @Test(arguments: ["http://tinylytics.app/api/v1", "http://127.0.0.1.evil.example/", "ftp://x/", "not a url",
                      "https://user:pw@tinylytics.app/", "https://tinylytics.app/?api_key=x"])
    func everythingElseIsRefused(url: String) {
        #expect(throws: ClientError.self) { try BaseURL.parse(url, for: .tinylytics) }
    }

    @Test func joinKeepsTheBasePath() throws {
        let base = try BaseURL.parse("https://tinylytics.app/api/v1/", for: .tinylytics)
        let url = BaseURL.join(base, path: "/sites/456/hits", query: [("grouped", "true"), ("group_by", "path")])
        #expect(url?.absoluteString == "https://tinylytics.app/api/v1/sites/456/hits?grouped=true&group_by=path")
    }

    @Test func secretsNeverPrint() {
        let secret = Secret("tly-ro-supersecret")
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        var dumped = ""
        dump(secret, to: &dumped)
        #expect(!dumped.contains("supersecret"))
    }
}
