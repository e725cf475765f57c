import Testing
@testable import LaunchdeckConfig

/// HTTPS everywhere; plain HTTP only to a loopback host.
@Suite struct BaseURLTests {
    @Test func acceptsHTTPSAndLoopbackHTTP() throws {
        for url in ["https://tinylytics.example/api/v1", "http://127.0.0.1:8080/api/v1", "http://127.9.8.7",
                    "http://localhost:9000", "http://[::1]:8080", "HTTP://LOCALHOST"] {
            let config = try load("[tinylytics]\nbase_url = \"\(url)\"").config
            #expect(config.tinylytics.baseURL.absoluteString == url)
        }
    }

    @Test func refusesPlainHTTPOffLoopback() {
        for (url, host) in [("http://api.taplytics.com", "api.taplytics.com"), ("http://128.0.0.1", "128.0.0.1"),
                            ("http://127.0.0.1.evil.example", "127.0.0.1.evil.example"), ("http://localhost.evil", "localhost.evil")] {
            #expect(loadError("[taplytics]\nbase_url = \"\(url)\"")?.message.hasPrefix(
                "config.toml: line 2, column 12: expected an https:// URL (plain http:// only for a loopback host: "
                + "localhost, 127.0.0.0/8 or ::1) for `base_url` in [taplytics], found http://\(host)") == true, "\(url)")
        }
    }

    @Test func refusesOtherSchemesAndNonURLs() {
        #expect(loadError("[apteligent]\nbase_url = \"ftp://x.example\"")?.message.hasPrefix(
            "config.toml: line 2, column 12: expected an https:// URL for `base_url` in [apteligent], found a ftp:// URL") == true)
        #expect(loadError("[apteligent]\nbase_url = \"developers.crittercism.com\"")?.message.hasPrefix(
            "config.toml: line 2, column 12: expected an https:// URL for `base_url` in [apteligent], "
            + "found \"developers.crittercism.com\"") == true)
    }

    @Test func refusesCredentialsInTheURLWithoutEchoingThem() {
        let message = loadError("[apteligent]\nbase_url = \"https://me:hunter2@x.example\"")?.message ?? ""
        #expect(message.hasPrefix("config.toml: line 2, column 12: expected a base URL without user, password, query or fragment"))
        #expect(!message.contains("hunter2"))
        #expect(message.hasSuffix("base_url = \"https://**********@x.example\"\n               ^"))
    }

    @Test func environmentBaseURLIsCheckedToo() throws {
        let loaded = try load("[tinylytics]\nbase_url = \"https://a.example\"",
                              environment: ["TINYLYTICS_BASE_URL": "http://127.0.0.1:4000/api/v1"])
        #expect(loaded.config.tinylytics.baseURL.absoluteString == "http://127.0.0.1:4000/api/v1")
        #expect(loaded.warnings.map(\.message) == [
            "config.toml: line 2: TINYLYTICS_BASE_URL from the environment overrides `base_url` in [tinylytics]",
        ])
        #expect(loadError("", environment: ["TINYLYTICS_BASE_URL": "http://tinylytics.app/api/v1"])?.message
                == "TINYLYTICS_BASE_URL: expected an https:// URL (plain http:// only for a loopback host: "
                + "localhost, 127.0.0.0/8 or ::1), found http://tinylytics.app")
    }
}
