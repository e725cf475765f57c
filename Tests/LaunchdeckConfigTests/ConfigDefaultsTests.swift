import Foundation
import Testing
@testable import LaunchdeckConfig

@Suite struct ConfigDefaultsTests {
    @Test func emptyConfigHasDefaultsAndNoCredentials() throws {
        let loaded = try load("")
        let config = loaded.config
        #expect(loaded.warnings.isEmpty)
        #expect(config.hasNoCredentials)
        #expect(config.tinylytics.baseURL.absoluteString == "https://tinylytics.app/api/v1")
        #expect(config.taplytics.baseURL.absoluteString == "https://api.taplytics.com")
        #expect(config.apteligent.baseURL.absoluteString == "https://developers.crittercism.com")
        #expect(config.tinylytics.refresh == .seconds(30))
        #expect(config.taplytics.refresh == .seconds(60))
        #expect(config.apteligent.refresh == .seconds(60))
        #expect(config.ui == UISettings(theme: "default", ascii: nil, bell: true, notifications: .off))
        #expect(config.keys.isEmpty)
        #expect(config.alerts.isEmpty)
    }

    @Test func readsTheArchitectureExample() throws {
        let loaded = try load("""
            [tinylytics]
            base_url = "https://tinylytics.app/api/v1"   # the API root, as the doc gives it
            api_key = "tly-ro-abc"
            site_id = 456
            refresh = "30s"

            [taplytics]
            base_url = "https://api.taplytics.com"
            api_token = "tap-token"

            [apteligent]
            base_url = "https://developers.crittercism.com"
            client_id = "client"
            username = "ops@example.com"
            password = "pa ss"
            access_token = "token"
            app_id = "abc123-def"

            [ui]
            theme = "default"
            """)
        let config = loaded.config
        #expect(loaded.warnings.isEmpty)
        #expect(config.tinylytics.apiKey?.reveal() == "tly-ro-abc")
        #expect(config.tinylytics.siteID == 456)
        #expect(config.taplytics.apiToken?.reveal() == "tap-token")
        #expect(config.apteligent.accessToken?.reveal() == "token")
        #expect(config.apteligent.passwordGrant?.clientID.reveal() == "client")
        #expect(config.apteligent.passwordGrant?.username.reveal() == "ops@example.com")
        #expect(config.apteligent.passwordGrant?.password.reveal() == "pa ss")
        #expect(config.apteligent.appID == "abc123-def")
        #expect(config.tinylytics.isConfigured && config.taplytics.isConfigured && config.apteligent.isConfigured)
        #expect(!config.hasNoCredentials)
    }

    @Test func readsUISettings() throws {
        let config = try load("[ui]\ntheme = \"light\"\nascii = true\nbell = false\nnotifications = \"osc777\"").config
        #expect(config.ui == UISettings(theme: "light", ascii: true, bell: false, notifications: .osc777))
    }

    @Test func notificationsMustBeKnown() {
        #expect(loadError("[ui]\nnotifications = \"osc7\"")?.message.hasPrefix(
            "config.toml: line 2, column 17: expected one of \"off\", \"osc9\", \"osc777\" for `notifications` in [ui], "
            + "found \"osc7\"; did you mean \"osc9\"?") == true)
    }

    @Test func readsKeyBindingsAsLists() throws {
        let config = try load("[keys]\nquit = \"q\"\nrefresh_all = [\"R\", \"ctrl-r\"]\nhelp = []").config
        #expect(config.keys == ["quit": ["q"], "refresh_all": ["R", "ctrl-r"], "help": []])
    }

    @Test func keyBindingsMustBeStrings() {
        #expect(loadError("[keys]\nquit = 1")?.message.hasPrefix(
            "config.toml: line 2, column 8: expected a \"key\" or an array of [\"keys\"] for `quit` in [keys], found an integer") == true)
        #expect(loadError("[keys]\nquit = [\"q\", 2]")?.message.hasPrefix(
            "config.toml: line 2, column 14: expected a \"key\" or an array of [\"keys\"] for `quit` in [keys], found an integer in the array") == true)
        #expect(loadError("[keys]\nquit = \"\"")?.message.contains("found an empty string") == true)
    }

    @Test func wrongTypesAreErrorsWithLineAndExpectation() {
        let cases: [(String, String)] = [
            ("[ui]\nbell = \"yes\"", "line 2, column 8: expected true or false for `bell` in [ui], found a string"),
            ("[ui]\ntheme = 3", "line 2, column 9: expected a \"string\" for `theme` in [ui], found an integer"),
            ("[tinylytics]\nsite_id = \"x\"", "line 2, column 11: expected a site id (a whole number above 0, from GET /sites) "
                + "for `site_id` in [tinylytics], found a string"),
            ("[tinylytics]\napi_key = 5", "line 2, column 11: expected a \"string\" for `api_key` in [tinylytics], found an integer"),
            ("[taplytics]\nrefresh = true", "line 2, column 11: expected a duration such as \"30s\", \"5m\", \"1h30m\" "
                + "or whole seconds for `refresh` in [taplytics], found a boolean"),
            ("ui = \"light\"", "line 1, column 1: expected a table [ui], found a string"),
        ]
        for (text, expected) in cases {
            #expect(loadError(text)?.message.hasPrefix("config.toml: " + expected) == true, "\(text)")
        }
    }

    @Test func siteIDMayBeAStringOfDigits() throws {
        #expect(try load("[tinylytics]\nsite_id = \"789\"").config.tinylytics.siteID == 789)
        #expect(loadError("[tinylytics]\nsite_id = 0") != nil)
    }

    @Test func appIDMustBeOnePathSegment() {
        #expect(loadError("[apteligent]\napp_id = \"../x\"")?.message.hasPrefix(
            "config.toml: line 2, column 10: expected an app id (letters, digits, `-`, `_` and `.`, from GET /v2/apps)") == true)
    }

    @Test func themeNameCannotBeAPath() {
        #expect(loadError("[ui]\ntheme = \"../../etc/passwd\"")?.message.hasPrefix(
            "config.toml: line 2, column 9: expected a theme name (letters, digits, `-` and `_`) for `theme` in [ui], "
            + "found \"../../etc/passwd\"") == true)
        #expect(loadError("[ui]\ntheme = \"\"") != nil)
    }
}
