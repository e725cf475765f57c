import LaunchdeckClient
import Testing

@Suite struct ProxySettingsTests {
    @Test func readsHTTPSProxyWithCredentialsAndNoProxy() throws {
        let settings = try #require(ProxySettings.from(environment: [
            "HTTPS_PROXY": "http://me:p%40ss@proxy.corp:3128", "NO_PROXY": "internal.corp, .example.com,localhost",
        ]))
        #expect(settings.host == "proxy.corp")
        #expect(settings.port == 3128)
        #expect(settings.username == "me")
        #expect(settings.password?.reveal() == "p@ss")
        #expect("\(settings)".contains("p@ss") == false)
        #expect(settings.applies(to: "tinylytics.app"))
        #expect(!settings.applies(to: "internal.corp"))
        #expect(!settings.applies(to: "api.example.com"))
        #expect(!settings.applies(to: "example.com"))
        #expect(!settings.applies(to: "127.0.0.1"))
        #expect(settings.applies(to: "notexample.com"))
    }

    @Test func lowercaseNamesAndBareHostsWork() throws {
        let settings = try #require(ProxySettings.from(environment: ["https_proxy": "proxy:8080", "no_proxy": "*"]))
        #expect(settings.host == "proxy")
        #expect(settings.port == 8080)
        #expect(!settings.applies(to: "tinylytics.app"))
    }

    @Test func noProxyWithoutHTTPSProxyIsNothing() {
        #expect(ProxySettings.from(environment: ["NO_PROXY": "x"]) == nil)
        #expect(ProxySettings.from(environment: ["HTTPS_PROXY": ""]) == nil)
    }
}
