#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LaunchdeckAPI

/// One simulated experiment, and the two forms the API shows it in (the list example and
/// the single-experiment example differ; see `TaplyticsExperiment`).
struct SimulatedExperiment: Sendable {
    var id: String
    var name: String
    /// The status outside the launch story; the launch experiment is draft until the launch.
    var status: TaplyticsExperimentStatus
    /// Baseline first.
    var variationIDs: [String]
    var variationNames: [String]
    var isLaunch: Bool
    var createdAt: Date
    var updatedAt: Date
    var minAppVersion: String
    var projectID: String
    var goalIDs: [String]
    var filterID: String

    func status(at t: Date, timeline: LaunchTimeline) -> TaplyticsExperimentStatus {
        guard isLaunch else { return status }
        return timeline.experimentActive(at: t) ? .active : .draft
    }

    /// Shares of the users each variation gets (baseline first), in percent. The launch
    /// experiment starts even and, as the launch goes on, shifts users to its first
    /// variation, which converts best: its variations diverge.
    func distribution(at t: Date, timeline: LaunchTimeline) -> [Double] {
        let even = 100.0 / Double(variationIDs.count)
        guard isLaunch, variationIDs.count > 1 else { return variationIDs.map { _ in even } }
        let d = timeline.divergence(at: t)
        let winner = even + (70 - even) * d
        let others = (100 - winner) / Double(variationIDs.count - 1)
        return variationIDs.indices.map { ($0 == 1 ? winner : others).rounded(toPlaces: 1) }
    }

    /// The variation currently ahead: the baseline until the launch experiment diverges.
    func leader(at t: Date, timeline: LaunchTimeline) -> String {
        isLaunch && timeline.divergence(at: t) > 0.5 ? variationIDs[1] : variationIDs[0]
    }

    func variable(_ index: Int) -> TaplyticsVariation.DynamicVariable {
        TaplyticsVariation.DynamicVariable(
            id: variationIDs[index] + "d", name: "banner_copy", isActive: isLaunch, createdFrom: "device",
            variableType: "JSON", defaultValue: .string(#"{"text":"Welcome"}"#),
            value: .string(#"{"text":"\#(variationNames[index])"}"#))
    }

    /// The list form: whole variations (without the baseline), a baseline object.
    func listForm(at t: Date, timeline: LaunchTimeline) -> TaplyticsExperiment {
        let shares = distribution(at: t, timeline: timeline)
        let variations = variationIDs.indices.dropFirst().map { i in
            TaplyticsVariationRef.object(TaplyticsVariation(
                id: variationIDs[i], name: variationNames[i], distributionPercent: shares[i],
                dynamicVariables: [variable(i)], webElements: []))
        }
        return TaplyticsExperiment(
            id: id, projectID: projectID, name: name, description: "\(name) (launchdeck demo)",
            status: status(at: t, timeline: timeline), variations: variations,
            baseline: TaplyticsVariation(id: nil, name: "Baseline", distributionPercent: shares[0],
                                         dynamicVariables: [variable(0)]),
            goalIDs: goalIDs,
            filters: .list([TaplyticsFilter(type: "osType", comparator: "=", values: [.string("iPhone OS")], id: filterID)]),
            createdAt: createdAt, updatedAt: isLaunch && t >= timeline.launch ? timeline.launch : updatedAt)
    }

    /// The single form: variation ids, winning and baseline ids, app versions, filter fields,
    /// and `name`: the single example omits it, but the detail view names the experiment, and
    /// the attribute table lists no field the list form has that the single one lacks.
    func singleForm(at t: Date, timeline: LaunchTimeline) -> TaplyticsExperiment {
        TaplyticsExperiment(
            id: id, projectID: projectID, name: name, description: "\(name) (launchdeck demo)", status: status(at: t, timeline: timeline),
            variations: variationIDs.map(TaplyticsVariationRef.id), baselineVariation: variationIDs[0],
            winningVariation: leader(at: t, timeline: timeline), goalIDs: goalIDs,
            filters: .fields(["version": .string(minAppVersion), "os_version": .string("16.0")]),
            minAppVersion: minAppVersion, maxAppVersion: "4.9.9", createdAt: createdAt,
            updatedAt: isLaunch && t >= timeline.launch ? timeline.launch : updatedAt)
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
