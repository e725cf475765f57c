import Foundation
import Testing
@testable import LaunchdeckConfig

/// The example config loads cleanly and names every setting there is.
@Suite struct ConfigExampleTests {
    let example = ConfigLoader.exampleConfig

    @Test func loadsWithoutWarningsAsTheDefaults() throws {
        let loaded = try load(example)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.config.hasNoCredentials)
        #expect(loaded.config.ui == UISettings())
        #expect(loaded.config.history == HistorySettings(), "the example writes the defaults")
        #expect(loaded.config.launch == LaunchSettings())
        #expect(loaded.config.tinylytics.refresh == RefreshLimits.tinylytics.defaultInterval)
        #expect(loaded.config.taplytics.refresh == RefreshLimits.taplytics.defaultInterval)
        #expect(loaded.config.apteligent.refresh == RefreshLimits.apteligent.defaultInterval)
    }

    @Test func namesEveryKnownKey() {
        let written = Set(example.split(separator: "\n").compactMap { line -> String? in
            let body = line.hasPrefix("# ") ? line.dropFirst(2) : line[...]
            guard let equals = body.range(of: " = ") else { return nil }
            return String(body[..<equals.lowerBound])
        })
        let keys = ConfigBuilder.knownKeys.values.flatMap { $0 } + ["kind", "name", "value", "share", "service"]
        #expect(Set(keys).subtracting(written).isEmpty)
        for table in ConfigBuilder.tableNames {
            #expect(example.contains("[\(table)]"), "\(table)")
        }
    }

    @Test func itsAlertRulesLoadWhenUncommented() throws {
        let alerts = example.components(separatedBy: "# [[alerts]]").dropFirst().joined(separator: "[[alerts]]")
        let uncommented = "[[alerts]]" + alerts.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("# ") ? String($0.dropFirst(2)) : String($0) }
            .joined(separator: "\n")
        let loaded = try load(uncommented)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.config.alerts.map(\.condition) == [
            .crashRateAbove(percent: 2.5), .siteDown, .hitsDrop(share: 0.5), .statusChange(.push), .contentIssue,
        ])
    }

    @Test func itsPasswordGrantLoadsWhenUncommented() throws {
        let lines = example.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            ["client_id", "username", "password ", "app_id"].contains { line.hasPrefix("# \($0)") }
                ? String(line.dropFirst(2)) : String(line)
        }
        let config = try load(lines.joined(separator: "\n")).config
        #expect(config.apteligent.passwordGrant?.username.reveal() == "...")
        #expect(config.apteligent.appID == "...")
    }
}
