import Foundation

/// The soak's rules for one screen, as pure functions of what is on it and when: the
/// runner samples, these judge. Each returns what is wrong, in words for the report.
public struct SoakChecks: Sendable {
    public var plan: SoakPlan
    /// Seconds after a switch before it must show: requests in flight when the fault began
    /// may still succeed, the UI redraws ages once a second, sampling takes time.
    public var grace: Double = 3
    /// Seconds beyond one interval that a pane may take to recover or to refresh: the fetch
    /// itself (several requests, retries after a 429's one-second pause) and the redraw.
    public var slack: Double = 4

    public init(plan: SoakPlan) { self.plan = plan }

    /// Rules that hold on every screen: all four panes drawn, each with an age once loaded,
    /// its colour matching the age against the interval, and an error always beside data.
    public func always(_ panes: [Int: PaneReading]) -> [String] {
        var problems: [String] = []
        for (number, name, _) in SoakPlan.panes {
            guard let pane = panes[number] else {
                problems.append("pane \(number) (\(name)) is not on screen")
                continue
            }
            let interval = plan.interval(ofPane: number)
            if let age = pane.age, let shade = pane.shade, let expected = Self.shade(for: age, interval: interval),
               shade != expected {
                problems.append("pane \(number) (\(name)) shows \"\(pane.ageText ?? "")\" in \(shade), "
                                + "expected \(expected) for a \(Int(interval)) s interval")
            }
            if let error = pane.error, !pane.showsData {
                problems.append("pane \(number) (\(name)) shows \"! \(error)\" without its last good data")
            }
        }
        return problems
    }

    /// Rules while `phase` is on, `elapsed` seconds after it began.
    public func during(_ phase: SoakPlan.Phase, elapsed: Double, panes: [Int: PaneReading]) -> [String] {
        var problems: [String] = []
        for (number, name, _) in SoakPlan.panes {
            guard let pane = panes[number], let age = pane.age else { continue }
            let interval = plan.interval(ofPane: number)
            let label = "pane \(number) (\(name)) at +\(Self.format(elapsed)) s of \"\(phase.spec)\""
            let showing = pane.error.map { " (it shows \"! \($0)\")" } ?? ""
            switch phase.effect(onPane: number) {
            case .fails(let stall):
                // Nothing fetched after the fault began can have succeeded: the age must
                // count from before it, or the pane passes stale data off as fresh.
                // ("1m ago" may be 119 s: only an age that cannot reach back that far is wrong.)
                if elapsed >= grace, age.upperBound < elapsed - grace {
                    problems.append("\(label): shows \"\(pane.ageText ?? "")\" but every request has failed "
                                    + "for \(Self.format(elapsed)) s (stale data shown as fresh)")
                }
                if elapsed >= plan.errorDeadline(ofPane: number, stall: stall), pane.error == nil {
                    problems.append("\(label): no \"! \" error line although every request fails")
                }
            case .slows:
                if pane.error != nil, elapsed >= grace {
                    problems.append("\(label): shows \"! \(pane.error ?? "")\" although requests are only slower")
                }
                if age.lowerBound > interval + 8 + slack {
                    problems.append("\(label): \"\(pane.ageText ?? "")\" old although requests are only slower\(showing)")
                }
            case .mixed:
                break
            case nil:
                // A fault on another service must not hold this pane up.
                if age.lowerBound > interval + slack {
                    problems.append("\(label): \"\(pane.ageText ?? "")\" old although its service has no fault\(showing)")
                } else if let error = pane.error {
                    problems.append("\(label): shows \"! \(error)\" although its service has no fault")
                }
            }
        }
        return problems
    }

    /// True when `pane` shows data fetched after the faults went off `elapsed` seconds ago,
    /// and no error: it has recovered.
    public func recovered(_ pane: PaneReading, elapsed: Double) -> Bool {
        guard pane.error == nil, let age = pane.age else { return false }
        return age.upperBound <= elapsed + 1
    }

    /// Seconds a pane may take to recover after its fault stops.
    public func recoveryDeadline(ofPane number: Int) -> Double { plan.interval(ofPane: number) + slack }

    /// The colour an age must have, or nil when the printed age straddles a threshold.
    static func shade(for age: Range<Double>, interval: Double) -> PaneReading.Shade? {
        if age.lowerBound > interval * 5 { return .red }
        if age.lowerBound > interval * 2, age.upperBound <= interval * 5 { return .amber }
        if age.upperBound <= interval * 2 { return .muted }
        return nil
    }

    static func format(_ seconds: Double) -> String { String(format: "%.1f", seconds) }
}
