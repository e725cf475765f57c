#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The status of a Taplytics experiment. The doc lists draft, active, paused and archived;
/// any other string decodes too and is kept as it came, so a new status never fails a list.
public struct TaplyticsExperimentStatus: OpenEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let draft = TaplyticsExperimentStatus(rawValue: "draft")
    public static let active = TaplyticsExperimentStatus(rawValue: "active")
    public static let paused = TaplyticsExperimentStatus(rawValue: "paused")
    public static let archived = TaplyticsExperimentStatus(rawValue: "archived")

    /// The documented statuses.
    public static let known: [TaplyticsExperimentStatus] = [.draft, .active, .paused, .archived]
}

/// The `filters` of an experiment. The list example gives a list of filter objects, the
/// single-experiment example an object of fields (`{"version": "1.2.3", ...}`); both decode.
public enum TaplyticsExperimentFilters: Codable, Sendable, Hashable {
    case list([TaplyticsFilter])
    case fields([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([TaplyticsFilter].self) {
            self = .list(list)
        } else if let fields = try? container.decode([String: JSONValue].self) {
            self = .fields(fields)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a list of filters or an object of fields")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .list(let list): try container.encode(list)
        case .fields(let fields): try container.encode(fields)
        }
    }
}

/// A Taplytics experiment, as `GET /v2/experiments` lists it and `GET /v2/experiments/{id}`
/// returns it. The two examples differ: the list has `name`, whole `variations` and a
/// `baseline` object; the single one has variation ids, `winning_variation`,
/// `baseline_variation` and app versions. Everything but `id` is optional.
public struct TaplyticsExperiment: Codable, Sendable, Hashable {
    public var id: String
    public var projectID: String?
    public var name: String?
    public var description: String?
    public var status: TaplyticsExperimentStatus?
    public var variations: [TaplyticsVariationRef]?
    /// The baseline as a whole variation (list example).
    public var baseline: TaplyticsVariation?
    /// The id of the baseline variation (single-experiment example).
    public var baselineVariation: String?
    /// The id of the winning variation, when one was chosen.
    public var winningVariation: String?
    public var goalIDs: [String]?
    public var filters: TaplyticsExperimentFilters?
    public var minAppVersion: String?
    public var maxAppVersion: String?
    public var createdAt: Date?
    public var updatedAt: Date?

    public init(id: String, projectID: String? = nil, name: String? = nil, description: String? = nil,
                status: TaplyticsExperimentStatus? = nil, variations: [TaplyticsVariationRef]? = nil,
                baseline: TaplyticsVariation? = nil, baselineVariation: String? = nil,
                winningVariation: String? = nil, goalIDs: [String]? = nil,
                filters: TaplyticsExperimentFilters? = nil, minAppVersion: String? = nil,
                maxAppVersion: String? = nil, createdAt: Date? = nil, updatedAt: Date? = nil) {
        self.id = id
        self.projectID = projectID
        self.name = name
        self.description = description
        self.status = status
        self.variations = variations
        self.baseline = baseline
        self.baselineVariation = baselineVariation
        self.winningVariation = winningVariation
        self.goalIDs = goalIDs
        self.filters = filters
        self.minAppVersion = minAppVersion
        self.maxAppVersion = maxAppVersion
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, status, variations, baseline, filters
        case projectID = "project_id"
        case baselineVariation = "baseline_variation"
        case winningVariation = "winning_variation"
        case goalIDs = "goal_ids"
        case minAppVersion = "min_app_version"
        case maxAppVersion = "max_app_version"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
