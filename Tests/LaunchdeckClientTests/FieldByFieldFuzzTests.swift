import Foundation
import LaunchdeckAPI
import LaunchdeckTesting
import Testing

/// Every field of every documented example body, broken one at a time (dropped, nulled,
/// retyped, an array swapped for an object): the body still decodes unless the field is one
/// its model cannot exist without (then the error names it), and every field the change did
/// not touch decodes to exactly what it did before.
@Suite struct FieldByFieldFuzzTests {
    /// A documented body and the model it decodes into, re-encoded as JSON to compare.
    struct Body: Sendable, CustomStringConvertible {
        var fixture: String
        var decode: @Sendable (Data) throws -> (value: JSONValue, notes: [DecodeNote])
        /// Fields the model writes only when another holds a value (mutated → also gone).
        var coupled: [JSONPath: JSONPath]
        /// The only fields whose breaking may fail the body (list indexes as `[-1]`): ids,
        /// and for a list body the list itself and its `pagination` (the list's frame: with no
        /// total, "N of M" and paging would be a guess).
        var required: Set<String>
        var description: String { fixture }

        init<T: Codable & Sendable>(_ fixture: String, _ type: T.Type, required: Set<String> = ["id"],
                                    coupled: [JSONPath: JSONPath] = [:]) {
            self.fixture = fixture
            self.coupled = coupled
            self.required = required
            decode = { data in
                let (value, notes) = try LenientJSON.decode(T.self, from: data)
                let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONCoding.encoder().encode(value))
                return (encoded, notes)
            }
        }
    }

    static func list(_ key: String) -> Set<String> {
        [key, "pagination", "pagination.current_page", "pagination.per_page", "pagination.total_count", "pagination.total_pages"]
    }

    static let bodies: [Body] = [
        Body("tinylytics-me", TinylyticsAccount.self),
        Body("tinylytics-sites", TinylyticsSitesResponse.self, required: ["sites"]),
        Body("tinylytics-site", TinylyticsSite.self),
        Body("tinylytics-hits", TinylyticsHitsResponse.self, required: list("hits")),
        // The filters echo `group_by` only on grouped answers, as the doc's examples do.
        Body("tinylytics-hits-grouped-path", TinylyticsGroupedHitsResponse.self, required: list("grouped_hits"),
             coupled: [[.key("filters"), .key("grouped")]: [.key("filters"), .key("group_by")]]),
        Body("tinylytics-kudos", TinylyticsKudosResponse.self, required: list("kudos")),
        Body("tinylytics-leaderboard", TinylyticsLeaderboardResponse.self, required: list("leaderboard")),
        Body("tinylytics-user-journeys", TinylyticsJourneysResponse.self, required: list("user_journeys")),
        Body("tinylytics-insights", TinylyticsInsightsResponse.self, required: list("insights")),
        Body("tinylytics-uptime", TinylyticsUptimeResponse.self, required: ["monitor", "monitor.id"]),
        Body("tinylytics-content", TinylyticsContentResponse.self, required: []),
        Body("taplytics-experiments", [TaplyticsExperiment].self, required: []),
        Body("taplytics-experiment", TaplyticsExperiment.self),
        Body("taplytics-push-list", [TaplyticsPush].self, required: []),
        Body("taplytics-push", TaplyticsPush.self),
        Body("taplytics-user", TaplyticsUser.self),
        // A recorded-style real crash body: only the envelope and the crash's hash are required.
        Body("apteligent-crash-real", ApteligentEnvelope<ApteligentCrash>.self, required: ["data", "data.hash"]),
        Body("taplytics-users-by-token", TaplyticsUsersByTokenPage.self, required: []),
    ]

    static let mutations: [JSONMutation] = [.drop, .null, .retype, .arrayToObject]

    @Test(arguments: bodies)
    func eachFieldBrokenAloneCostsOnlyItself(_ body: Body) throws {
        let data = try Fixture.data(body.fixture)
        let original = try #require(JSONMutator.parse(data))
        let clean = try body.decode(data)
        #expect(clean.notes.isEmpty, "the documented body reads without notes: \(clean.notes)")
        let mutator = JSONMutator(seed: 1)
        var tried = 0
        var failedAt = Set<String>()
        for path in JSONMutator.paths(in: original) {
            let old = try #require(JSONMutator.value(at: path, in: original))
            for mutation in Self.mutations {
                let broken = JSONMutator.replacing(path, in: original, with: mutator.mutated(old, by: mutation))
                guard broken != original else { continue }
                tried += 1
                let result: (value: JSONValue, notes: [DecodeNote])
                do {
                    result = try body.decode(JSONMutator.encode(broken))
                } catch let error as DecodingError {
                    // Only a field the model cannot exist without fails the body, and the
                    // error names it (or the record holding it).
                    let at = Self.errorPath(error)
                    #expect(path.starts(with: at) || at.starts(with: path),
                            "\(body) \(path.text) \(mutation): failed at \(at.text)")
                    failedAt.insert(Self.generic(at).text)
                    continue
                }
                // What the change cost is what the notes name (the field, or the optional
                // field or list record holding it), and the field itself; nothing else moves.
                var expected = clean.value
                var actual = result.value
                for note in result.notes {
                    #expect(path.starts(with: note.steps) || note.steps.starts(with: path), "\(body) \(path.text) \(mutation): a note elsewhere: \(note)")
                    expected = JSONMutator.replacing(note.steps, in: expected, with: nil)
                    // A record left out of a list is gone from the result already.
                    if !note.problem.hasPrefix("left out") { actual = JSONMutator.replacing(note.steps, in: actual, with: nil) }
                }
                // A broken point of a series (an element that is not a record) costs the series.
                var field = Self.modelPath(path, in: expected)
                if case .index? = path.last, old.objectValue == nil { field = Self.modelPath(Array(path.dropLast()), in: expected) }
                expected = JSONMutator.replacing(field, in: expected, with: nil)
                if case .index? = path.last, mutation == .drop, old.objectValue != nil {
                    // The element is gone from the body itself: the rest moved up one.
                } else {
                    actual = JSONMutator.replacing(field, in: actual, with: nil)
                }
                if let other = body.coupled[path] {
                    expected = JSONMutator.replacing(other, in: expected, with: nil)
                    actual = JSONMutator.replacing(other, in: actual, with: nil)
                }
                let changed = JSONMutator.differences(actual, expected)
                #expect(changed.isEmpty, "\(body) \(path.text) \(mutation) changed \(changed); notes: \(result.notes)")
            }
        }
        #expect(tried > 10)
        #expect(failedAt.subtracting(body.required).isEmpty,
                "\(body): breaking these failed the whole body: \(failedAt.subtracting(body.required).sorted())")
    }

    /// The path with list indexes as `[]`: one entry per field of a record, not per record.
    static func generic(_ path: JSONPath) -> JSONPath { path.map { if case .index = $0 { .index(-1) } else { $0 } } }

    static func errorPath(_ error: DecodingError) -> JSONPath {
        let steps: (([any CodingKey]) -> JSONPath) = { keys in keys.map { $0.intValue.map(JSONStep.index) ?? .key($0.stringValue) } }
        switch error {
        case .keyNotFound(let key, let context): return steps(context.codingPath + [key])
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return steps(context.codingPath)
        @unknown default: return []
        }
    }

    /// The mutated field as the re-encoded model holds it: the path, or the part of it that
    /// exists (a key the model does not keep is simply not there).
    static func modelPath(_ path: JSONPath, in value: JSONValue) -> JSONPath {
        var out: JSONPath = []
        for step in path {
            guard JSONMutator.value(at: out + [step], in: value) != nil else { break }
            out.append(step)
        }
        return out.count == path.count ? out : path
    }
}
