import Foundation

/// What a soak found: per phase, which panes showed their error and how long each took to
/// recover; memory; every rule broken; and a printable summary.
public struct SoakReport: Sendable {
    public struct PhaseResult: Sendable {
        public var name: String
        public var spec: String
        public var seconds: Double
        /// Panes that showed a "! " line while the faults were on.
        public var errorsShown: Set<Int> = []
        /// Seconds from "faults off" to the pane's first fresh, error-free frame; nil: never.
        public var recovery: [Int: Double] = [:]
    }

    /// VmRSS in KiB.
    public struct Memory: Sendable {
        /// At the first full frame.
        public var start = 0
        /// After the first phase and its recovery: every code path has run once.
        public var baseline = 0
        public var peak = 0
        public var end = 0
    }

    public var plan: SoakPlan
    public var phases: [PhaseResult] = []
    public var memory = Memory()
    /// Growth allowed from baseline to end, in KiB.
    public var memoryTolerance = 0
    public var samples = 0
    public var seconds: Double = 0
    /// The status the dashboard exited with after q, nil if it did not.
    public var exitStatus: Int?
    public var violations: [String] = []

    public init(plan: SoakPlan) { self.plan = plan }

    public var memoryGrowth: Int { memory.end - memory.baseline }
    public var passed: Bool { violations.isEmpty && exitStatus == 0 && memoryGrowth <= memoryTolerance }

    /// Records a problem once per phase and kind (the first time it is seen).
    public mutating func add(_ problems: [String], phase: String) {
        for problem in problems {
            let key = Self.kind(of: problem)
            if !violations.contains(where: { $0.hasPrefix("[\(phase)]") && Self.kind(of: $0) == key }) {
                violations.append("[\(phase)] \(problem)")
            }
        }
    }

    /// A problem without its phase, quotes and numbers: the same rule broken by the same pane
    /// at another moment is the same kind.
    static func kind(of problem: String) -> String {
        problem.replacingOccurrences(of: #"^\[[^\]]*\] "#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #""[^"]*""#, with: "\"…\"", options: .regularExpression)
            .replacingOccurrences(of: #"[0-9]+(\.[0-9]+)?"#, with: "#", options: .regularExpression)
    }

    public var summary: String {
        func mib(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }
        var lines = ["launchdeck soak: \(phases.count) phases, \(Int(seconds)) s, \(samples) screens read, "
                     + "simulator at \(Int(plan.speed))x; refresh web \(Int(plan.intervals["tinylytics"] ?? 0)) s, "
                     + "taplytics \(Int(plan.intervals["taplytics"] ?? 0)) s, apteligent \(Int(plan.intervals["apteligent"] ?? 0)) s"]
        lines.append("")
        func column(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        lines.append([column("phase", 24), column("on s", 4), column("errors", 7), column("recovered after (pane: s)", 31),
                      "faults"].joined(separator: "  "))
        for phase in phases {
            let errors = SoakPlan.panes.map { phase.errorsShown.contains($0.number) ? String($0.number) : "-" }.joined(separator: " ")
            let recovery = SoakPlan.panes.map { pane -> String in
                guard let seconds = phase.recovery[pane.number] else { return "\(pane.number): never" }
                return "\(pane.number): " + String(format: "%.1f", seconds)
            }.joined(separator: " ")
            lines.append([column(phase.name, 24), String(format: "%4.0f", phase.seconds), column(errors, 7),
                          column(recovery, 31), phase.spec].joined(separator: "  "))
        }
        let worst = phases.flatMap { $0.recovery.values }.max() ?? 0
        lines.append("")
        lines.append("recoveries: \(phases.reduce(0) { $0 + $1.recovery.count }) of \(phases.count * SoakPlan.panes.count), "
                     + "slowest " + String(format: "%.1f s", worst))
        lines.append("RSS: start \(mib(memory.start)), baseline \(mib(memory.baseline)), peak \(mib(memory.peak)), "
                     + "end \(mib(memory.end)); growth \(memoryGrowth >= 0 ? "+" : "")\(mib(memoryGrowth)) "
                     + "(tolerance \(mib(memoryTolerance)))")
        lines.append("process: " + (exitStatus.map { "alive throughout, exit status \($0) after q" } ?? "did not exit after q"))
        lines.append("violations: \(violations.isEmpty ? "none" : String(violations.count))")
        lines += violations.map { "  " + $0 }
        lines.append("RESULT: \(passed ? "PASS" : "FAIL")")
        return lines.joined(separator: "\n")
    }
}
