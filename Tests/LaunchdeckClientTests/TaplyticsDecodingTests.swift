// Fixtures: every example response body of the read endpoints in shared/seeds/002_…
// (Taplytics REST API v2), copied verbatim, plus the POST /v2/push reply (the only example
// with a push `status`). Each body was cut where the seed runs the next heading onto its
// closing line (`}User ¶` → `}`); taplytics-push.json got the final newline the seed lacks.
// The response bodies hold no curly quotes and no trailing commas. Corrections, all of them:
//   - taplytics-experiments.json, variations[0].dynamicVariables[0]: the seed prints
//     `"defaultValue": "{\"ANYTHING":1}",` — a missing backslash ends the string early;
//     corrected to `"defaultValue": "{\"ANYTHING\":1}",` as in every other copy of it.
//   - taplytics-push-created.json: removed the comment `// ID of the push notification`
//     after `"id": "548013f2c703f020242ff21c",`.
//   - taplytics-push-created.json: added the missing comma after `"production": false`
//     (before `"filter_duplicate_content": true`).

import Foundation
import LaunchdeckAPI
@testable import LaunchdeckClient
import Testing

/// The seed's example bodies (002_…: users, usersByToken, experiments, push) decode verbatim,
/// open statuses keep unknown values, and the Link header parses however it is quoted.
@Suite struct TaplyticsDecodingTests {
    func decode<T: Decodable>(_ type: T.Type, fixture name: String) throws -> T {
        let response = TransportResponse(status: 200, body: try Fixture.data(name))
        return try ResponseDecoder.decode(T.self, from: response, service: .taplytics)
    }

    func decode<T: Decodable>(_ type: T.Type, json: String) throws -> T {
        let response = TransportResponse(status: 200, body: Data(json.utf8))
        return try ResponseDecoder.decode(T.self, from: response, service: .taplytics)
    }

    // MARK: Users

    /// The custom data of both user examples.
    static let customData: [String: JSONValue] = [
        "occupation": .string("Bug Fixer"),
        "favourite_color": .string("Chartreuse"),
        "favourite movie": .string("You Don't Mess With The Zohan"),
    ]

    @Test func usersByTokenExampleDecodes() throws {
        let page = try decode(TaplyticsUsersByTokenPage.self, fixture: "taplytics-users-by-token")
        #expect(page.nextPaginationToken == "548223f2c7036020742ff21c")
        #expect(page.hasNext)
        #expect(page.numEntities == 1)
        #expect(page.users.count == 1)
        let user = try #require(page.users.first)
        #expect(user.id == "548223f2c7036020742ff21c")
        #expect(user.createdAt.map(Timestamp.format) == "2015-01-06T03:51:57Z")
        #expect(user.userID == "42")
        #expect(user.email == "jonathan@taplytics.com")
        #expect(user.firstName == "Jonathan")
        #expect(user.lastName == "Norris")
        #expect(user.name == "Jonathan Taylor Thomas Norris")
        // This example names the custom data `metadata`.
        #expect(user.customData == nil)
        #expect(user.metadata == Self.customData)
        #expect(user.customFields["favourite movie"]?.stringValue == "You Don't Mess With The Zohan")
        #expect(user.lastSeenIP == "123.123.123.123")
        let location = try #require(user.location)
        #expect(location.cityName == "San Francisco")
        #expect(location.continentCode == "NA")
        #expect(location.countryCode == "USA")
        #expect(location.countryName == "United States")
        #expect(location.latitude == 37.77493)
        #expect(location.longitude == -122.41942)
        #expect(location.postalCode == nil)
        #expect(location.regionName == "San Francisco")
        #expect(location.timezone == "Europe/San Francisco")
        let experiments = try #require(user.experiments)
        #expect(experiments == [TaplyticsUser.ExperimentAssignment(
            experimentID: "548223f2c7036020742aa21c", variation: TaplyticsVariationRef.id("548223f2c7036020742ff21a"))])
        #expect(user.devices == [JSONValue.object([:])])
        #expect(user.sessionCount == 16)
        #expect(user.gender == nil)
    }

    @Test func userExampleDecodes() throws {
        let user = try decode(TaplyticsUser.self, fixture: "taplytics-user")
        #expect(user.id == "548223f2c7036020742ff21c")
        #expect(user.createdAt?.timeIntervalSince1970 == 1_420_516_317)
        #expect(user.userID == "42")
        #expect(user.email == "jonathan@taplytics.com")
        #expect(user.firstName == "Jonathan")
        #expect(user.lastName == "Norris")
        #expect(user.name == nil)
        #expect(user.metadata == nil)
        #expect(user.customData == Self.customData)
        #expect(user.customFields["favourite_color"] == JSONValue.string("Chartreuse"))
        #expect(user.lastSeenIP == "123.123.123.123")
        #expect(user.location == TaplyticsUser.Location(
            cityName: "San Francisco", continentCode: "NA", countryCode: "USA", countryName: "United States",
            latitude: 37.77493, longitude: -122.41942, postalCode: nil, regionName: "San Francisco",
            timezone: "Europe/San Francisco"))
        #expect(user.sessionCount == 16)
        #expect(user.gender == "male")
        #expect(user.experiments == nil)
        #expect(user.devices == nil)
    }

    @Test func userLocationEncodesAnUnknownPostalCodeAsNull() throws {
        let user = try decode(TaplyticsUser.self, fixture: "taplytics-user")
        let encoded = try JSONCoding.encoder().encode(user)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        let location = try #require(object["location"] as? [String: Any])
        #expect(location["postal_code"] is NSNull)
        #expect(try JSONCoding.decoder().decode(TaplyticsUser.self, from: encoded) == user)
    }

    @Test func lastUsersByTokenPageHasNoNext() throws {
        let empty = try decode(TaplyticsUsersByTokenPage.self, json: #"{"nextPaginationToken": "", "users": []}"#)
        #expect(empty.users.isEmpty)
        #expect(!empty.hasNext)
        let bare = try decode(TaplyticsUsersByTokenPage.self, json: "{}")
        #expect(bare.users.isEmpty)
        #expect(bare.nextPaginationToken == nil)
        #expect(!bare.hasNext)
    }

    // MARK: Experiments

    @Test func experimentsListExampleDecodes() throws {
        let experiments = try decode([TaplyticsExperiment].self, fixture: "taplytics-experiments")
        #expect(experiments.count == 1)
        let experiment = try #require(experiments.first)
        #expect(experiment.id == "5a6a0ca339004c0094fa208z")
        #expect(experiment.projectID == "5a68fdea39003c0094fx1d6g")
        #expect(experiment.name == "ANYTHING")
        #expect(experiment.description == "ANYTHING")
        #expect(experiment.goalIDs == ["5a6a0d2186bfc6201339fbob", "5a7def3cccd5d340119c8b3a", "5b3bd18bdcf7bb20d893f481"])
        #expect(experiment.filters == TaplyticsExperimentFilters.list([
            TaplyticsFilter(type: "osType", comparator: "=", values: [.string("iPhone OS")],
                            id: "5a6a0ca339103c0094fa208f"),
        ]))
        #expect(experiment.status == TaplyticsExperimentStatus.active)
        #expect(experiment.status?.isKnown == true)
        let created = try #require(experiment.createdAt)
        let updated = try #require(experiment.updatedAt)
        #expect(abs(created.timeIntervalSince1970 - 1_516_899_491.155) < 0.001)
        #expect(abs(updated.timeIntervalSince1970 - 1_530_806_472.535) < 0.001)
        #expect(experiment.winningVariation == nil)
        #expect(experiment.minAppVersion == nil)

        // Variations as whole objects.
        let variations = try #require(experiment.variations)
        #expect(variations.count == 1)
        #expect(variations.map(\.variationID) == ["5a6a0ca339003c0094fa2091"])
        let variation = try #require(variations.first?.variation)
        #expect(variation.name == "Variation 1")
        #expect(variation.distributionPercent == 1)
        #expect(variation.webElements?.isEmpty == true)
        #expect(variation.dynamicVariables == [TaplyticsVariation.DynamicVariable(
            id: "5adf436633a6c7000c5e1d51", name: "ANYTHING", isActive: false, createdFrom: "device",
            variableType: "JSON", defaultValue: .string(#"{"ANYTHING":1}"#), value: .string(#"{"ANYTHING":1}"#))])

        let baseline = try #require(experiment.baseline)
        #expect(baseline.id == nil)
        #expect(baseline.name == "Baseline")
        #expect(baseline.distributionPercent == 0)
        #expect(baseline.webElements == nil)
        let baselineVariable = try #require(baseline.dynamicVariables?.first)
        #expect(baselineVariable.id == "5adf436643a6x7000c5e1d52")
        #expect(baselineVariable.value?.stringValue == #"{"ANYTHING":1}"#)
    }

    @Test func singleExperimentExampleDecodes() throws {
        let experiment = try decode(TaplyticsExperiment.self, fixture: "taplytics-experiment")
        #expect(experiment.id == "548223f2c7036020742ff21c")
        #expect(experiment.projectID == "52718670ef1a872530000022")
        // Variations as bare id strings.
        #expect(experiment.variations == [
            TaplyticsVariationRef.id("548223f2c7036020742ff21c"), TaplyticsVariationRef.id("512263f2c79g607s142gf21h"),
        ])
        #expect(experiment.variations?.compactMap(\.variation).isEmpty == true)
        #expect(experiment.winningVariation == "548223f2c7036020742ff21c")
        #expect(experiment.baselineVariation == "548223f2c7036020742ff21c")
        #expect(experiment.baseline == nil)
        #expect(experiment.goalIDs == ["54ac360cc4d37a81567a72e7"])
        #expect(experiment.status == TaplyticsExperimentStatus.active)
        #expect(experiment.description == "Disables the Buy button")
        #expect(experiment.name == nil)
        #expect(experiment.minAppVersion == "1.0")
        #expect(experiment.maxAppVersion == "1.8.4")
        #expect(experiment.filters == TaplyticsExperimentFilters.fields([
            "version": .string("1.2.3"), "os_version": .string("4.4.4"),
        ]))
        #expect(experiment.createdAt.map(Timestamp.format) == "2015-01-06T03:51:57Z")
        #expect(experiment.updatedAt.map(Timestamp.format) == "2015-01-06T03:51:57Z")
    }

    @Test func variationsDecodeFromObjectsAndIDsInOneList() throws {
        let refs = try decode([TaplyticsVariationRef].self,
                              json: #"["abc123", {"_id": "def456", "name": "Variation 2", "distributionPercent": 0.5}]"#)
        #expect(refs == [
            TaplyticsVariationRef.id("abc123"),
            TaplyticsVariationRef.object(TaplyticsVariation(id: "def456", name: "Variation 2", distributionPercent: 0.5)),
        ])
        #expect(refs.map(\.variationID) == ["abc123", "def456"])
        #expect(refs[0].variation == nil)
        #expect(refs[1].variation?.name == "Variation 2")
        // Each encodes back in the form it came in.
        let again = try JSONCoding.decoder().decode([TaplyticsVariationRef].self, from: JSONCoding.encoder().encode(refs))
        #expect(again == refs)
    }

    @Test func unknownExperimentStatusIsKeptRaw() throws {
        let experiment = try decode(TaplyticsExperiment.self, json: #"{"id": "e1", "status": "scheduled_for_review"}"#)
        let status = try #require(experiment.status)
        #expect(status.rawValue == "scheduled_for_review")
        #expect(status.description == "scheduled_for_review")
        #expect(!status.isKnown)
        #expect(status != TaplyticsExperimentStatus.active)
        let encoded = String(decoding: try JSONCoding.encoder().encode(experiment), as: UTF8.self)
        #expect(encoded.contains(#""status":"scheduled_for_review""#))
    }

    @Test(arguments: ["draft", "active", "paused", "archived"])
    func documentedExperimentStatusesAreKnown(raw: String) throws {
        let experiment = try decode(TaplyticsExperiment.self, json: #"{"id": "e1", "status": "\#(raw)"}"#)
        #expect(experiment.status?.rawValue == raw)
        #expect(experiment.status?.isKnown == true)
    }

    // MARK: Push

    /// The four filters of every push example.
    static let pushFilters = [
        TaplyticsFilter(type: "an_version", comparator: ">=", values: [.string("5.0.0")]),
        TaplyticsFilter(type: "ios_version", comparator: "!=", values: [.string("8.0.1")]),
        TaplyticsFilter(type: "country", comparator: "=", values: [.string("Canada"), .string("US")]),
        TaplyticsFilter(type: "custom_data", comparator: ">=", values: [.number(16)], dataKey: "dollars spent"),
    ]

    @Test func pushListExampleDecodes() throws {
        let pushes = try decode([TaplyticsPush].self, fixture: "taplytics-push-list")
        #expect(pushes.count == 1)
        let push = try #require(pushes.first)
        #expect(push.id == "548013f2c703f020242ff21c")
        #expect(push.filters == Self.pushFilters)
        #expect(push.notification == TaplyticsPush.Notification(alert: "Congratulations, you've won a new VCR!"))
        #expect(push.production == false)
        #expect(push.status == nil)
        #expect(push.name == nil)
        #expect(push.createdAt == nil)
        #expect(push.schedule == nil)
    }

    @Test func singlePushExampleDecodes() throws {
        let push = try decode(TaplyticsPush.self, fixture: "taplytics-push")
        #expect(push.id == "548013f2c703f020242ff21c")
        #expect(push.filters?.count == 4)
        #expect(push.filters?.last?.dataKey == "dollars spent")
        #expect(push.filters?.last?.values?.first?.doubleValue == 16)
        #expect(push.filters == Self.pushFilters)
        #expect(push.notification?.alert == "Congratulations, you've won a new VCR!")
        #expect(push.production == false)
        // The list shows the same push.
        let listed = try decode([TaplyticsPush].self, fixture: "taplytics-push-list")
        #expect(listed == [push])
    }

    @Test func pushReplyExampleDecodes() throws {
        let push = try decode(TaplyticsPush.self, fixture: "taplytics-push-created")
        #expect(push.id == "548013f2c703f020242ff21c")
        #expect(push.name == "Test")
        #expect(push.status == TaplyticsPushStatus.sending)
        #expect(push.status?.isKnown == true)
        let created = try #require(push.createdAt)
        #expect(abs(created.timeIntervalSince1970 - 1_433_873_331.194) < 0.001)
        #expect(push.notification?.alert == "Congratulations, you've won a new VCR!")
        #expect(push.schedule == TaplyticsPush.Schedule(now: true))
        #expect(push.schedule?.timeDate == nil)
        #expect(push.production == false)
        #expect(push.filterDuplicateContent == true)
        #expect(push.filters == Self.pushFilters)
        #expect(push.image == nil)
    }

    @Test func unknownPushStatusIsKeptRaw() throws {
        let push = try decode(TaplyticsPush.self, json: #"{"id": "p1", "status": "partially_delivered"}"#)
        let status = try #require(push.status)
        #expect(status.rawValue == "partially_delivered")
        #expect("\(status)" == "partially_delivered")
        #expect(!status.isKnown)
        let again = try JSONCoding.decoder().decode(TaplyticsPush.self, from: JSONCoding.encoder().encode(push))
        #expect(again.status?.rawValue == "partially_delivered")
    }

    @Test(arguments: ["scheduled", "sending", "sent", "failed", "cancelled"])
    func expectedPushStatusesAreKnown(raw: String) throws {
        let push = try decode(TaplyticsPush.self, json: #"{"id": "p1", "status": "\#(raw)"}"#)
        #expect(push.status == TaplyticsPushStatus(rawValue: raw))
        #expect(push.status?.isKnown == true)
    }

    @Test func documentedScheduleAndImageFieldsDecode() throws {
        let push = try decode(TaplyticsPush.self, json: #"""
            {"id": "p2", "schedule": {"time": "2015-11-05T13:15:30Z", "local_time": "2015-11-05T13:15:30"},
             "image": {"url": "https://example.com/a.png", "tl_cdn": false},
             "notification": {"alert": "Hi", "time_to_live": 3600},
             "custom_keys": {"deep_link": "app://sale"}, "is_silent": true, "badge_count": 0}
            """#)
        #expect(push.schedule?.time == "2015-11-05T13:15:30Z")
        #expect(push.schedule?.localTime == "2015-11-05T13:15:30")
        #expect(push.schedule?.timeDate.map(Timestamp.format) == "2015-11-05T13:15:30Z")
        #expect(push.image == TaplyticsPush.Image(url: "https://example.com/a.png", tlCDN: false))
        #expect(push.notification == TaplyticsPush.Notification(alert: "Hi", timeToLive: 3600))
        #expect(push.customKeys?["deep_link"] == JSONValue.string("app://sale"))
        #expect(push.customKeys?.count == 1)
        #expect(push.isSilent == true)
        #expect(push.badgeCount == 0)
    }

    // MARK: JSONValue

    @Test func jsonValueDecodesEveryKind() throws {
        let object = try JSONCoding.decoder().decode([String: JSONValue].self, from: Data(#"""
            {"s": "x", "n": 1.5, "i": 16, "b": true, "z": null, "a": [1, "two", false], "o": {"k": null}}
            """#.utf8))
        #expect(object["s"] == JSONValue.string("x"))
        #expect(object["n"] == JSONValue.number(1.5))
        #expect(object["i"] == JSONValue.number(16))
        #expect(object["b"] == JSONValue.bool(true))
        #expect(object["z"] == JSONValue.null)
        #expect(object["z"]?.isNull == true)
        #expect(object["a"] == JSONValue.array([.number(1), .string("two"), .bool(false)]))
        #expect(object["o"]?.objectValue?["k"] == JSONValue.null)
        let encoded = String(decoding: try JSONCoding.encoder().encode(object), as: UTF8.self)
        #expect(encoded == #"{"a":[1,"two",false],"b":true,"i":16,"n":1.5,"o":{"k":null},"s":"x","z":null}"#)
    }
}
