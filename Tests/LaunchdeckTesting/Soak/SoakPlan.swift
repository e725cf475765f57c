import Foundation

/// What the soak does: the simulator's speed, each pane's refresh interval, and the fault
/// phases in order. Each phase puts its faults in force for `seconds`, then switches every
/// fault off and waits for every pane to recover.
public struct SoakPlan: Sendable {
    /// The overview's panes by number, with the service each reads.
    public static let panes: [(number: Int, name: String, service: String)] = [
        (1, "Web", "tinylytics"), (2, "Experiments", "taplytics"), (3, "Push", "taplytics"), (4, "Crashes", "apteligent"),
    ]

    /// What a phase's faults do to a pane.
    public enum Effect: Sendable, Equatable {
        /// Every request fails; with `stall`, by a timeout long after it was sent.
        case fails(stall: Bool)
        /// Requests are only slower.
        case slows
        /// Some requests fail (faults at rates): nothing certain but honest ages.
        case mixed
    }

    public struct Phase: Sendable {
        public var name: String
        /// The `--faults` spec put in force.
        public var spec: String
        /// By service; a service not listed has no fault.
        public var effects: [String: Effect]
        public var seconds: Double

        /// A phase with one fault per service: `["tinylytics": "503", "apteligent": "html"]`.
        public init(_ name: String, faults: [String: String], seconds: Double) {
            self.name = name
            self.seconds = seconds
            spec = faults.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")
            effects = faults.mapValues { fault in
                fault.hasPrefix("latency=") ? Effect.slows : Effect.fails(stall: fault == "stall")
            }
        }

        /// Faults at rates, several per service: every pane is `.mixed`.
        public init(mixed name: String, spec: String, seconds: Double) {
            self.name = name
            self.spec = spec
            self.seconds = seconds
            effects = Dictionary(SoakPlan.panes.map { ($0.service, Effect.mixed) }) { first, _ in first }
        }

        public func effect(onPane number: Int) -> Effect? {
            SoakPlan.panes.first { $0.number == number }.flatMap { effects[$0.service] }
        }
    }

    /// Simulated seconds per real second (`launchdeck simulate --speed`).
    public var speed: Double
    /// Refresh interval in seconds by service (the config floors: 10 s, 15 s, 15 s).
    public var intervals: [String: Double] = ["tinylytics": 10, "taplytics": 15, "apteligent": 15]
    public var phases: [Phase]
    /// Quiet seconds at the end, after the last recovery, before the final RSS reading.
    public var tail: Double

    public func interval(ofPane number: Int) -> Double {
        SoakPlan.panes.first { $0.number == number }.flatMap { intervals[$0.service] } ?? 30
    }

    /// Time for a failing pane to show its error: one interval, then the client's retries
    /// (3 tries, backoff under 1.5 s); a stall waits for the read timeout (15 s) on each try.
    public func errorDeadline(ofPane number: Int, stall: Bool) -> Double {
        interval(ofPane: number) + (stall ? 3 * 15 + 3 : 3) + 1
    }

    /// Every fault alone would take too long for CI: each of three phases gives each service a
    /// different fault, so the eight faults are all met in three phases, then all together.
    public static let short = SoakPlan(speed: 20, phases: [
        Phase("A", faults: ["tinylytics": "503", "taplytics": "malformed", "apteligent": "html"], seconds: 20),
        Phase("B", faults: ["tinylytics": "reset", "taplytics": "truncated", "apteligent": "429"], seconds: 20),
        Phase("C", faults: ["tinylytics": "stall", "taplytics": "latency=1500", "apteligent": "502"], seconds: 20),
        Phase(mixed: "together", spec: together, seconds: 20),
    ], tail: 5)

    /// Each fault on each service alone (the other two are the control), long enough for a
    /// stall to time out, then every fault together twice.
    public static var full: SoakPlan {
        let faults = ["latency=2000", "5xx", "429", "reset", "malformed", "truncated", "html", "stall"]
        var phases: [Phase] = []
        for fault in faults {
            for service in ["tinylytics", "taplytics", "apteligent"] {
                let seconds: Double = fault == "stall" ? 70 : 22
                phases.append(Phase("\(service) \(fault)", faults: [service: fault], seconds: seconds))
            }
        }
        phases.append(Phase(mixed: "together 1", spec: together, seconds: 60))
        phases.append(Phase(mixed: "together 2", spec: together, seconds: 60))
        return SoakPlan(speed: 10, phases: phases, tail: 30)
    }

    /// Every fault at once, at rates, on every service.
    public static let together = "all:latency=300@0.5,all:503@0.2,all:429@0.1,all:reset@0.1,all:malformed@0.1,"
        + "all:truncated@0.1,all:html@0.1,all:stall@0.05"

    /// The plan the environment asks for: LAUNCHDECK_SOAK=full runs the full soak;
    /// LAUNCHDECK_SOAK_SPEED overrides the simulator's speed.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> SoakPlan {
        var plan = environment["LAUNCHDECK_SOAK"] == "full" ? full : short
        if let speed = environment["LAUNCHDECK_SOAK_SPEED"].flatMap(Double.init), speed > 0 { plan.speed = speed }
        return plan
    }
}
