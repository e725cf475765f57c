import Testing
@testable import LaunchdeckConfig

/// Nothing is ignored silently: unknown tables and keys, raised refresh intervals.
@Suite struct WarningTests {
    @Test func misspeltKeySuggestsTheRightOne() throws {
        let loaded = try load("[tinylytics]\napi_kye = \"tly-ro-abc\"")
        #expect(loaded.warnings.map(\.message) == [
            "config.toml: line 2: unknown key `api_kye` in [tinylytics] is ignored; did you mean `api_key`?",
        ])
        #expect(loaded.warnings.first?.line == 2)
        #expect(!loaded.config.tinylytics.isConfigured)
    }

    @Test func keyOfAnotherServiceSuggestsThisServicesKey() throws {
        #expect(try warnings("[tinylytics]\napi_token = \"x\"") == [
            "config.toml: line 2: unknown key `api_token` in [tinylytics] is ignored; did you mean `api_key`?",
        ])
    }

    @Test func unrelatedKeyHasNoSuggestion() throws {
        #expect(try warnings("[ui]\n\ncolour_scheme = \"x\"") == [
            "config.toml: line 3: unknown key `colour_scheme` in [ui] is ignored",
        ])
    }

    @Test func misspeltTableSuggestsTheRightOne() throws {
        #expect(try warnings("[tinylytic]\napi_key = \"x\"\n[[alert]]\nkind = \"site_down\"") == [
            "config.toml: line 1: unknown table [tinylytic] is ignored; did you mean [tinylytics]?",
            "config.toml: line 3: unknown table [[alert]] is ignored; did you mean [[alerts]]?",
        ])
    }

    @Test func keyOutsideItsTableSaysWhereItBelongs() throws {
        #expect(try warnings("theme = \"light\"\n[ui]") == [
            "config.toml: line 1: `theme` outside any table is ignored; did you mean to put it under [ui]?",
        ])
    }

    @Test func uppercaseKeyIsSuggestedInLowercase() throws {
        #expect(try warnings("[taplytics]\nAPI_TOKEN = \"x\"") == [
            "config.toml: line 2: unknown key `API_TOKEN` in [taplytics] is ignored; did you mean `api_token`?",
        ])
    }

    @Test func refreshBelowTheFloorIsRaisedWithAWarning() throws {
        let loaded = try load("[tinylytics]\nrefresh = \"5s\"\n[taplytics]\nrefresh = 10\n[apteligent]\nrefresh = \"1m30s\"")
        #expect(loaded.config.tinylytics.refresh == .seconds(10))
        #expect(loaded.config.taplytics.refresh == .seconds(15))
        #expect(loaded.config.apteligent.refresh == .seconds(90))
        #expect(loaded.warnings.map(\.message) == [
            "config.toml: line 2: refresh = 5s in [tinylytics] is below the floor of 10s "
                + "(Tinylytics allows 1000 requests an hour per key); using 10s",
            "config.toml: line 4: refresh = 10s in [taplytics] is below the floor of 15s "
                + "(Taplytics documents no limit, so launchdeck stays polite); using 15s",
        ])
    }

    @Test func refreshAtTheFloorIsKept() throws {
        let loaded = try load("[apteligent]\nrefresh = \"15s\"")
        #expect(loaded.config.apteligent.refresh == .seconds(15))
        #expect(loaded.warnings.isEmpty)
    }

    @Test func badDurationIsAnError() {
        #expect(loadError("[tinylytics]\nrefresh = \"30 s\"")?.message.hasPrefix(
            "config.toml: line 2, column 11: expected a duration such as \"30s\", \"5m\", \"1h30m\" or whole seconds "
            + "for `refresh` in [tinylytics], found \"30 s\"") == true)
        #expect(loadError("[tinylytics]\nrefresh = 0")?.message.contains("found a number that is not above 0") == true)
    }
}
