import Testing
@testable import LaunchdeckConfig

/// Secrets from the file, the environment or a command, and what wins.
@Suite struct SecretTests {
    let shell = ["PATH": "/usr/bin:/bin"]

    @Test func secretIsRedactedWhenPrinted() throws {
        let secret = try #require(try load("[tinylytics]\napi_key = \"tly-ro-abc\"").config.tinylytics.apiKey)
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        #expect(!String(describing: try load("[tinylytics]\napi_key = \"tly-ro-abc\"").config).contains("tly-ro-abc"))
        #expect(secret.reveal() == "tly-ro-abc")
    }

    @Test func environmentAloneConfiguresServices() throws {
        let config = try load("", environment: [
            "TINYLYTICS_API_KEY": " tly-env\n", "TINYLYTICS_SITE_ID": "12", "TAPLYTICS_API_TOKEN": "tap",
            "APTELIGENT_CLIENT_ID": "c", "APTELIGENT_USERNAME": "u", "APTELIGENT_PASSWORD": "p w\n", "APTELIGENT_APP_ID": "app1",
        ]).config
        #expect(config.tinylytics.apiKey?.reveal() == "tly-env")
        #expect(config.tinylytics.siteID == 12)
        #expect(config.taplytics.apiToken?.reveal() == "tap")
        #expect(config.apteligent.passwordGrant?.password.reveal() == "p w")
        #expect(config.apteligent.accessToken == nil)
        #expect(config.apteligent.appID == "app1")
    }

    @Test func environmentOverridesTheFileWithAWarning() throws {
        let loaded = try load("[tinylytics]\napi_key = \"from-file\"\nsite_id = 1",
                              environment: ["TINYLYTICS_API_KEY": "from-env", "TINYLYTICS_SITE_ID": "2"])
        #expect(loaded.config.tinylytics.apiKey?.reveal() == "from-env")
        #expect(loaded.config.tinylytics.siteID == 2)
        #expect(loaded.warnings.map(\.message) == [
            "config.toml: line 2: TINYLYTICS_API_KEY from the environment overrides `api_key` in [tinylytics]",
            "config.toml: line 3: TINYLYTICS_SITE_ID from the environment overrides `site_id` in [tinylytics]",
        ])
    }

    @Test func emptyEnvironmentVariableDoesNotOverride() throws {
        let loaded = try load("[taplytics]\napi_token = \"file\"", environment: ["TAPLYTICS_API_TOKEN": ""])
        #expect(loaded.config.taplytics.apiToken?.reveal() == "file")
        #expect(loaded.warnings.isEmpty)
    }

    @Test func emptyValueInTheFileIsNotSetWithAWarning() throws {
        let loaded = try load("[taplytics]\napi_token = \"\"")
        #expect(!loaded.config.taplytics.isConfigured)
        #expect(loaded.warnings.map(\.message) == ["config.toml: line 2: `api_token` in [taplytics] is empty, so it counts as not set"])
    }

    @Test func valueAndCommandTogetherAreAnError() {
        #expect(loadError("[tinylytics]\napi_key = \"x\"\napi_key_command = \"echo y\"")?.message.hasPrefix(
            "config.toml: line 3, column 19: `api_key` and `api_key_command` in [tinylytics] are both set; keep one") == true)
    }

    @Test func commandOutputIsTrimmed() throws {
        let config = try load("""
            [tinylytics]
            api_key_command = "printf '  tly-cmd\\\\n'"
            [apteligent]
            access_token_command = "echo tok"
            password_command = "printf 'p w  \\\\n'"
            client_id = "c"
            username = "u"
            """, environment: shell).config
        #expect(config.tinylytics.apiKey?.reveal() == "tly-cmd")
        #expect(config.apteligent.accessToken?.reveal() == "tok")
        #expect(config.apteligent.passwordGrant?.password.reveal() == "p w  ")
    }

    @Test func commandSeesTheGivenEnvironment() throws {
        let config = try load("[taplytics]\napi_token_command = \"echo $TOKEN_SOURCE\"",
                              environment: shell.merging(["TOKEN_SOURCE": "from-env-of-command"]) { $1 }).config
        #expect(config.taplytics.apiToken?.reveal() == "from-env-of-command")
    }

    @Test func environmentWinsOverACommandWhichDoesNotRun() throws {
        let loaded = try load("[taplytics]\napi_token_command = \"exit 1\"",
                              environment: shell.merging(["TAPLYTICS_API_TOKEN": "env"]) { $1 })
        #expect(loaded.config.taplytics.apiToken?.reveal() == "env")
        #expect(loaded.warnings.map(\.message) == [
            "config.toml: line 2: TAPLYTICS_API_TOKEN from the environment overrides `api_token_command` in [taplytics]",
        ])
    }

    @Test func failingCommandNamesKeyAndStatusButNotItsOutput() {
        let message = loadError("[taplytics]\napi_token_command = \"echo leaked-secret; echo err >&2; exit 3\"",
                                environment: shell)?.message
        #expect(message == "config.toml: `api_token_command` in [taplytics] (line 2) failed with exit status 3; "
                + "run it in a shell to see why")
    }

    @Test func commandThatPrintsNothingIsAnError() {
        #expect(loadError("[taplytics]\napi_token_command = \"true\"", environment: shell)?.message
                == "config.toml: `api_token_command` in [taplytics] (line 2) printed nothing")
    }

    @Test func slowCommandTimesOut() throws {
        let start = ContinuousClock.now
        do {
            _ = try load("[taplytics]\napi_token_command = \"sleep 5; echo late\"", environment: shell,
                         commandTimeout: .milliseconds(300))
            Issue.record("a slow command loaded")
        } catch {
            #expect(error.message == "config.toml: `api_token_command` in [taplytics] (line 2) did not finish within 300ms")
        }
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test func commandLeavingAProcessBehindStillReturns() throws {
        let start = ContinuousClock.now
        let config = try load("[taplytics]\napi_token_command = \"(sleep 3 &) ; echo quick\"", environment: shell).config
        #expect(config.taplytics.apiToken?.reveal() == "quick")
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func keyWithSpacesIsRefusedWithoutShowingIt() {
        #expect(loadError("[tinylytics]\napi_key = \"tly ro\"")?.message
                == "`api_key` in [tinylytics] (config.toml, line 2) holds spaces or characters a key cannot have; copy it again")
        #expect(loadError("", environment: ["TAPLYTICS_API_TOKEN": "a\u{7}b"])?.message
                == "TAPLYTICS_API_TOKEN holds spaces or characters a key cannot have; copy it again")
    }

    @Test func partialPasswordGrantNamesWhatIsMissing() {
        #expect(loadError("[apteligent]\nusername = \"u\"")?.message == "config.toml: the password grant in [apteligent] "
                + "also needs `client_id` (or APTELIGENT_CLIENT_ID) and `password` (or APTELIGENT_PASSWORD); "
                + "or set `access_token` instead")
    }

    @Test func partialPasswordGrantBesideATokenIsAWarning() throws {
        let loaded = try load("[apteligent]\naccess_token = \"t\"\nclient_id = \"c\"")
        #expect(loaded.config.apteligent.isConfigured)
        #expect(loaded.config.apteligent.passwordGrant == nil)
        #expect(loaded.warnings.map(\.message) == ["config.toml: the password grant in [apteligent] also needs "
            + "`username` (or APTELIGENT_USERNAME) and `password` (or APTELIGENT_PASSWORD); only `access_token` is used"])
    }

    @Test func eachSecretSaysWhereItCameFrom() throws {
        let config = try load("[tinylytics]\napi_key = \"k\"\n[taplytics]\n\napi_token_command = \"echo t\"",
                              environment: shell.merging(["APTELIGENT_ACCESS_TOKEN": "a"]) { $1 }).config
        #expect(config.tinylytics.apiKey?.origin == .file(path: "config.toml", setting: "`api_key` in [tinylytics]", line: 2))
        #expect(config.taplytics.apiToken?.origin?.description
                == "the output of `api_token_command` in [taplytics] (config.toml, line 5)")
        #expect(config.apteligent.accessToken?.origin?.description == "APTELIGENT_ACCESS_TOKEN")
        #expect(config.tinylytics.apiKey?.origin?.description == "`api_key` in [tinylytics] (config.toml, line 2)")
    }

    @Test func environmentOnlyErrorsNameNoFile() {
        do {
            _ = try ConfigLoader.load(path: nil, environment: ["APTELIGENT_USERNAME": "u", "APTELIGENT_PASSWORD": "p"])
            Issue.record("a partial password grant loaded")
        } catch {
            #expect(error.message == "the password grant in [apteligent] also needs `client_id` (or APTELIGENT_CLIENT_ID); "
                    + "or set `access_token` instead")
        }
    }
}
