import Testing
@testable import LaunchdeckConfig

@Suite struct AlertRuleTests {
    @Test func readsEachKind() throws {
        let rules = try load("""
            [[alerts]]
            name = "crashes"
            kind = "crash_rate_above"
            value = 2.5

            [[alerts]]
            kind = "site_down"

            [[alerts]]
            kind = "hits_drop"
            share = 0.5

            [[alerts]]
            kind = "status_change"
            service = "push"

            [[alerts]]
            kind = "crash_rate_above"
            value = 3

            [[alerts]]
            name = "links"
            kind = "content_issue"
            """).config.alerts
        #expect(rules == [
            AlertRule(name: "crashes", condition: .crashRateAbove(percent: 2.5), line: 1),
            AlertRule(name: nil, condition: .siteDown, line: 6),
            AlertRule(name: nil, condition: .hitsDrop(share: 0.5), line: 9),
            AlertRule(name: nil, condition: .statusChange(.push), line: 13),
            AlertRule(name: nil, condition: .crashRateAbove(percent: 3), line: 17),
            AlertRule(name: "links", condition: .contentIssue, line: 21),
        ])
    }

    @Test func inlineArrayOfRulesWorksToo() throws {
        let rules = try load("alerts = [{ kind = \"status_change\", service = \"experiments\" }]").config.alerts
        #expect(rules == [AlertRule(name: nil, condition: .statusChange(.experiments), line: 1)])
    }

    @Test func missingKindIsAnError() {
        #expect(loadError("[[alerts]]\nvalue = 2")?.message == "config.toml: line 1: expected `kind` in the [[alerts]] rule "
                + "on line 1: one of \"crash_rate_above\", \"site_down\", \"hits_drop\", \"status_change\", \"content_issue\"")
    }

    @Test func misspeltKindSuggestsTheRightOne() {
        #expect(loadError("[[alerts]]\nkind = \"site_dwn\"")?.message.hasPrefix(
            "config.toml: line 2, column 8: expected one of \"crash_rate_above\", \"site_down\", \"hits_drop\", \"status_change\", "
            + "\"content_issue\" for `kind` in the [[alerts]] rule on line 1, found \"site_dwn\"; did you mean \"site_down\"?") == true)
    }

    @Test func missingParameterSaysWhatItIs() {
        #expect(loadError("[[alerts]]\nkind = \"hits_drop\"")?.message == "config.toml: line 1: expected `share` "
                + "(a share of the last hour's hits per minute, above 0 and at most 1, such as 0.5) "
                + "in the [[alerts]] rule on line 1 of kind hits_drop")
    }

    @Test func outOfRangeValuesAreErrors() {
        #expect(loadError("[[alerts]]\nkind = \"hits_drop\"\nshare = 30")?.message.hasPrefix(
            "config.toml: line 3, column 9: expected a share of the last hour's hits per minute, above 0 and at most 1, "
            + "such as 0.5 for `share` in the [[alerts]] rule on line 1, found 30") == true)
        #expect(loadError("[[alerts]]\nkind = \"crash_rate_above\"\nvalue = 150.5")?.message.contains("found 150.5") == true)
        #expect(loadError("[[alerts]]\nkind = \"crash_rate_above\"\nvalue = \"2\"")?.message.contains(
            "expected a number for `value`") == true)
        #expect(loadError("[[alerts]]\nkind = \"status_change\"\nservice = \"crashes\"")?.message.contains(
            "expected one of \"experiments\", \"push\" for `service`") == true)
    }

    @Test func keysOfOtherKindsAndUnknownKeysWarn() throws {
        #expect(try warnings("[[alerts]]\nkind = \"site_down\"\nshare = 0.5\nnmae = \"x\"") == [
            "config.toml: line 3: `share` is not used by a site_down rule and is ignored",
            "config.toml: line 4: unknown key `nmae` in the [[alerts]] rule on line 1 is ignored; did you mean `name`?",
        ])
    }

    @Test func singleAlertsTableIsAnError() {
        #expect(loadError("[alerts]\nkind = \"site_down\"")?.message.hasPrefix(
            "config.toml: line 1, column 2: expected [[alerts]] (one [[alerts]] header per rule), found a table") == true)
    }
}
